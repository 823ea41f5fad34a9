#pragma once

// File → Archive…: adds validation data and a document timestamp to a signed PDF (`smout
// archive`, signing/ArchiveRevision.h), with the time-stamping authority of Edit → Settings
// (without one, the validation data alone, when the user agrees) and the window's certificate
// database, in the background. Revocation data is fetched only when the user says so.
// Nothing is written on failure.

#include "model/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

class QWidget;

class PdfArchiving : public QObject {
    Q_OBJECT
public:
    explicit PdfArchiving(QWidget *window);
    // Asks for the signed PDF and where to write the archived one, then archives it.
    void start();
    bool running() const { return m_work.isRunning(); }

Q_SIGNALS:
    // Once the outcome was shown: whether the archived file was written, and the message.
    void finished(bool written, const QString &message);

private:
    struct Outcome {
        smout::Status status;
        QStringList notes; // revocation data that could not be fetched, in words
    };
    void done();

    QWidget *m_window;
    QString m_output;
    bool m_timestamped = false;
    QFutureWatcher<Outcome> m_work;
};
