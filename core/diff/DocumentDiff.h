#pragma once

// Field-level differences between two SMOUT documents, by key path.

#include "model/SmoutDocument.h"

#include <QList>
#include <QString>

namespace smout {

struct FieldChange {
    QString path;          // e.g. "questions.q2_authorities[1]"
    QString before, after; // JSON text of the value; empty when absent
    bool operator==(const FieldChange &) const = default;
};

QList<FieldChange> diffDocuments(const SmoutDocument &a, const SmoutDocument &b);

} // namespace smout
