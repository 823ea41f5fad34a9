#include "PdfArchiving.h"

#include "Dialogs.h"
#include "SignaturesPanel.h"
#include "StudioSettings.h"
#include "io/SmoutJson.h"
#include "signing/ArchiveRevision.h"
#include "signing/NssDatabase.h"
#include "signing/TimestampQuery.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

using namespace smout;
using namespace Qt::StringLiterals;

PdfArchiving::PdfArchiving(QWidget *window) : QObject(window), m_window(window)
{
    connect(&m_work, &QFutureWatcher<Status>::finished, this, &PdfArchiving::done);
}

void PdfArchiving::start()
{
    if (running())
        return;
    const QUrl tsa(StudioSettings::timestampAuthority(), QUrl::StrictMode);
    if (tsa.isEmpty() || !signing::timestampAuthorityProblem(tsa).isEmpty()) {
        const QString message = tr("Archiving needs a time-stamping authority: set one in Edit → Settings.");
        Dialogs::inform(m_window, tr("Archive"), message);
        Q_EMIT finished(false, message);
        return;
    }
    const QString input = Dialogs::openFileName(m_window, tr("Archive a signed PDF"), tr("PDF (*.pdf)"));
    if (input.isEmpty())
        return;
    const QFileInfo in(input);
    m_output = Dialogs::saveFileName(m_window, tr("Save the archived PDF"), in.dir().filePath(in.completeBaseName() + u"-archived.pdf"_s),
                                     tr("PDF (*.pdf)"));
    if (m_output.isEmpty())
        return;
    m_work.setFuture(QtConcurrent::run([input, output = m_output, tsa]() -> Status {
        const auto bytes = io::readInputFile(input, 512 * 1024 * 1024);
        if (!bytes)
            return Error{bytes.error()};
        if (const Status opened = signing::NssDatabase::use(SignaturesPanel::certificateDatabase()); !opened)
            return opened;
        signing::ArchiveRequest request;
        request.tsa = tsa;
        const auto archived = signing::archivePdf(bytes.value(), request);
        if (!archived)
            return Error{archived.error()};
        return io::writeFileAtomically(output, archived.value());
    }));
}

void PdfArchiving::done()
{
    const Status outcome = m_work.result();
    const QString message = outcome ? tr("%1 was written with validation data and a document timestamp.").arg(m_output)
                                    : tr("Nothing was written: %1").arg(outcome.error());
    Dialogs::inform(m_window, tr("Archive"), message);
    Q_EMIT finished(outcome.ok(), message);
}
