#pragma once

// The user guide, a Markdown resource shown in a window of its own beside the document.

#include <QWidget>

class QTextBrowser;

class UserGuideWindow : public QWidget {
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
