#include "SendToCounsel.h"

#include "Dialogs.h"
#include "InventoryActions.h"
#include "InventoryWindow.h"
#include "InventoryWork.h"
#include "MainWindow.h"
#include "store/UserName.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>

using namespace smout;
using namespace Qt::StringLiterals;

namespace {

QString sentKey(const QString &id)
{
    return u"sentToCounsel/"_s + id;
}

} // namespace

SendToCounsel::SendToCounsel(MainWindow *window)
    : QObject(window), m_window(window), m_work(new InventoryWork(this)), m_mark(new QLabel)
{
    m_mark->setObjectName(u"withCounselMark"_s);
    m_mark->hide();
    window->statusBar()->addPermanentWidget(m_work->indicator());
    window->statusBar()->addPermanentWidget(m_mark);
    connect(window->model(), &DocumentModel::documentReset, this, &SendToCounsel::updateMark);
    connect(window->model(), &DocumentModel::valueChanged, this, &SendToCounsel::updateMark);
}

void SendToCounsel::start()
{
    DocumentModel *model = m_window->model();
    if (model->role() != Role::Author) {
        Dialogs::inform(m_window, tr("Send to Counsel"),
                        tr("The program office sends its draft to counsel. Choose the role Program office to send it."));
        Q_EMIT finished(false);
        return;
    }
    if (model->document().questions.q2aCounselReviewed == YesNo::Yes) {
        Dialogs::inform(m_window, tr("Send to Counsel"),
                        tr("Counsel has answered question 2a already. Sign as the program office next "
                           "(Signatures & export → Sign…); counsel then countersigns the signed PDF."));
        Q_EMIT finished(false);
        return;
    }
    if (m_window->inventoryActions()->storeRevision() > 0) {
        if (!model->isModified()) {
            markInInventory();
            return;
        }
        // The revision counsel gets is the one saved now.
        connect(m_window->inventoryActions(), &InventoryActions::saveFinished, this, [this](bool saved) {
            if (saved)
                markInInventory();
            else
                Q_EMIT finished(false);
        }, Qt::SingleShotConnection);
        if (!m_window->saveToInventory()) {
            disconnect(m_window->inventoryActions(), &InventoryActions::saveFinished, this, nullptr);
            Q_EMIT finished(false);
        }
        return;
    }
    if (!m_window->save()) {
        Q_EMIT finished(false);
        return;
    }
    markFile();
}

void SendToCounsel::markInInventory()
{
    const QString id = m_window->model()->document().id, who = store::userName();
    const int revision = m_window->inventoryActions()->storeRevision();
    m_work->start<bool>(
        tr("Marking the revision for counsel…"), InventoryWindow::location(),
        [id, revision, who](store::InventoryStore &store) -> Result<bool> {
            if (const Status sent = store.sendToCounsel(id, revision, who); !sent)
                return Error{sent.error()};
            return true;
        },
        [this, revision](const Result<bool> &sent) {
            if (!sent) {
                Dialogs::inform(m_window, tr("Not sent to counsel"), sent.error());
                Q_EMIT finished(false);
                return;
            }
            rememberSent(tr("revision %1 in the inventory").arg(revision));
            Dialogs::confirm(m_window, tr("Sent to counsel"),
                             tr("Revision %1 is marked \u201cwith counsel\u201d in the inventory. Counsel opens it there "
                                "with the role Counsel, answers question 2a, and saves it back to the inventory. Then open "
                                "the latest revision and sign it as the program office.")
                                 .arg(revision));
            Q_EMIT finished(true);
        },
        false);
}

void SendToCounsel::markFile()
{
    const QString path = m_window->model()->filePath();
    rememberSent(path);
    Dialogs::confirm(m_window, tr("Sent to counsel"),
                     tr("Send %1 to counsel (by e-mail or your office's file share). Counsel opens it in SMOUT Studio with "
                        "the role Counsel, answers question 2a, saves it and returns it to you. Then open the returned file "
                        "and sign it as the program office.")
                         .arg(QFileInfo(path).fileName()));
    Q_EMIT finished(true);
}

void SendToCounsel::rememberSent(const QString &where)
{
    QSettings().setValue(sentKey(m_window->model()->document().id),
                         QStringList{where, QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s)});
    updateMark();
}

void SendToCounsel::updateMark()
{
    const SmoutDocument &doc = m_window->model()->document();
    const QStringList sent = QSettings().value(sentKey(doc.id)).toStringList();
    // Once counsel has answered 2a, the draft is back with the program office.
    const bool withCounsel = sent.size() == 2 && doc.questions.q2aCounselReviewed == YesNo::Unset;
    m_mark->setVisible(withCounsel);
    if (withCounsel) {
        m_mark->setText(tr("With counsel since %1").arg(sent.at(1)));
        m_mark->setToolTip(tr("Sent to counsel to answer question 2a: %1").arg(sent.at(0)));
    }
}
