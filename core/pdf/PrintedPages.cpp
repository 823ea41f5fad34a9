#include "PrintedPages.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <poppler-qt6.h>

#include <memory>

namespace smout::pdf {

int paintPdfPages(const QByteArray &pdf, QPagedPaintDevice *device)
{
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked() || doc->numPages() < 1)
        return 0;
    // Drawn as the page's own text and paths through QPainter, not as an image of it: the
    // printer gets sharp pages, and a PDF printer no image compressed with losses.
    doc->setRenderBackend(Poppler::Document::QPainterBackend);
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    // The painter starts at the paper's corner: the pages carry the export's margins.
    QPageLayout layout = device->pageLayout();
    layout.setMode(QPageLayout::FullPageMode);
    device->setPageLayout(layout);
    const int dpi = device->logicalDpiY();
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    int painted = 0;
    for (int i = 0; i < doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            continue;
        if (painted > 0 && !device->newPage())
            break;
        if (!page->renderToPainter(&painter, dpi, dpi))
            break;
        ++painted;
    }
    painter.end();
    return painted;
}

} // namespace smout::pdf
