#pragma once

// File → Export PDF off the GUI thread: the export runs on a copy of the document in a
// worker (the renderer paints on QPdfWriter/QImage only, no widgets), a busy bar shows in
// the status bar meanwhile, and the window stays responsive. One export at a time.

#include "model/SmoutDocument.h"
#include "pdf/PdfExporter.h"

#include <QFutureWatcher>
#include <QObject>

class QProgressBar;
class QStatusBar;
class QWidget;

class BackgroundExport : public QObject {
    Q_OBJECT
public:
    BackgroundExport(QStatusBar *statusBar, QWidget *window);

    bool running() const { return m_watcher.isRunning(); }
    // Starts exporting; false (and nothing started) while an export is still running.
    bool start(const smout::SmoutDocument &doc, const QString &path, const smout::pdf::ExportOptions &options);

Q_SIGNALS:
    // The file was written (or not, with the reason): after the user was told.
    void finished(const QString &path, const QString &error);

private:
    // What the worker hands back: the error, or the warnings of a written file.
    struct Outcome {
        QString error;
        QStringList warnings;
    };
    void report();

    QStatusBar *m_statusBar;
    QWidget *m_window;
    QProgressBar *m_busy;
    QString m_path;
    QFutureWatcher<Outcome> m_watcher;
};
