#include "FindingsDockHeight.h"

#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMouseEvent>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

FindingsDockHeight::FindingsDockHeight(QMainWindow *window, QDockWidget *dock, QTreeWidget *view)
    : QObject(dock), m_window(window), m_dock(dock), m_view(view)
{
    window->installEventFilter(this);
}

int FindingsDockHeight::wantedHeight() const
{
    const int count = m_view->topLevelItemCount();
    const int shown = std::clamp(count, minRows, maxRows);
    const int fallbackRow = m_view->fontMetrics().height() + 6;
    int rows = 0;
    for (int i = 0; i < shown; ++i) {
        const int h = i < count ? m_view->visualItemRect(m_view->topLevelItem(i)).height() : 0;
        rows += h > 0 ? h : fallbackRow;
    }
    const int chrome = m_dock->height() - m_dock->widget()->height(); // the dock's title bar
    const int height =
        chrome + m_view->header()->sizeHint().height() + rows + 2 * m_view->frameWidth();
    // Never more than a third of the window, whatever the rows measure.
    return std::min(height, m_window->height() / 3);
}

void FindingsDockHeight::fit()
{
    if (m_userSized || m_dock->isFloating() || !m_dock->isVisible())
        return;
    const int wanted = wantedHeight();
    if (wanted == m_dock->height())
        return;
    m_window->resizeDocks({m_dock}, {wanted}, Qt::Vertical);
}

bool FindingsDockHeight::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        // Pressed on the window itself, between its children: on a dock separator.
        const QPoint at = static_cast<QMouseEvent *>(event)->position().toPoint();
        m_pressedOnEdge = !m_window->childAt(at);
        m_pressedAt = at;
        break;
    }
    case QEvent::MouseMove: {
        // Dragging an edge of the dock (the window applies the move a moment later): from
        // now on the height is the user's.
        const auto *move = static_cast<QMouseEvent *>(event);
        if (m_pressedOnEdge && (move->buttons() & Qt::LeftButton) && !m_dock->isFloating() &&
            (move->position().toPoint() - m_pressedAt).manhattanLength() > 2)
            m_userSized = true;
        break;
    }
    case QEvent::MouseButtonRelease:
        m_pressedOnEdge = false;
        break;
    case QEvent::Show:
        QTimer::singleShot(0, this, &FindingsDockHeight::fit);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
