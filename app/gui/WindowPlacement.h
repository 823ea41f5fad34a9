#pragma once

// Where a top-level window opens: the size and position it had when last closed (kept in the
// settings under `key`), else the size it asks for, always within the available geometry of
// its screen (a 1024×700 laptop, a screen since unplugged), with the status bar in view.

#include <QObject>
#include <QSize>

class QWidget;

class WindowPlacement : public QObject {
public:
    // Places `window` now, and remembers its geometry whenever it is hidden or closed.
    WindowPlacement(QWidget *window, const QString &key, QSize preferred);

    // Moves and shrinks `window` so that its frame lies within its screen's available area.
    static void clampToScreen(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restore(QSize preferred);
    void remember();

    QWidget *m_window;
    QString m_key;
    QSize m_placed; // as large as restore() made the window
    bool m_shown = false;
};
