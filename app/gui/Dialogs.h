#pragma once

// File dialogs and questions the window asks. Tests pre-load the next answers (as
// KeePassXC's FileDialog does) so that no real dialog ever blocks a test run.

#include <QMessageBox>
#include <QString>

namespace smout {
class DocumentModel;
}

class Dialogs {
public:
    // `folder` (open) and `suggested` (save, a whole path) put the dialog beside the document.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter,
                                const QString &folder = {});
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
    // Where a file made from the document goes: beside it, under its base name followed by
    // `tail` (".pdf", "-release.pdf"); for a document not yet saved, named by its component
    // ("ice-smout.pdf") in the user's documents folder.
    static QString besideDocument(const smout::DocumentModel &model, const QString &tail);
    // The folder of the document, for an open dialog (the documents folder when it has none).
    static QString documentFolder(const QString &documentPath);

    // Something went wrong or was refused: a warning.
    static void inform(QWidget *parent, const QString &title, const QString &text);
    // Something was done as asked: an information message, not a warning.
    static void confirm(QWidget *parent, const QString &title, const QString &text);

    // Test hooks: the next dialog returns this answer without being shown.
    static void setNextFileName(const QString &name);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many pre-loaded answers no question used; forgets them.
    static int takeUnusedAnswers();
    static int takeUnusedFileNames();
    // The folder or path the last file dialog was (or would have been) opened at.
    static QString lastSuggestion();
    // The icon and text of the last message or question, shown or answered by a pre-loaded answer.
    static QMessageBox::Icon lastIcon();
    static QString lastText();
};
