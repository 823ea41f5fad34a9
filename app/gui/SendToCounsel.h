#pragma once

// File → Send to Counsel…: the first step of the signing order. The program office drafts,
// counsel answers question 2a in the draft, and only then does the program office sign
// (SigningWorkflow refuses before). A document from the inventory is saved there when changed
// and its revision marked "with counsel" (status and audit row, so the office's inventory
// shows who has it); a file is saved, and the window tells what to send and marks the
// document "with counsel" in its status bar until counsel's answer to 2a is in.

#include <QObject>

class InventoryWork;
class MainWindow;
class QLabel;

class SendToCounsel : public QObject {
    Q_OBJECT
public:
    explicit SendToCounsel(MainWindow *window);

    // Starts sending; the outcome arrives with finished() (after the user was told).
    void start();
    // The status bar's "With counsel" mark, for the document now in the window.
    QLabel *mark() const { return m_mark; }
    void updateMark();

Q_SIGNALS:
    void finished(bool sent);

private:
    void markInInventory();
    void markFile();
    void rememberSent(const QString &where);

    MainWindow *m_window;
    InventoryWork *m_work;
    QLabel *m_mark;
};
