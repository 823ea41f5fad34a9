#pragma once

// The exported PDF of a SMOUT: the rendered form, the .smout data embedded for the round
// trip, and the draft mark plus findings appendix when the document still holds errors.

#include "model/Result.h"
#include "model/SmoutDocument.h"
#include "PdfRenderer.h"

#include <QDate>
#include <QPageSize>

namespace smout::pdf {

struct ExportOptions {
    QPageSize::PageSizeId pageSize = QPageSize::Letter;
    QDate today = QDate::currentDate();
    QString attachmentDir; // where the Rules of Behavior file is, for Q4-HASH
    // A FOIA release copy (ReleaseCopy.h): rendered from the redacted document, withheld
    // passages drawn as labelled boxes, every page stamped, no embedded data; refused when
    // any marking cannot be applied exactly or withheld text would remain.
    bool release = false;
    // For an adjudication PDF: the signed submission, embedded unchanged as "submission.pdf".
    QByteArray submissionPdf;
    // The file is checked right after (signing): the pages laid out are kept as its comparison
    // layout (ComparisonLayout.h), so that the check does not lay them out again.
    bool keepLayoutForCheck = false;
};

struct ExportedPdf {
    QByteArray bytes;
    int pages = 0;
    bool draft = false;
    // Characters no installed font can draw, shown as placeholders (GlyphCoverage.h).
    QStringList warnings;
};

Result<ExportedPdf> exportPdf(const SmoutDocument &doc, const ExportOptions &options = {});

// The pages alone, as export paints them (no embedded data, metadata or form resources):
// what the verifier compares a signed PDF's pages with.
QByteArray renderPages(const SmoutDocument &doc, const QPageSize &pageSize, const RenderOptions &options, int *pages = nullptr);
// Any warnings of the export go to `warnings` when given.
Status exportPdfFile(const SmoutDocument &doc, const QString &path, const ExportOptions &options = {},
                     QStringList *warnings = nullptr);

// The document embedded in an exported PDF.
Result<SmoutDocument> importPdf(const QByteArray &pdf);

} // namespace smout::pdf
