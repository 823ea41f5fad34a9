#pragma once

// The pages verification compares a signed PDF with (renderPages with its structure), laid out
// once per process for the same data: the same document comes back in a batch of copies, in
// `smout sign`, which verifies the submission before signing and the adjudication embedding it
// after, and in the window verifying a file again. A layout depends on the document, the page
// size, the page layout and the submission's signers, which make its key, and on the fonts and
// the printed form's language, which do not change while the form is printed in English; a form
// printed in the interface language (which the window may switch) is laid out every time. Only
// the layout is kept: every comparison with it is made anew.

#include "PdfStructure.h"
#include "SubmissionSigners.h"
#include "model/SmoutDocument.h"

#include <QByteArray>
#include <QPageSize>

#include <memory>

namespace smout::pdf {

struct ComparisonLayout {
    QByteArray pdf;
    PdfStructure structure;
};

// Safe to call from several threads at once.
std::shared_ptr<const ComparisonLayout> comparisonLayout(const SmoutDocument &doc, const QPageSize &pageSize, int layout,
                                                         const QList<SubmissionSigner> &signers);

// Keeps pages export has just laid out (renderPages with the same options as a comparison: no
// draft appendix, not a release copy) as the comparison layout of the document written out as
// `smoutData` (io::writeSmout, as export embeds it), so that signing, which checks the file it
// writes, does not lay the document out again (ExportOptions::keepLayoutForCheck).
void keepComparisonLayout(const QByteArray &smoutData, const QPageSize &pageSize, int layout,
                          const QList<SubmissionSigner> &signers, ComparisonLayout laidOut);

} // namespace smout::pdf
