#pragma once

// Lays the filled form out on pages: the form's text flowing across pages, a running
// header with component and document id, "Page X of Y", and the draft mark on every page
// of a document that still holds errors. Paints onto any paged device, so export (QPdfWriter)
// and print or print preview (QPrinter) show the same pages.

#include "FormHtml.h"
#include "PdfStructure.h"
#include "SubmissionSigners.h"

#include <QPagedPaintDevice>

namespace smout::pdf {

struct RenderOptions {
    bool draft = false;
    Findings appendix; // listed after the form (the findings of a draft)
    // A FOIA release copy: every page stamped; labels shown for withheld dates and answers.
    bool release = false;
    QHash<QString, QString> withheld = {};
    PdfStructure *structure = nullptr; // when set, filled with what each area of each page shows
    // An adjudication: who signed the submission it embeds, named in their roles' boxes.
    QList<SubmissionSigner> submissionSigners = {};
};

class PdfRenderer {
public:
    // Returns the number of pages painted.
    static int render(const SmoutDocument &doc, const RenderOptions &options, QPagedPaintDevice *device);
};

} // namespace smout::pdf
