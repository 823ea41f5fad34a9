#include "Dialogs.h"

#include "editing/DocumentModel.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QQueue>

using namespace Qt::StringLiterals;

namespace {
QQueue<QString> nextFileNames;
QQueue<QMessageBox::StandardButton> nextAnswers;
QString lastSuggested;
QMessageBox::Icon lastShownIcon = QMessageBox::NoIcon;
QString lastShownText;
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

QString Dialogs::lastSuggestion()
{
    return lastSuggested;
}

QMessageBox::Icon Dialogs::lastIcon()
{
    return lastShownIcon;
}

QString Dialogs::lastText()
{
    return lastShownText;
}

QString Dialogs::documentFolder(const QString &documentPath)
{
    // A bundled example (":/…") has no folder a user can save to.
    if (!documentPath.isEmpty() && !documentPath.startsWith(u':'))
        return QFileInfo(documentPath).absolutePath();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}

QString Dialogs::besideDocument(const smout::DocumentModel &model, const QString &tail)
{
    const QString path = model.filePath();
    const QString component = model.document().summary.component.toLower();
    const QString base = !path.isEmpty() && !path.startsWith(u':') ? QFileInfo(path).completeBaseName()
        : component.isEmpty()                                      ? u"smout"_s
                                                                   : component + u"-smout"_s;
    return QDir(documentFolder(path)).filePath(base + tail);
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter, const QString &folder)
{
    lastSuggested = folder;
    if (!nextFileNames.isEmpty())
        return nextFileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter)
{
    lastSuggested = suggested;
    if (!nextFileNames.isEmpty())
        return nextFileNames.dequeue();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QMessageBox::StandardButton Dialogs::ask(QWidget *parent, const QString &title, const QString &text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton)
{
    lastShownIcon = QMessageBox::Question;
    lastShownText = text;
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
    lastShownIcon = QMessageBox::Warning;
    lastShownText = text;
    if (!nextAnswers.isEmpty()) {
        nextAnswers.dequeue();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void Dialogs::confirm(QWidget *parent, const QString &title, const QString &text)
{
    lastShownIcon = QMessageBox::Information;
    lastShownText = text;
    if (!nextAnswers.isEmpty()) {
        nextAnswers.dequeue();
        return;
    }
    QMessageBox::information(parent, title, text);
}
