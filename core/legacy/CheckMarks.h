#pragma once

// Reading one line of a filled form: its words without layout marks (Markdown emphasis,
// bullets, footnote numbers), its check boxes, and the FOIA marks a released copy carries.

#include "model/SmoutDocument.h"

#include <QList>
#include <QString>

namespace smout::legacy {

enum class Mark { None, Checked, Unchecked };

// A check box and the words after it up to the next box. Text before the first box is
// an option with Mark::None.
struct MarkedOption {
    Mark mark = Mark::None;
    QString label;
};

// The line as plain words: bullets, emphasis, link targets and footnote numbers removed,
// check-box glyphs (☒ ☑ ■ ☐ □ [X] [ ]) written as "[X]" or "[ ]", spaces collapsed.
QString plainLine(const QString &line);
QList<MarkedOption> markedOptions(const QString &plain);
bool hasCheckBox(const QString &plain);

// "(b)(6)", "(b) (7)(C)", "[REDACTED]" and the like.
bool holdsWithheldMark(const QString &text);
// Release markings over the FOIA marks in `value` (the whole value when it holds nothing
// else): the exemptions the marks name, written as the format spells them.
QList<Redaction> markingsOf(const QString &path, const QString &value);

} // namespace smout::legacy
