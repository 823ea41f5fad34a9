#include "PdfArchiving.h"

#include "Dialogs.h"
#include "SignaturesPanel.h"
#include "StudioSettings.h"
#include "io/SmoutJson.h"
#include "signing/ArchiveRevision.h"
#include "signing/NssDatabase.h"
#include "signing/OnlineRevocation.h"
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
    connect(&m_work, &QFutureWatcher<Outcome>::finished, this, &PdfArchiving::done);
}

void PdfArchiving::start()
{
    if (running())
        return;
    QUrl tsa(StudioSettings::timestampAuthority(), QUrl::StrictMode);
    if (tsa.isEmpty() || !signing::timestampAuthorityProblem(tsa).isEmpty()) {
        const auto alone = Dialogs::ask(m_window, tr("Archive"),
                                        tr("No time-stamping authority is set in Edit → Settings, so no document timestamp can be "
                                           "added. Add the validation data alone?"),
                                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (alone != QMessageBox::Yes) {
            Q_EMIT finished(false, tr("Nothing was archived: set a time-stamping authority in Edit → Settings for a document timestamp."));
            return;
        }
        tsa.clear();
    }
    // Each network use is the user's choice: the addresses asked are the ones the certificates name.
    const auto online = Dialogs::ask(m_window, tr("Archive"),
                                     tr("Also fetch revocation data (CRLs and OCSP responses) from the addresses the certificates "
                                        "name? This reaches the network; No keeps archiving offline."),
                                     QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (online == QMessageBox::Cancel)
        return;
    const QString input = Dialogs::openFileName(m_window, tr("Archive a signed PDF"), tr("PDF (*.pdf)"));
    if (input.isEmpty())
        return;
    const QFileInfo in(input);
    m_output = Dialogs::saveFileName(m_window, tr("Save the archived PDF"), in.dir().filePath(in.completeBaseName() + u"-archived.pdf"_s),
                                     tr("PDF (*.pdf)"));
    if (m_output.isEmpty())
        return;
    m_timestamped = !tsa.isEmpty();
    m_work.setFuture(QtConcurrent::run([input, output = m_output, tsa, fetch = online == QMessageBox::Yes]() -> Outcome {
        const auto bytes = io::readInputFile(input, 512 * 1024 * 1024);
        if (!bytes)
            return {Error{bytes.error()}, {}};
        if (const Status opened = signing::NssDatabase::use(SignaturesPanel::certificateDatabase()); !opened)
            return {opened, {}};
        signing::ArchiveRequest request;
        request.tsa = tsa;
        QStringList notes;
        if (fetch) {
            const signing::FetchedRevocation fetched = signing::fetchRevocationData(signing::certificatesToArchive(bytes.value()),
                                                                                    request.timeoutSeconds);
            notes << fetched.problems;
            request.crls = fetched.crls;
            request.ocsps = fetched.ocsps;
        }
        const auto archived = signing::archivePdf(bytes.value(), request);
        if (!archived)
            return {Error{archived.error()}, notes};
        return {io::writeFileAtomically(output, archived.value()), notes};
    }));
}

void PdfArchiving::done()
{
    const Outcome outcome = m_work.result();
    QString message = !outcome.status ? tr("Nothing was written: %1").arg(outcome.status.error())
                      : m_timestamped ? tr("%1 was written with validation data and a document timestamp.").arg(m_output)
                                      : tr("%1 was written with validation data, without a document timestamp.").arg(m_output);
    if (!outcome.notes.isEmpty())
        message += u"\n\n"_s + tr("Not fetched: %1").arg(outcome.notes.join(u"\n"_s));
    Dialogs::inform(m_window, tr("Archive"), message);
    Q_EMIT finished(outcome.status.ok(), message);
}
