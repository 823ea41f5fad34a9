#include "DockTabStops.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTabBar>
#include <QTimer>

namespace {

void placeStops(QMainWindow *window)
{
    for (QTabBar *bar : window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        bar->setFocusPolicy(bar->count() > 1 ? Qt::TabFocus : Qt::NoFocus);
}

} // namespace

void keepDockTabStops(QMainWindow *window)
{
    // Qt makes and fills the bars as it lays the docks out: after the change, not during it.
    auto later = [window] { QTimer::singleShot(0, window, [window] { placeStops(window); }); };
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        QObject::connect(dock, &QDockWidget::visibilityChanged, window, later);
        QObject::connect(dock, &QDockWidget::topLevelChanged, window, later);
        QObject::connect(dock, &QDockWidget::dockLocationChanged, window, later);
    }
    later();
}
