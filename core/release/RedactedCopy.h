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
// - a withheld choice (a category, a check box, a reviewer's choice) withholds its whole
//   option group (ChoiceGroups.h): every option is unanswered, and `withheldValues` maps the
//   group's path to the one label the form shows over the group;
// - a withheld entry of a list of objects (a person, a PIA, a SORN) is blanked and shows
//   only the label;
// - `redactions` is emptied. No key changes type.

#include "model/Result.h"
#include "model/SmoutDocument.h"

#include <QHash>
#include <QStringList>

namespace smout::release {

// A value or passage withheld, as the working document has it, and its key path.
struct WithheldText {
    QString text, path;
};

struct RedactedCopy {
    SmoutDocument document;
    QHash<QString, QString> withheldValues;
    // Every value or passage withheld (dates also as the form prints them), for the x-ray
    // of the written release.
    QList<WithheldText> withheld;
    QStringList withheldTexts() const;
};

// Refuses, naming each marking, when any marking cannot be applied exactly, or when text
// withheld in one place is left unmarked in another as a reader would read it (any case,
// look-alike letters, short strings as whole words: LookAlikeSearch.h), naming both places.
// `documentJson` as placeMarkings' `json`.
Result<RedactedCopy> redactedCopy(const SmoutDocument &doc, const QJsonObject &documentJson = {});

// `text` without any white space, as the x-ray compares text (lines wrap anywhere).
QString withoutSpace(const QString &text);

} // namespace smout::release
