#pragma once

// File dialogs and questions the window asks. Tests pre-load the next answers (as
// KeePassXC's FileDialog does) so that no real dialog ever blocks a test run.

#include <QMessageBox>
#include <QString>

class Dialogs {
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    static void inform(QWidget *parent, const QString &title, const QString &text);

    // Test hooks: the next dialog returns this answer without being shown.
    static void setNextFileName(const QString &name);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many pre-loaded answers no question used; forgets them.
    static int takeUnusedAnswers();
    static int takeUnusedFileNames();
};
