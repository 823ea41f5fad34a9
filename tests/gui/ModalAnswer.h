#pragma once

// Answers the next modal dialog that the code under test opens with exec().

#include <QApplication>
#include <QDateTime>
#include <QDialog>
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

} // namespace guitest
