#include "WindowPlacement.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

WindowPlacement::WindowPlacement(QWidget *window, const QString &key, QSize preferred)
    : QObject(window), m_window(window), m_key(u"windows/"_s + key + u"/geometry"_s)
{
    restore(preferred);
    window->installEventFilter(this);
}

void WindowPlacement::restore(QSize preferred)
{
    const QByteArray saved = QSettings().value(m_key).toByteArray();
    if (saved.isEmpty() || !m_window->restoreGeometry(saved)) {
        QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
        const QRect available = screen->availableGeometry();
        m_window->resize(preferred.boundedTo(available.size()));
        m_window->move(available.center() - m_window->rect().center());
    }
    clampToScreen(m_window);
    m_placed = m_window->size();
}

void WindowPlacement::clampToScreen(QWidget *window)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    if (window->isMaximized() || window->isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is added by the window manager once the window is shown;
    // before that frameGeometry() equals geometry().
    const QSize frameExtra = window->frameGeometry().size() - window->geometry().size();
    const QSize room = (available.size() - frameExtra).expandedTo(window->minimumSize());
    window->resize(window->size().boundedTo(room));
    const QRect frame = window->frameGeometry();
    const int x = std::clamp(frame.x(), available.left(), std::max(available.left(), available.right() - frame.width() + 1));
    const int y = std::clamp(frame.y(), available.top(), std::max(available.top(), available.bottom() - frame.height() + 1));
    window->move(x, y);
}

void WindowPlacement::remember()
{
    QSettings().setValue(m_key, m_window->saveGeometry());
}

bool WindowPlacement::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Close || event->type() == QEvent::Hide))
        remember();
    // Only a shown window has its frame: clamped again with it, unless the program has placed
    // the window itself meanwhile.
    if (watched == m_window && event->type() == QEvent::Show && !m_shown) {
        m_shown = true;
        if (m_window->size() == m_placed)
            clampToScreen(m_window);
    }
    return QObject::eventFilter(watched, event);
}
