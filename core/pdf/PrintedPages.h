#pragma once

// Print and print preview paint the exported PDF's own pages, rendered by poppler, so that
// what is printed is what export writes (its line and page breaks, for every page size), not
// a second layout of the form for the printer.

#include <QByteArray>

class QPagedPaintDevice;

namespace smout::pdf {

// Paints each page of `pdf` on a page of `device` (poppler's QPainter backend), over the
// paper's full size: the PDF's margins are in its pages. Returns the pages painted; 0 when the
// PDF cannot be read.
int paintPdfPages(const QByteArray &pdf, QPagedPaintDevice *device);

} // namespace smout::pdf
