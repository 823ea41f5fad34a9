#pragma once

#include "model/SmoutDocument.h"

#include <QJsonObject>

namespace smout {

// The document being edited as the editing session keeps it, before or after one change: the
// document, its file form for reading values by key path, and the size readSmout would
// count for that file form, so an edit of one field updates the three in place instead of
// writing and reading the whole document.
struct DocumentState {
    SmoutDocument doc;
    QJsonObject json;      // io::toJsonObject(doc)
    qsizetype dataSize = 0; // bytes of `json` written compactly, against io::MaxDataSize

    // The state of a whole document (open, restore, markings, requests): writes it once.
    static DocumentState of(const SmoutDocument &doc);
};

// The bytes `value` takes in compact JSON: its share of DocumentState::dataSize.
qsizetype compactJsonSize(const QJsonValue &value);

} // namespace smout
