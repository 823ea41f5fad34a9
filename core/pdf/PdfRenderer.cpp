#include "PdfRenderer.h"

#include "FormText.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace smout::pdf {

using namespace Qt::StringLiterals;

namespace {

struct PageText {
    Q_DECLARE_TR_FUNCTIONS(smout::pdf::PdfRenderer)
};

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

} // namespace

int PdfRenderer::render(const SmoutDocument &doc, const RenderOptions &options, QPagedPaintDevice *device)
{
    const qreal dpi = device->logicalDpiY();
    QTextDocument text;
    text.documentLayout()->setPaintDevice(device);
    QFont base(u"Liberation Serif"_s);
    base.setPointSizeF(11);
    text.setDefaultFont(base);
    text.setDocumentMargin(0);
    text.setHtml(formHtml(doc, {options.appendix, options.draft}));

    const QRectF paintRect = device->pageLayout().paintRectPixels(int(dpi));
    const qreal band = dpi * 0.4; // header and footer bands
    const QSizeF body(paintRect.width(), paintRect.height() - 2 * band);
    text.setPageSize(body);
    const int pages = text.pageCount();

    QFont small(u"Liberation Sans"_s);
    small.setPointSizeF(8.5);
    const QString component = doc.summary.component.isEmpty() ? PageText::tr("Component not named")
                                                              : doc.summary.component;
    const QString left = FormText::title() + u" \u2014 "_s + component;
    const QString right = PageText::tr("Document %1").arg(doc.id);

    QPainter painter(device);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0, band - page * body.height());
        text.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();

        painter.setFont(small);
        painter.setPen(QColor(60, 60, 60));
        const QRectF header(0, 0, body.width(), band * 0.7);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, left);
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, right);
        painter.drawLine(QPointF(0, band * 0.78), QPointF(body.width(), band * 0.78));
        const QRectF footer(0, band + body.height() + band * 0.3, body.width(), band * 0.7);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop,
                         PageText::tr("Page %1 of %2").arg(page + 1).arg(pages));
        if (options.draft) {
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, PageText::tr("DRAFT \u2014 NOT VALIDATED"));
            paintDraftMark(painter, QRectF(QPointF(0, 0), paintRect.size()));
        }
    }
    painter.end();
    return pages;
}

} // namespace smout::pdf
