#include "Dialogs.h"

#include <QFileDialog>
#include <QQueue>

namespace {
QQueue<QString> nextFileNames;
QQueue<QMessageBox::StandardButton> nextAnswers;
} // namespace

void Dialogs::setNextFileName(const QString &name)
{
    nextFileNames.enqueue(name);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers.enqueue(answer);
}

int Dialogs::takeUnusedAnswers()
{
    const int unused = int(nextAnswers.size());
    nextAnswers.clear();
    return unused;
}

int Dialogs::takeUnusedFileNames()
{
    const int unused = int(nextFileNames.size());
    nextFileNames.clear();
    return unused;
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!nextFileNames.isEmpty())
        return nextFileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter)
{
    if (!nextFileNames.isEmpty())
        return nextFileNames.dequeue();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QMessageBox::StandardButton Dialogs::ask(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton)
{
    if (!nextAnswers.isEmpty())
        return nextAnswers.dequeue();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::inform(QWidget *parent, const QString &title, const QString &text)
{
    if (!nextAnswers.isEmpty()) {
        nextAnswers.dequeue();
        return;
    }
    QMessageBox::warning(parent, title, text);
}
