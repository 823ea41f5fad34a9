#include "InventoryActions.h"

#include "Dialogs.h"
#include "InventoryWindow.h"
#include "InventoryWork.h"
#include "editing/DocumentModel.h"
#include "model/FieldNames.h"
#include "diff/DocumentDiff.h"
#include "store/InventorySecurity.h"
#include "store/UserName.h"

#include <QStatusBar>

using namespace smout;
using namespace smout::store;

InventoryActions::InventoryActions(DocumentModel *model, QStatusBar *statusBar, QWidget *window)
    : QObject(window), m_model(model), m_statusBar(statusBar), m_window(window), m_work(new InventoryWork(this))
{
    m_statusBar->addPermanentWidget(m_work->indicator());
    // An open started after the user agreed to replace the document: an edit made while the
    // inventory answers is asked about again.
    connect(m_model, &DocumentModel::valueChanged, this, [this] { m_editedWhileOpening = true; });
    connect(m_work, &InventoryWork::cancelled, this, [this] {
        m_statusBar->showMessage(tr("Stopped waiting for the inventory."), 4000);
        Q_EMIT openFinished(false);
    });
}

bool InventoryActions::busy() const
{
    return m_work->running();
}

bool InventoryActions::open(const QString &id, std::function<bool()> askToSave, std::function<void(const StoredSmout &)> replace)
{
    if (busy()) {
        m_statusBar->showMessage(tr("The inventory is still busy; wait for it to finish."), 4000);
        return false;
    }
    if (!askToSave())
        return false;
    m_editedWhileOpening = false;
    m_work->start<StoredSmout>(
        tr("Opening from the inventory…"), InventoryWindow::location(), [id](InventoryStore &store) { return store.load(id); },
        [this, askToSave, replace](const Result<StoredSmout> &stored) {
            if (!stored) {
                Dialogs::inform(m_window, tr("Cannot open"), stored.error());
                Q_EMIT openFinished(false);
                return;
            }
            if (m_editedWhileOpening && !askToSave()) {
                Q_EMIT openFinished(false);
                return;
            }
            replace(stored.value());
            m_storeRevision = stored->revision;
            if (!stored->writable) {
                // The inventory's permissions: shown read-only rather than refused at saving.
                m_model->setReadOnlyReason(refusalMessage(tr("you may not change %1's SMOUTs").arg(stored->entry.component)));
                m_statusBar->showMessage(tr("Opened revision %1 from the inventory, read-only: %2")
                                             .arg(m_storeRevision)
                                             .arg(m_model->readOnlyReason()),
                                         8000);
            } else {
                m_statusBar->showMessage(tr("Opened revision %1 from the inventory").arg(m_storeRevision), 4000);
            }
            Q_EMIT openFinished(true);
        });
    return true;
}

bool InventoryActions::save()
{
    if (busy()) {
        m_statusBar->showMessage(tr("The inventory is still busy; wait for it to finish."), 4000);
        return false;
    }
    if (!m_model->readOnlyReason().isEmpty()) {
        Dialogs::inform(m_window, tr("Not saved to the inventory"), m_model->readOnlyReason());
        return false;
    }
    startSave(m_model->document(), std::nullopt);
    return true;
}

void InventoryActions::startSave(const SmoutDocument &doc, std::optional<int> expected)
{
    const QString who = userName();
    const Role role = m_model->role();
    const int opened = m_storeRevision;
    m_work->start<SaveAttempt>(
        tr("Saving to the inventory…"), InventoryWindow::location(),
        [doc, who, role, opened, expected](InventoryStore &store) -> Result<SaveAttempt> {
            int on = expected.value_or(opened);
            if (!expected) {
                if (!store.load(doc.id))
                    on = 0;
                else if (opened == 0)
                    on = -1; // stored by someone else, never opened from there: a conflict to resolve
            }
            auto outcome = store.save(doc, who, role, on);
            if (!outcome)
                return Error{outcome.error()};
            SaveAttempt attempt{outcome.value(), std::nullopt};
            if (outcome->conflict) {
                auto theirs = store.load(doc.id);
                if (!theirs)
                    return Error{theirs.error()};
                attempt.theirs = theirs.value();
            }
            return attempt;
        },
        [this, doc](const Result<SaveAttempt> &attempt) { saved(doc, attempt); },
        false);
}

void InventoryActions::saved(const SmoutDocument &doc, const Result<SaveAttempt> &attempt)
{
    if (!attempt) {
        Dialogs::inform(m_window, tr("Not saved to the inventory"),
                        tr("%1\nYour work is kept in this window and in its recovery copy.").arg(attempt.error()));
        Q_EMIT saveFinished(false);
        return;
    }
    if (!attempt->outcome.conflict) {
        m_storeRevision = attempt->outcome.revision;
        m_statusBar->showMessage(tr("Saved as revision %1 in the inventory").arg(m_storeRevision), 4000);
        Q_EMIT saveFinished(true);
        return;
    }
    const StoredSmout &theirs = *attempt->theirs;
    QStringList changes;
    for (const FieldChange &c : diffDocuments(theirs.document, doc).mid(0, 12))
        changes << tr("%1: %2 → %3").arg(fieldName(c.path), c.before.left(60), c.after.left(60));
    const auto answer = Dialogs::ask(m_window, tr("Someone else saved first"),
                                     tr("Revision %1 of this SMOUT was saved by someone else after you opened it.\n\n"
                                        "Your version differs in:\n%2\n\nKeep yours as a new revision (Save), or reload theirs (Reset)?")
                                         .arg(theirs.revision)
                                         .arg(changes.join(u'\n')),
                                     QMessageBox::Save | QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save) {
        startSave(doc, theirs.revision);
        return;
    }
    if (answer == QMessageBox::Reset) {
        m_model->reset(theirs.document, m_model->filePath());
        m_storeRevision = theirs.revision;
    }
    Q_EMIT saveFinished(false);
}
