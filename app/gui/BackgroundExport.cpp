#include "BackgroundExport.h"

#include "BusyBar.h"
#include "Dialogs.h"
#include "workflow/ExportFile.h"

#include <QProgressBar>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

using namespace smout;

BackgroundExport::BackgroundExport(QStatusBar *statusBar, QWidget *window)
    : QObject(window), m_statusBar(statusBar), m_window(window), m_busy(newBusyBar(tr("Exporting the PDF"), 160))
{
    m_busy->setObjectName(QStringLiteral("exportBusy"));
    m_busy->hide();
    m_statusBar->addPermanentWidget(m_busy);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BackgroundExport::report);
}

bool BackgroundExport::start(const SmoutDocument &doc, const QString &path, const pdf::ExportOptions &options)
{
    if (running())
        return false;
    m_path = path;
    m_busy->show();
    m_statusBar->showMessage(tr("Exporting %1…").arg(path));
    // The worker gets its own copies: the user may go on editing while it runs.
    m_watcher.setFuture(QtConcurrent::run([doc, path, options] {
        Outcome outcome;
        const workflow::ExportOutcome exported = workflow::exportFile({doc, {}, options}, path);
        outcome.error = exported.problem;
        outcome.warnings = exported.warnings;
        return outcome;
    }));
    return true;
}

void BackgroundExport::report()
{
    m_busy->hide();
    const Outcome outcome = m_watcher.result();
    const QString &error = outcome.error;
    if (error.isEmpty() && !outcome.warnings.isEmpty()) {
        m_statusBar->clearMessage();
        Dialogs::inform(m_window, tr("Exported with warnings"),
                        tr("Exported %1, with placeholders for characters no installed font can draw:\n%2")
                            .arg(m_path, outcome.warnings.join(u'\n')));
    } else if (error.isEmpty()) {
        m_statusBar->showMessage(tr("Exported %1").arg(m_path), 4000);
    } else {
        m_statusBar->clearMessage();
        Dialogs::inform(m_window, tr("Export failed"), error);
    }
    Q_EMIT finished(m_path, error);
}
