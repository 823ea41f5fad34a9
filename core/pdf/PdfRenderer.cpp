#include "PdfRenderer.h"

#include "model/FormText.h"
#include "PageBreaks.h"
#include "SignatureSlots.h"
#include "model/Translations.h"
#include "release/Exemptions.h"
#include "StructureCollector.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QPainter>
#include <QTextDocument>

namespace smout::pdf {

using namespace Qt::StringLiterals;

namespace {

struct PageText {
    Q_DECLARE_TR_FUNCTIONS(smout::pdf::PdfRenderer)
};

QString slotLabel(Role role)
{
    switch (role) {
    case Role::Author: return PageText::tr("Program office: submitted for DHS Privacy Office adjudication");
    case Role::Counsel: return PageText::tr("Counsel: certifies that appropriate authority exists for the operational use described");
    case Role::Reviewer: return PageText::tr("DHS Privacy Office reviewer: determination");
    }
    return {};
}

// Who signed the embedded submission in `role`'s box: text on the adjudication's page, not a
// signature (the signature itself is inside the embedded submission, where it is verified).
QString submissionSignerText(const QList<SubmissionSigner> &signers, Role role)
{
    for (const SubmissionSigner &s : signers)
        if (s.role == role)
            return PageText::tr("Signed by %1\n%2\nverified inside the embedded submission")
                .arg(s.name.isEmpty() ? PageText::tr("(no name given)") : s.name,
                     s.time.isValid() ? s.time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : PageText::tr("(no date given)"));
    return {};
}

// The last page: one labelled box per signer, where the signatures' appearances go; on an
// adjudication the submission's signers are named in their boxes.
void paintSignaturePage(QPainter &p, QPagedPaintDevice *device, qreal dpi, PdfStructure *structure, int page,
                        const PageGeometry &geometry, const QList<SubmissionSigner> &signers)
{
    // Records the element an area shows, for the tagged PDF.
    auto claim = [&](const QString &type, const QRectF &area, bool graphics, const QString &alt = {}) {
        if (!structure)
            return;
        const int element = structure->add(type, 0);
        structure->elements[element].alt = alt;
        structure->regions.append({page, geometry.toPdf(area), element, graphics, 0});
    };
    const QRectF full = device->pageLayout().fullRectPixels(int(dpi));
    const QRectF paint = device->pageLayout().paintRectPixels(int(dpi));
    QFont title(u"Liberation Serif"_s);
    title.setPointSizeF(14);
    title.setBold(true);
    p.setFont(title);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, dpi * 0.5, paint.width(), dpi * 0.5), Qt::AlignHCenter | Qt::AlignTop, PageText::tr("SIGNATURES"));
    claim(u"H1"_s, QRectF(0, dpi * 0.5, paint.width(), dpi * 0.5), false);
    QFont label(u"Liberation Serif"_s);
    label.setPointSizeF(10.5);
    for (const Role role : allOf<Role>()) {
        const QRectF n = pdf::signatureSlot(role);
        const QRectF box(n.x() * full.width() - paint.x(), n.y() * full.height() - paint.y(),
                         n.width() * full.width(), n.height() * full.height());
        p.setFont(label);
        p.setPen(Qt::black);
        p.drawText(QRectF(box.x(), box.y() - dpi * 0.3, box.width(), dpi * 0.28), Qt::AlignLeft | Qt::AlignBottom, slotLabel(role));
        claim(u"P"_s, QRectF(box.x(), box.y() - dpi * 0.3, box.width(), dpi * 0.28), false);
        claim(u"Figure"_s, box.adjusted(-2, -2, 2, 2), true, PageText::tr("Signature box: %1").arg(slotLabel(role)));
        p.setPen(QPen(QColor(120, 120, 120), dpi / 150.0));
        p.drawRect(box);
        if (const QString signer = submissionSignerText(signers, role); !signer.isEmpty()) {
            const QRectF inside = box.adjusted(dpi * 0.12, dpi * 0.08, -dpi * 0.12, -dpi * 0.08);
            p.setFont(label);
            p.setPen(Qt::black);
            p.drawText(inside, Qt::AlignLeft | Qt::AlignVCenter, signer);
            claim(u"P"_s, inside, false);
        }
    }
}

void paintDraftMark(QPainter &p, const QRectF &page)
{
    p.save();
    QFont font(u"DejaVu Sans"_s);
    font.setBold(true);
    font.setPixelSize(int(page.width() / 11));
    p.setFont(font);
    p.setPen(QColor(200, 30, 30, 60));
    p.translate(page.center());
    p.rotate(-40);
    p.drawText(QRectF(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2),
               Qt::AlignCenter, PageText::tr("DRAFT \u2014 NOT VALIDATED"));
    p.restore();
}

