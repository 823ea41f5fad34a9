#pragma once

// Reads a filled SMOUT template (2012 or 2017 edition of the form) from its text, anchored
// on the form's own headings and question texts, never on page positions.

#include "FieldReport.h"
#include "SourceLines.h"
#include "model/Result.h"
#include "model/SmoutDocument.h"

namespace smout::legacy {

struct LegacyImport {
    SmoutDocument document;
    QString edition; // "2012" or "2017"
    QList<FieldReport> fields;
    QList<UnmappedText> unmapped;
    QStringList withheld; // key paths of fields holding FOIA marks
    SourceLines source; // the text read, for showing a field next to where it came from

    int count(FieldStatus s) const;
};

struct ReadOptions {
    QString component; // a component code given by the user, used when the text names none
    QString sourceName; // file name recorded in the document's "legacy_import" key
};

// Refused: text with fewer than three of the form's headings ("no SMOUT headings found"),
// or a component the text contradicts.
Result<LegacyImport> readTemplate(const SourceLines &lines, const ReadOptions &options);

} // namespace smout::legacy
