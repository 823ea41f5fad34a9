#pragma once

// The text of a filled template as lines, each with where it stands in the source
// ("line 12", "paragraph 40", "page 3, line 7"), whatever the file was.

#include <QList>
#include <QString>

namespace smout::legacy {

struct SourceLine {
    QString text;
    QString where;
};
using SourceLines = QList<SourceLine>;

// Splits plain text into numbered lines ("line N").
SourceLines linesOfText(const QString &text);

} // namespace smout::legacy