void paintReleaseStamp(QPainter &p, const QRectF &footer)
{
    p.save();
    QFont font(u"Liberation Sans"_s);
    font.setBold(true);
    font.setPointSizeF(9);
    p.setFont(font);
    p.setPen(QColor(150, 0, 0));
    p.drawText(footer, Qt::AlignRight | Qt::AlignTop, PageText::tr("RELEASE COPY \u2014 FOIA exemptions applied"));
    p.restore();
}

} // namespace

int PdfRenderer::render(const SmoutDocument &doc, const RenderOptions &options, QPagedPaintDevice *device)
{
    const PrintedFormScope english; // the form is printed in English unless the user chose otherwise
    const qreal dpi = device->logicalDpiY();
    QTextDocument text;
    text.documentLayout()->setPaintDevice(device);
    QFont base(u"Liberation Serif"_s);
    base.setPointSizeF(11);
    text.setDefaultFont(base);
    text.setDocumentMargin(0);
    text.setHtml(formHtml(doc, {options.appendix, options.draft, options.withheld}));

    const QRectF paintRect = device->pageLayout().paintRectPixels(int(dpi));
    const qreal band = dpi * 0.4; // header and footer bands
    const QSizeF body(paintRect.width(), paintRect.height() - 2 * band);
    text.setPageSize(body);
    if (options.layout >= 4)
        keepHeadingsWithNext(text);
    splitParagraphsAtPageBreaks(text);
    const int textPages = text.pageCount();
    const int pages = textPages + 1; // and the signature page
    PageGeometry geometry;
    geometry.dpi = dpi;
    geometry.paintRectPx = paintRect;
    geometry.pageHeightPt = device->pageLayout().fullRect(QPageLayout::Point).height();
    if (options.structure) {
        options.structure->elements = {{u"Document"_s, -1, {}, {}, false, {}}};
        collectTextStructure(text, geometry, band, body.height(), *options.structure, options.layout >= 3);
    }

    QFont small(u"Liberation Sans"_s);
    small.setPointSizeF(8.5);
    const QString component = doc.summary.component.isEmpty() ? PageText::tr("Component not named")
                                                              : doc.summary.component;
    const QString left = release::withBracketedLabels(FormText::title() + u" \u2014 "_s + component);
    const QString right = release::withBracketedLabels(PageText::tr("Document %1").arg(doc.id));

    QPainter painter(device);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        if (page < textPages) {
            painter.save();
            painter.translate(0, band - page * body.height());
            const QRectF pageRect(QPointF(0, page * body.height()), body);
            painter.setClipRect(pageRect);
            // The first line of a page starts exactly on the break, where the page above
            // would also paint it (cut away, yet present as text). Laying out with a clip
            // inset by two points keeps every line on its own page only, so text extraction
            // reads it once; the painter clip stays the whole page, so nothing visible is cut.
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = pageRect.adjusted(0, dpi / 36, 0, -dpi / 36);
            context.palette.setColor(QPalette::Text, Qt::black);
            text.documentLayout()->draw(&painter, context);
            painter.restore();
        } else {
            paintSignaturePage(painter, device, dpi, options.structure, page, geometry,
                               options.layout >= 2 ? options.submissionSigners : QList<SubmissionSigner>{});
        }

        painter.setFont(small);
        painter.setPen(QColor(60, 60, 60));
        const QRectF header(0, 0, body.width(), band * 0.7);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, left);
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, right);
        painter.drawLine(QPointF(0, band * 0.78), QPointF(body.width(), band * 0.78));
        const QRectF footer(0, band + body.height() + band * 0.3, body.width(), band * 0.7);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop,
                         PageText::tr("Page %1 of %2").arg(page + 1).arg(pages));
        if (options.release)
            paintReleaseStamp(painter, footer);
        if (options.draft) {
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, PageText::tr("DRAFT \u2014 NOT VALIDATED"));
            paintDraftMark(painter, QRectF(QPointF(0, 0), paintRect.size()));
        }
    }
    painter.end();
    return pages;
}

int pageLayoutOf(const QString &creator)
{
    if (creator == u"SMOUT Studio"_s)
        return 1;
    static const QRegularExpression stated(u"^SMOUT Studio \\S+ \\(page layout (\\d+)\\)$"_s);
    const int layout = stated.match(creator).captured(1).toInt();
    return layout >= 1 && layout <= PageLayout ? layout : PageLayout;
}

QString createdBy()
{
    return QStringLiteral("SMOUT Studio %1 (page layout %2)").arg(QStringLiteral(SMOUT_VERSION)).arg(PageLayout);
}

} // namespace smout::pdf
