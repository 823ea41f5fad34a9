#pragma once

// What the import says of each field: where its value came from, why it was inferred, or
// that nothing was found. Every leaf of the resulting document gets one entry.

#include "OrderedLeaves.h"

#include <QHash>
#include <QList>
#include <QString>

namespace smout::legacy {

enum class FieldStatus { Mapped, Inferred, Missing };
QString statusCode(FieldStatus s); // "mapped", "inferred", "missing"

struct FieldReport {
    QString path;
    FieldStatus status = FieldStatus::Missing;
    QString source; // where the value stands in the source (mapped, inferred)
    QString reason; // why it was inferred, or why nothing was taken
};

struct UnmappedText {
    QString source;
    QString text;
};

// Statuses recorded while reading, by key path ("summary.pias[1]" covers its leaves).
class FieldNotes {
public:
    void mapped(const QString &path, const QString &source);
    void inferred(const QString &path, const QString &source, const QString &reason);
    void missing(const QString &path, const QString &reason);

    // One entry per leaf (OrderedLeaves.h), an empty list being one leaf. A leaf holding
    // nothing (null, "", false) is missing unless its own path was noted.
    QList<FieldReport> reportFor(const QList<Leaf> &leaves) const;

private:
    QHash<QString, FieldReport> m_notes;
};

} // namespace smout::legacy
