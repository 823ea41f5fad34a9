#pragma once

// The columns the inventory derives from a SMOUT when it stores a revision: its status,
// title, search words, and the canonical text with its SHA-256.

#include "InventoryStore.h"

#include <QByteArray>

namespace smout::store {

// Only what verifies moves the status: a determination counts with the reviewer's signature
// (without it the SMOUT is a draft: "determination not signed"), the author's signature makes
// a submission (after a return, the resubmission), counsel's a submission certified.
SmoutStatus statusOf(const SmoutDocument &doc, SmoutStatus previous, const SignedRoles &signedBy = {});
// "determination not signed" when the document's determination does not count; else empty.
QString unbelievedNote(const SmoutDocument &doc, const SignedRoles &signedBy);
QString titleOf(const SmoutDocument &doc);
QString searchTextOf(const SmoutDocument &doc);
// SHA-256 (hex) of a revision's stored text, the canonical JSON the file format writes.
QString checksumOf(const QString &storedText);

} // namespace smout::store
