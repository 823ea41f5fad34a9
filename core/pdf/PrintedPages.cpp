#include "PrintedPages.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

namespace smout::pdf {

int paintPdfPages(const QByteArray &pdf, QPagedPaintDevice *device, qreal maxDpi)
{
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked() || doc->numPages() < 1)
        return 0;
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    const int deviceDpi = device->logicalDpiY();
    const qreal dpi = std::min<qreal>(deviceDpi, maxDpi);
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    int painted = 0;
    for (int i = 0; i < doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        if (painted > 0 && !device->newPage())
            break;
        const QImage image = page->renderToImage(dpi, dpi);
        // The painter starts at the printable area's corner; the page's image covers the paper.
        const QRectF full = device->pageLayout().fullRectPixels(deviceDpi);
        const QRectF paint = device->pageLayout().paintRectPixels(deviceDpi);
        painter.drawImage(full.translated(-paint.topLeft()), image);
        ++painted;
    }
    painter.end();
    return painted;
}

} // namespace smout::pdf
