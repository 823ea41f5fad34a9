#pragma once

// Print and print preview paint the exported PDF's own pages, rendered by poppler, so that
// what is printed is what export writes (its line and page breaks, for every page size), not
// a second layout of the form for the printer.

#include <QByteArray>

class QPagedPaintDevice;

namespace smout::pdf {

// Paints each page of `pdf` on a page of `device`, the paper's full size (the PDF's margins
// are in its pages), at the device's resolution up to `maxDpi`. Returns the pages painted;
// 0 when the PDF cannot be read.
int paintPdfPages(const QByteArray &pdf, QPagedPaintDevice *device, qreal maxDpi = 300);

} // namespace smout::pdf
