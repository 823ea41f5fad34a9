#pragma once

// The filled DHS form as rich text (HTML for QTextDocument), section by section, in the
// form's own wording. Used by the PDF renderer, and so by print and print preview.

#include "model/SmoutDocument.h"
#include "rules/Finding.h"

#include <QHash>
#include <QString>

namespace smout::pdf {

struct FormHtmlOptions {
    // Findings listed in an appendix (a document with errors is exported as a draft).
    Findings appendix;
    bool draft = false;
    // A release copy (release/RedactedCopy.h): the label shown for each withheld date or
    // answer, and for each withheld option group (release/ChoiceGroups.h), by key path.
    QHash<QString, QString> withheld = {};
};

QString formHtml(const SmoutDocument &doc, const FormHtmlOptions &options);

} // namespace smout::pdf
