#pragma once

// The document a FOIA release copy is rendered from: every marking applied, so that no
// withheld value is left in it to reach the PDF writer.
//
// How a release copy represents what it withholds (nothing here is ever saved as a working
// document, and a release PDF embeds no .smout):
// - withheld text is replaced, inside its string, by the exemption label between the two
//   label characters of Exemptions.h (drawn as a labelled box);
// - a withheld date, Yes/No answer or status becomes null (unset), and `withheldValues`
//   maps its key path to the label the form shows in its place;
// - a withheld entry of a list of codes (a category) is removed, and `withheldValues`
//   maps "<list path>=<code>" to the label shown instead of that code's check box;
// - a withheld entry of a list of objects (a person, a PIA, a SORN) is blanked and shows
//   only the label;
// - `redactions` is emptied. No key changes type.

#include "model/Result.h"
#include "model/SmoutDocument.h"

#include <QHash>
#include <QStringList>

namespace smout::release {

struct RedactedCopy {
    SmoutDocument document;
    QHash<QString, QString> withheldValues;
    // Every value or passage withheld, as the working document has it (dates also as the
    // form prints them), for the x-ray of the written release.
    QStringList withheldTexts;
};

// Refuses, naming each marking, when any marking cannot be applied exactly, or when text
// withheld in one place is left unmarked in another.
Result<RedactedCopy> redactedCopy(const SmoutDocument &doc);

// The text the x-ray looks for: at least 4 characters besides white space, and not only
// exemption markers such as "(b)(6)" (which the release shows anyway).
bool isSearchable(const QString &withheld);

// `text` without any white space, as the x-ray compares text (lines wrap anywhere).
QString withoutSpace(const QString &text);

} // namespace smout::release
