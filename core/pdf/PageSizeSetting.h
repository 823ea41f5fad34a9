#pragma once

// The one page size that export, print preview and print use (settings key "pdf/pageSize",
// "letter" or "a4"; Letter, as DHS uses, unless chosen otherwise), and the page layout
// (size and margins) every paged device gets, so that preview and print show the pages the
// exported PDF has.

#include <QPageLayout>
#include <QPageSize>

namespace smout::pdf {

QPageSize::PageSizeId pageSizeSetting();
void setPageSizeSetting(QPageSize::PageSizeId size);

QPageLayout pageLayoutFor(const QPageSize &size);

} // namespace smout::pdf
