#pragma once

// File → Print off the GUI thread: once the print dialog is accepted, the document is exported
// and the export's pages (pdf/PrintedPages.h) are sent to the printer in a worker (QPainter on
// a QPrinter is allowed outside the GUI thread), on a copy of the document, with a busy bar in
// the status bar. One job at a time.

#include "model/SmoutDocument.h"
#include "pdf/PdfExporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QPrinter;
class QProgressBar;
class QStatusBar;
class QWidget;

class BackgroundPrint : public QObject {
    Q_OBJECT
public:
    BackgroundPrint(QStatusBar *statusBar, QWidget *window);

    bool running() const { return m_watcher.isRunning(); }
    // Starts printing on `printer` (set up by the print dialog); false, and nothing started,
    // while a print job is still being prepared.
    bool start(const smout::SmoutDocument &doc, const smout::pdf::ExportOptions &options, std::unique_ptr<QPrinter> printer);

Q_SIGNALS:
    // The pages were sent (pages > 0) or not: after the user was told.
    void finished(int pages);

private:
    void report();

    QStatusBar *m_statusBar;
    QWidget *m_window;
    QProgressBar *m_busy;
    std::shared_ptr<QPrinter> m_printer;
    QFutureWatcher<int> m_watcher;
};
