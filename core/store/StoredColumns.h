#pragma once

// The columns the inventory derives from a SMOUT when it stores a revision: its status,
// title, search words, and the canonical text with its SHA-256.

#include "InventoryStore.h"

#include <QByteArray>

namespace smout::store {

// `authorSigned`: the revision comes from an author-signed PDF (a resubmission after a return).
SmoutStatus statusOf(const SmoutDocument &doc, SmoutStatus previous, bool authorSigned = false);
QString titleOf(const SmoutDocument &doc);
QString searchTextOf(const SmoutDocument &doc);
// SHA-256 (hex) of a revision's stored text, the canonical JSON the file format writes.
QString checksumOf(const QString &storedText);

} // namespace smout::store
