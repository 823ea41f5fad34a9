#include "Dialogs.h"

#include <QAbstractButton>
#include <QCoreApplication>
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
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    // Every answer reachable by Alt and its letter: Qt's own labels carry no mnemonic for some.
    const std::pair<QMessageBox::StandardButton, QString> labels[] = {
        {QMessageBox::Save, QCoreApplication::translate("Dialogs", "&Save")},
        {QMessageBox::Discard, QCoreApplication::translate("Dialogs", "&Discard")},
        {QMessageBox::Yes, QCoreApplication::translate("Dialogs", "&Yes")},
        {QMessageBox::No, QCoreApplication::translate("Dialogs", "&No")}};
    for (const auto &[which, label] : labels)
        if (QAbstractButton *button = box.button(which))
            button->setText(label);
    return QMessageBox::StandardButton(box.exec());
}

void Dialogs::inform(QWidget *parent, const QString &title, const QString &text)
{
    if (!nextAnswers.isEmpty()) {
        nextAnswers.dequeue();
        return;
    }
    QMessageBox::warning(parent, title, text);
}
