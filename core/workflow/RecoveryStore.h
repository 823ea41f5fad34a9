#pragma once

// Recovery copies of unsaved work: written a moment after each change, removed on save or
// clean close, and offered back on the next start after a crash. Each running window holds
// a lock on its own copy, so another window never offers (or deletes) a copy whose owner is
// still running: only copies whose owner has gone are leftovers.

#include "model/SmoutDocument.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace smout::workflow {

struct RecoveredWork {
    QString recoveryFile;
    QString originalPath; // empty for a document never saved
    SmoutDocument document;
    // Held while the copy is offered, so that two starting windows do not both take it.
    std::shared_ptr<QLockFile> lock;
};

class RecoveryStore {
public:
    RecoveryStore();
    static QString directory();

    void save(const SmoutDocument &doc, const QString &originalPath);
    void discard();
    // Copies whose owner has ended (crashed or killed) without saving or closing.
    static QList<RecoveredWork> leftovers();
    static void remove(const RecoveredWork &work);

private:
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace smout::workflow
