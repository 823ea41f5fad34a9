#include "PageSizeSetting.h"

#include <QMarginsF>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace smout::pdf {

namespace {
const QString Key = u"pdf/pageSize"_s;
}

QPageSize::PageSizeId pageSizeSetting()
{
    // Anything but a known value falls back to Letter rather than to a guessed size.
    return QSettings().value(Key).toString().compare(u"a4"_s, Qt::CaseInsensitive) == 0
               ? QPageSize::A4
               : QPageSize::Letter;
}

void setPageSizeSetting(QPageSize::PageSizeId size)
{
    QSettings().setValue(Key, size == QPageSize::A4 ? u"a4"_s : u"letter"_s);
}

QPageLayout pageLayoutFor(const QPageSize &size)
{
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
}

} // namespace smout::pdf
