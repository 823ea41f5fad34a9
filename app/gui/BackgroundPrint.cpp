#include "BackgroundPrint.h"

#include "BusyBar.h"
#include "Dialogs.h"
#include "pdf/PrintedPages.h"

#include <QPrinter>
#include <QProgressBar>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

using namespace smout;

BackgroundPrint::BackgroundPrint(QStatusBar *statusBar, QWidget *window)
    : QObject(window), m_statusBar(statusBar), m_window(window), m_busy(newBusyBar(tr("Printing"), 160))
{
    m_busy->setObjectName(QStringLiteral("printBusy"));
    m_busy->hide();
    m_statusBar->addPermanentWidget(m_busy);
    connect(&m_watcher, &QFutureWatcher<int>::finished, this, &BackgroundPrint::report);
}

bool BackgroundPrint::start(const SmoutDocument &doc, const pdf::ExportOptions &options, std::unique_ptr<QPrinter> printer)
{
    if (running() || !printer)
        return false;
    m_printer = std::move(printer);
    m_busy->show();
    m_statusBar->showMessage(tr("Preparing the pages for the printer…"));
    // The worker gets its own copy of the document: the user may go on editing meanwhile.
    m_watcher.setFuture(QtConcurrent::run([doc, options, printer = m_printer] {
        const auto exported = pdf::exportPdf(doc, options);
        const int pages = exported ? pdf::paintPdfPages(exported->bytes, printer.get()) : 0;
        return printer->printerState() == QPrinter::Error ? 0 : pages;
    }));
    return true;
}

void BackgroundPrint::report()
{
    m_busy->hide();
    const int pages = m_watcher.result();
    m_printer.reset();
    if (pages > 0) {
        m_statusBar->showMessage(tr("%n page(s) sent to the printer", nullptr, pages), 4000);
    } else {
        m_statusBar->clearMessage();
        Dialogs::inform(m_window, tr("Printing failed"), tr("The printer could not be opened or refused the pages."));
    }
    Q_EMIT finished(pages);
}
