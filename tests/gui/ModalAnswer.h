#pragma once

// Answers the next modal dialog that the code under test opens with exec().

#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QLineEdit>
#include <QTimer>

#include <functional>

namespace guitest {

// Gives up after ten seconds so that it cannot answer a dialog of a later test.
inline void answerNextModal(std::function<void(QDialog *)> answer)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll,
                     [poll, answer, since = QDateTime::currentDateTime()] {
                         auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                         if (dialog || since.secsTo(QDateTime::currentDateTime()) > 10) {
                             poll->stop();
                             poll->deleteLater();
                         }
                         if (dialog)
                             answer(dialog);
                     });
    poll->start(10);
}

// Answers the next modal dialog named `objectName` (others, such as the dialog that opened
// it, are passed over); gives up after ten seconds too.
inline void answerModalNamed(const QString &objectName, std::function<void(QDialog *)> answer)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll,
                     [poll, objectName, answer, since = QDateTime::currentDateTime()] {
                         auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                         if (dialog && dialog->objectName() != objectName)
                             dialog = nullptr;
                         if (dialog || since.secsTo(QDateTime::currentDateTime()) > 10) {
                             poll->stop();
                             poll->deleteLater();
                         }
                         if (dialog)
                             answer(dialog);
                     });
    poll->start(10);
}

// Gives the certificate database the passphrase the window asks for when the first key is
// imported.
inline void answerNewPassphrase(const QString &passphrase)
{
    answerModalNamed(QStringLiteral("newPassphrase"), [passphrase](QDialog *dialog) {
        for (QLineEdit *field : dialog->findChildren<QLineEdit *>())
            field->setText(passphrase);
        dialog->accept();
    });
}

} // namespace guitest
