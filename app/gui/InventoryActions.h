#pragma once

// File → Save to Inventory and opening a SMOUT from the inventory, off the GUI thread
// (InventoryWork): the window stays responsive while the inventory answers, a busy bar in
// the status bar says what is being done, and an unreachable inventory ends in a message
// that names it, with the work kept. A save that finds someone else's newer revision asks
// the user (keep mine as a new revision, or reload theirs).

#include "store/InventoryStore.h"

#include <QObject>

#include <functional>
#include <optional>

class InventoryWork;
class QStatusBar;
class QWidget;

namespace smout {
class DocumentModel;
}

class InventoryActions : public QObject {
    Q_OBJECT
public:
    InventoryActions(smout::DocumentModel *model, QStatusBar *statusBar, QWidget *window);

    bool busy() const;
    // The inventory revision the document was opened from or last saved as (0: none).
    int storeRevision() const { return m_storeRevision; }

    // Starts saving the document as a new revision; false (nothing started) while the
    // inventory is still busy with an earlier request, or when the document was opened
    // read-only because the user may not change it (said in a message). Ends with saveFinished().
    bool save();
    // Starts loading SMOUT `id`; when it arrives, `replace` puts it in the window unless the
    // document was edited meanwhile and `askToSave` (Save/Discard/Cancel) says no. False
    // (nothing started) while the inventory is busy. A SMOUT the user may not change opens
    // read-only (DocumentModel::readOnlyReason). Ends with openFinished().
    bool open(const QString &id, std::function<bool()> askToSave, std::function<void(const smout::store::StoredSmout &)> replace);

Q_SIGNALS:
    // Whether a new revision was stored (false: error, conflict left to the user, or reload).
    void saveFinished(bool saved);
    // Whether the SMOUT replaced the document.
    void openFinished(bool opened);

private:
    // What one save job found: the outcome and, on a conflict, the revision that came first.
    struct SaveAttempt {
        smout::store::SaveOutcome outcome;
        std::optional<smout::store::StoredSmout> theirs;
    };
    // `expected`: the stored revision the save is made on top of; none: work it out from
    // storeRevision() and whether the SMOUT is stored already.
    void startSave(const smout::SmoutDocument &doc, std::optional<int> expected);
    void saved(const smout::SmoutDocument &doc, const smout::Result<SaveAttempt> &attempt);

    smout::DocumentModel *m_model;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    InventoryWork *m_work;
    int m_storeRevision = 0;
    bool m_editedWhileOpening = false;
};
