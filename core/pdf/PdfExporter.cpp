#include "PdfExporter.h"

#include "ComparisonLayout.h"
#include "EmbeddedDocument.h"
#include "GlyphCoverage.h"
#include "model/FormText.h"
#include "PageSizeSetting.h"
#include "PdfRenderer.h"
#include "ReleaseCopy.h"
#include "io/SmoutJson.h"
#include "model/Translations.h"
#include "release/Exemptions.h"
#include "release/RedactedCopy.h"
#include "rules/RuleEngine.h"

#include <QBuffer>
#include <QPdfWriter>

#include <optional>

namespace smout::pdf {

using namespace Qt::StringLiterals;

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(smout::pdf::PdfExporter)
};

} // namespace

QByteArray renderPages(const SmoutDocument &doc, const QPageSize &pageSize, const RenderOptions &options, int *pages)
{
    QByteArray raw;
    QBuffer buffer(&raw);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(pageLayoutFor(pageSize));
        writer.setTitle(FormText::title());
        writer.setCreator(createdBy());
        const int painted = PdfRenderer::render(doc, options, &writer);
        if (pages)
            *pages = painted;
    }
    return raw;
}

Result<ExportedPdf> exportPdf(const SmoutDocument &source, const ExportOptions &options)
{
    if (options.release)
        return exportRelease(source, options);
    return renderPdf(source, source, {}, options);
}

Result<ExportedPdf> renderPdf(const SmoutDocument &source, const SmoutDocument &doc,
                              const QHash<QString, QString> &withheld, const ExportOptions &options)
{
    // The draft appendix and the PDF's title are printed in English too (unless the user
    // chose otherwise); the errors after them are the user's, in the interface language.
    std::optional<PrintedFormScope> english(std::in_place);
    // The embedded document must open again (import, verify): one over the reader's limits
    // is refused before anything is drawn.
    QByteArray attachment;
    if (!options.release) {
        auto written = io::writeSmout(source);
        if (!written)
            return Error{written.error()};
        if (const auto again = io::readSmout(written.value()); !again)
            return Error{ExportText::tr("the document cannot be embedded, because it would not open again: %1").arg(again.error())};
        attachment = std::move(written.value());
    }
    RuleContext context;
    context.today = options.today;
    context.attachmentDir = options.attachmentDir;
    const Findings findings = RuleEngine::validate(source, context);
    const bool draft = countOf(findings, Severity::Error) > 0;

    ExportedPdf out;
    PdfStructure structure; // what each area of each page shows, for the tagged PDF
    // A release lists no findings: their messages may quote withheld text.
    const QList<SubmissionSigner> signers = options.release || options.submissionPdf.isEmpty() ? QList<SubmissionSigner>()
                                                                                                 : submissionSigners(options.submissionPdf);
    const QByteArray raw = renderPages(doc, QPageSize(options.pageSize),
                                       {draft, draft && !options.release ? findings : Findings{}, options.release, withheld, &structure, signers},
                                       &out.pages);
    // Kept under the embedded data's key only when those are the data drawn.
    if (options.keepLayoutForCheck && !draft && !options.release && &source == &doc)
        keepComparisonLayout(attachment, QPageSize(options.pageSize), PageLayout, signers, {raw, structure});

    PdfFinishing finishing;
    finishing.attachment = std::move(attachment);
    if (!options.submissionPdf.isEmpty() && !options.release)
        finishing.otherFiles.append({u"submission.pdf"_s, options.submissionPdf});
    const QString component = doc.summary.component.isEmpty() ? QString() : componentName(doc.summary.component);
    finishing.title = release::withBracketedLabels(FormText::title() + (component.isEmpty() ? QString() : u" \u2014 "_s + component));
    QStringList authors;
    for (const Person &p : doc.summary.contacts)
        if (!p.name.trimmed().isEmpty())
            authors << p.name.trimmed();
    finishing.author = release::withBracketedLabels(authors.isEmpty() ? component : authors.join(u", "_s));
    finishing.subject = release::withBracketedLabels(ExportText::tr("Social Media Operational Use Template (MD 110-01), document %1%2")
                            .arg(doc.id, options.release ? ExportText::tr(", FOIA release copy") : QString()));
    english.reset();
    structure.title = finishing.title;
    auto finished = finishPdf(raw, structure, finishing);
    if (!finished)
        return Error{finished.error()};
    out.bytes = std::move(finished.value());
    out.draft = draft;
    for (const MissingGlyph &missing : missingGlyphs(doc))
        out.warnings << missingGlyphWarning(missing);
    return out;
}

Status exportPdfFile(const SmoutDocument &doc, const QString &path, const ExportOptions &options,
                     QStringList *warnings)
{
    auto pdf = options.release ? writeReleaseFile(doc, path, options) : exportPdf(doc, options);
    if (!pdf)
        return Error{pdf.error()};
    if (warnings)
        *warnings = pdf->warnings;
    return options.release ? success() : io::writeFileAtomically(path, pdf->bytes);
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
