#include "VisibleText.h"

#include "RenderedPages.h"
#include "SignatureWidgets.h"
#include "io/SmoutJson.h"
#include "model/FieldNames.h"
#include "pdf/ComparisonLayout.h"
#include "pdf/EmbeddedDocument.h"
#include "pdf/PdfExporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <poppler-qt6.h>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <memory>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct VisibleTextText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::VisibleText)
};

// Text without the layout: line breaks, spaces and hyphens differ between fonts and
// machines, the words do not.
QString flat(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace() && c != u'-' && c != u'\u00ad' && c != u'\u2010')
            out += c;
    return out;
}

// Where each page's signature widgets are, normalised to 0..1 from the top left as poppler
// measures text. Read with qpdf: poppler's signature fields hold NSS objects of their own.
QList<QList<QRectF>> signatureAreas(const QByteArray &pdf)
{
    QList<QList<QRectF>> areas;
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("signed revision", pdf.constData(), size_t(pdf.size()));
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(q).getAllPages()) {
            QList<QRectF> rects;
            const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
            for (QPDFAnnotationObjectHelper &annot : page.getAnnotations("/Widget"))
                if (isSignatureWidget(annot.getObjectHandle()))
                    if (const std::optional<QRectF> area = normalisedOnPage(annot.getRect(), box))
                        rects << *area;
            areas << rects;
        }
    } catch (const std::exception &) {
        // The revision comparison reports a file qpdf cannot read.
    }
    return areas;
}

// The text of every page, words inside signature appearances left out.
QString pageText(Poppler::Document &doc, const QList<QList<QRectF>> &signatureAreas = {})
{
    QString text;
    for (int i = 0; i < doc.numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc.page(i);
        if (!page)
            continue;
        const QSizeF size = page->pageSizeF();
        const QList<QRectF> signatures = signatureAreas.value(i);
        for (const auto &box : page->textList()) {
            const QPointF centre = box->boundingBox().center();
            const QPointF normalised(centre.x() / size.width(), centre.y() / size.height());
            if (std::none_of(signatures.begin(), signatures.end(), [&](const QRectF &r) { return r.contains(normalised); }))
                text += box->text();
        }
    }
    return flat(text);
}

void leaves(const QJsonValue &v, const QString &path, QList<QPair<QString, QString>> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            leaves(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            leaves(a[i], u"%1[%2]"_s.arg(path).arg(i), out);
    } else if (v.isString()) {
        out.append({path, v.toString()});
    }
}

} // namespace

PageComparison::PageComparison(const QByteArray &signedRevision) : m_signedRevision(signedRevision)
{
    auto doc = pdf::importPdf(signedRevision);
    if (!doc) {
        m_problem = VisibleTextText::tr("the signed revision holds no readable SMOUT document: %1").arg(doc.error());
        return;
    }
    m_document = std::move(doc.value());
    m_signedPages = Poppler::Document::loadFromData(signedRevision);
    if (!m_signedPages || m_signedPages->numPages() < 1) {
        m_problem = VisibleTextText::tr("the signed revision's pages cannot be read");
        return;
    }
    const QSizeF size = std::unique_ptr<Poppler::Page>(m_signedPages->page(0))->pageSizeF();
    // Drawn again in the layout the file was signed in (PdfRenderer.h).
    const int layout = pdf::pageLayoutOf(m_signedPages->info(u"Creator"_s));
    m_layout.reset(QThread::create([this, size, layout] {
        // An adjudication names its submission's signers on its last page, as export drew it.
        QList<pdf::SubmissionSigner> signers;
        if (const auto submission = pdf::embeddedFile(m_signedRevision, u"submission.pdf"_s))
            signers = pdf::submissionSigners(submission.value());
        const auto rendered = pdf::comparisonLayout(m_document, QPageSize(size, QPageSize::Point), layout, signers);
        m_rendering = compareWithRendering(m_signedRevision, rendered->pdf, rendered->structure);
        m_verdict.release();
        if (m_rendering.samePages)
            return;
        if (std::unique_ptr<Poppler::Document> renderedPages = Poppler::Document::loadFromData(rendered->pdf))
            m_expected = pageText(*renderedPages);
    }));
    m_layout->start();
}

PageComparison::~PageComparison()
{
    if (m_layout)
        m_layout->wait();
}

QStringList PageComparison::differences()
{
    if (!m_problem.isEmpty())
        return {m_problem};
    m_verdict.acquire();
    if (m_rendering.samePages)
        return {};
    QStringList differences;
    if (!m_rendering.structureDifference.isEmpty())
        differences << m_rendering.structureDifference;
    if (!m_rendering.difference.isEmpty() || differences.isEmpty())
        differences << VisibleTextText::tr("the pages are not proven to show the embedded data: %1")
                           .arg(m_rendering.difference.isEmpty() ? VisibleTextText::tr("they are not the pages SMOUT Studio draws for it")
                                                                 : m_rendering.difference);
    // A file laid out by another program or page layout draws its data otherwise: say so, as the
    // file states it (files before the layout was recorded say "SMOUT Studio": layout 1).
    const QString creator = m_signedPages->info(u"Creator"_s);
    const bool knownLayout = creator == u"SMOUT Studio"_s
        || creator.endsWith(u"(page layout %1)"_s.arg(pdf::pageLayoutOf(creator)));
    if (!creator.isEmpty() && !knownLayout)
        differences << VisibleTextText::tr("the file says it was laid out by \"%1\"; this is %2")
                           .arg(creator.left(80), pdf::createdBy());
    const QString shown = pageText(*m_signedPages, signatureAreas(m_signedRevision));
    m_layout->wait();
    if (!m_expected)
        return differences << VisibleTextText::tr("the embedded document cannot be laid out for comparison");
    const QString &expected = *m_expected;
    if (shown == expected)
        return differences;

    QStringList unshown;
    QList<QPair<QString, QString>> fields;
    leaves(io::toJsonObject(m_document), QString(), fields);
    for (const auto &[path, value] : std::as_const(fields)) {
        const QString v = flat(value);
        if (v.size() >= 3 && expected.contains(v) && !shown.contains(v))
            unshown << VisibleTextText::tr("the pages do not show what the embedded data says for %1 (%2): \"%3\"")
                           .arg(fieldName(path), path, value.simplified().left(80));
    }
    if (unshown.isEmpty()) {
        qsizetype at = 0;
        while (at < shown.size() && at < expected.size() && shown[at] == expected[at])
            ++at;
        const qsizetype from = std::max<qsizetype>(0, at - 20);
        unshown << VisibleTextText::tr("the pages do not read as the embedded data: the pages show \"%1\" where the data gives \"%2\"")
                       .arg(shown.mid(from, 50), expected.mid(from, 50));
    }
    return differences << unshown;
}

QStringList pagesDifferFromData(const QByteArray &signedRevision)
{
    return PageComparison(signedRevision).differences();
}

} // namespace smout::signing
