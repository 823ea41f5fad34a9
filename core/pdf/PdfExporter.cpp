#include "PdfExporter.h"

#include "EmbeddedDocument.h"
#include "FormText.h"
#include "PdfRenderer.h"
#include "io/SmoutJson.h"
#include "rules/RuleEngine.h"

#include <QBuffer>
#include <QPdfWriter>

namespace smout::pdf {

using namespace Qt::StringLiterals;

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(smout::pdf::PdfExporter)
};

} // namespace

Result<ExportedPdf> exportPdf(const SmoutDocument &source, const ExportOptions &options)
{
    const SmoutDocument doc = options.release ? releaseCopy(source) : source;
    RuleContext context;
    context.today = options.today;
    context.attachmentDir = options.attachmentDir;
    const Findings findings = RuleEngine::validate(source, context);
    const bool draft = countOf(findings, Severity::Error) > 0;

    QByteArray raw;
    QBuffer buffer(&raw);
    buffer.open(QIODevice::WriteOnly);
    ExportedPdf out;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
        writer.setTitle(FormText::title());
        writer.setCreator(u"SMOUT Studio"_s);
        out.pages = PdfRenderer::render(doc, {draft, draft ? findings : Findings{}}, &writer);
    }
    buffer.close();

    PdfFinishing finishing;
    if (!options.release) {
        auto attachment = io::writeSmout(source);
        if (!attachment)
            return Error{attachment.error()};
        finishing.attachment = std::move(attachment.value());
    }
    if (!options.submissionPdf.isEmpty())
        finishing.otherFiles.append({u"submission.pdf"_s, options.submissionPdf});
    const QString component = doc.summary.component.isEmpty() ? QString() : componentName(doc.summary.component);
    finishing.title = FormText::title() + (component.isEmpty() ? QString() : u" \u2014 "_s + component);
    QStringList authors;
    for (const Person &p : doc.summary.contacts)
        if (!p.name.trimmed().isEmpty())
            authors << p.name.trimmed();
    finishing.author = authors.isEmpty() ? component : authors.join(u", "_s);
    finishing.subject = ExportText::tr("Social Media Operational Use Template (MD 110-01), document %1%2")
                            .arg(doc.id, options.release ? ExportText::tr(", FOIA release copy") : QString());
    auto finished = finishPdf(raw, finishing);
    if (!finished)
        return Error{finished.error()};
    out.bytes = std::move(finished.value());
    out.draft = draft;
    return out;
}

Status exportPdfFile(const SmoutDocument &doc, const QString &path, const ExportOptions &options)
{
    auto pdf = exportPdf(doc, options);
    if (!pdf)
        return Error{pdf.error()};
    return io::writeFileAtomically(path, pdf->bytes);
}

Result<SmoutDocument> importPdf(const QByteArray &pdf)
{
    auto json = embeddedFile(pdf);
    if (!json)
        return Error{json.error()};
    auto doc = io::readSmout(json.value());
    if (!doc)
        return Error{ExportText::tr("the embedded document is damaged: %1").arg(doc.error())};
    return doc;
}

} // namespace smout::pdf
