#pragma once

// What the window shows before a document is open: what a SMOUT is, and the ways to start
// (a new SMOUT for a chosen component, a file, an example, a recent file).

#include <QWidget>

class QComboBox;
class QListWidget;

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);

    QComboBox *componentChoice() const { return m_component; }
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void newRequested(const QString &component);
    void openRequested();
    void fileRequested(const QString &path); // an example or a recent file

private:
    QComboBox *m_component;
    QListWidget *m_recent;
};
