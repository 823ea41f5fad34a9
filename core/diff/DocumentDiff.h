#pragma once

// Field-level differences between two SMOUT documents, by key path. The requests for
// additional information are compared request by request (RequestChanges.h): one change
// per event, at the request's key path in the later document.

#include "model/SmoutDocument.h"

#include <QList>
#include <QString>

namespace smout {

struct FieldChange {
    QString path;          // e.g. "questions.q2_authorities[1]"
    QString before, after; // JSON text of the value; empty when absent
    QString request;       // a request's id when the change is to that request, else empty
    QString change;        // then what happened to it (requestChangeCode: "answered"…)
    bool operator==(const FieldChange &) const = default;
};

QList<FieldChange> diffDocuments(const SmoutDocument &a, const SmoutDocument &b);

} // namespace smout
