#include "ExportFile.h"

#include "io/SmoutJson.h"
#include "pdf/ReleaseCopy.h"

#include <QFileInfo>

namespace smout::workflow {

namespace {

ExportOutcome failed(ExportOutcome::Stage stage, const QString &problem)
{
    ExportOutcome out;
    out.failedAt = stage;
    out.problem = problem;
    return out;
}

// The document, and the options with its attachment folder when it is read from a file.
Result<SmoutDocument> documentOf(const ExportInputs &inputs, pdf::ExportOptions &options)
{
    if (inputs.document)
        return *inputs.document;
    if (inputs.documentPath != u"-")
        options.attachmentDir = QFileInfo(inputs.documentPath).absolutePath();
    return io::loadSmoutFile(inputs.documentPath);
}

} // namespace

ExportOutcome exportFile(const ExportInputs &inputs, const QString &output)
{
    pdf::ExportOptions options = inputs.options;
    const auto doc = documentOf(inputs, options);
    if (!doc)
        return failed(ExportOutcome::Stage::Unreadable, doc.error());
    const auto pdf = pdf::exportPdf(doc.value(), options);
    if (!pdf)
        return failed(ExportOutcome::Stage::Export, pdf.error());
    if (const Status saved = io::writeFileAtomically(output, pdf->bytes); !saved)
        return failed(ExportOutcome::Stage::Saving, saved.error());
    ExportOutcome out;
    out.pages = pdf->pages;
    out.draft = pdf->draft;
    out.warnings = pdf->warnings;
    return out;
}

ExportOutcome releaseFile(const ExportInputs &inputs, const QString &output)
{
    pdf::ExportOptions options = inputs.options;
    options.release = true;
    const auto doc = documentOf(inputs, options);
    if (!doc)
        return failed(ExportOutcome::Stage::Unreadable, doc.error());
    const QStringList unmarked = pdf::releaseWarnings(doc.value());
    const auto pdf = pdf::writeReleaseFile(doc.value(), output, options);
    ExportOutcome out = pdf ? ExportOutcome{} : failed(ExportOutcome::Stage::Export, pdf.error());
    out.unmarked = unmarked;
    if (pdf) {
        out.pages = pdf->pages;
        out.warnings = pdf->warnings;
    }
    return out;
}

} // namespace smout::workflow
