#pragma once

// Recovery copies of unsaved work: written a moment after each change, removed on save or
// clean close, and offered back on the next start after a crash.

#include "model/SmoutDocument.h"

#include <QString>

struct RecoveredWork {
    QString recoveryFile;
    QString originalPath; // empty for a document never saved
    smout::SmoutDocument document;
};

class RecoveryStore {
public:
    RecoveryStore();
    static QString directory();

    void save(const smout::SmoutDocument &doc, const QString &originalPath);
    void discard();
    // Copies left by other (ended) sessions.
    static QList<RecoveredWork> leftovers();
    static void remove(const RecoveredWork &work);

private:
    QString m_file;
};
