#pragma once

// The findings dock as tall as the findings of the document opened: a few rows when there
// are few, up to a cap, so two findings do not hold a third of the window. While the document
// is edited the height stays (fit() is called when another document opens). Once the user
// drags the dock's edge, their height stands and the dock is no longer fitted.

#include <QObject>
#include <QPoint>

class QDockWidget;
class QMainWindow;
class QTreeWidget;

class FindingsDockHeight : public QObject {
public:
    FindingsDockHeight(QMainWindow *window, QDockWidget *dock, QTreeWidget *view);
    // Fits the dock to the findings now in the view (unless the user has sized it).
    void fit();
    bool userSized() const { return m_userSized; }

    static constexpr int minRows = 3;
    static constexpr int maxRows = 8;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int wantedHeight() const;

    QMainWindow *m_window;
    QDockWidget *m_dock;
    QTreeWidget *m_view;
    bool m_pressedOnEdge = false; // a dock separator is being dragged
    QPoint m_pressedAt;
    bool m_userSized = false;
};
