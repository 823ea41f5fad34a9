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

// The page layout this renderer draws. Verification proves signed pages by drawing their data
// again, so a signed PDF verifies only where its layout can be drawn exactly as it was: a
// change to what the renderer draws for the same data must raise this number and keep the
// layouts before it reachable. Export records it in the PDF's creator (createdBy()).
// Layout 1 (up to release 0.1.0) leaves the adjudication's boxes of the submission's signers
// empty; layout 2 names those signers in them; layout 3 tags each list item's bullet or number
// as its label (Lbl); layout 4 starts a page with a heading that would end the one before.
inline constexpr int PageLayout = 4;

// "SMOUT Studio 0.1.0 (page layout 4)".
QString createdBy();
// The layout a PDF's creator names: 1 for files from before the layout was recorded ("SMOUT
// Studio"), the number it states when this renderer can draw it, else this renderer's own.
int pageLayoutOf(const QString &creator);

struct RenderOptions {
    bool draft = false;
    Findings appendix; // listed after the form (the findings of a draft)
    // A FOIA release copy: every page stamped; labels shown for withheld dates and answers.
    bool release = false;
    QHash<QString, QString> withheld = {};
    PdfStructure *structure = nullptr; // when set, filled with what each area of each page shows
    // An adjudication: who signed the submission it embeds, named in their roles' boxes.
    QList<SubmissionSigner> submissionSigners = {};
    int layout = PageLayout; // an earlier layout, to draw a signed PDF again as it was signed
};

class PdfRenderer {
public:
    // Returns the number of pages painted.
    static int render(const SmoutDocument &doc, const RenderOptions &options, QPagedPaintDevice *device);
};

} // namespace smout::pdf
