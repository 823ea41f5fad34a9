#pragma once

// The filled DHS form as rich text (HTML for QTextDocument), section by section, in the
// form's own wording. Used by the PDF renderer, and so by print and print preview.

#include "model/SmoutDocument.h"
#include "rules/Finding.h"

#include <QString>

namespace smout::pdf {

struct FormHtmlOptions {
    // Findings listed in an appendix (a document with errors is exported as a draft).
    Findings appendix;
    bool draft = false;
};

QString formHtml(const SmoutDocument &doc, const FormHtmlOptions &options);

} // namespace smout::pdf
