#include "BusyBar.h"

#include <QProgressBar>

namespace smout {

QProgressBar *newBusyBar(const QString &accessibleName, int maximumWidth)
{
    auto *bar = new QProgressBar;
    bar->setRange(0, 0);
    bar->setMaximumWidth(maximumWidth);
    bar->setAccessibleName(accessibleName);
    return bar;
}

} // namespace smout
