#pragma once

// What the inventory may believe about a signed file: whose signatures hold up (valid,
// trusted, nothing changed after signing, and listed in the role registry where there is
// one). The author's counts only in a file with no problem of its own, counsel's only on top
// of the author's, the reviewer's only on an adjudication whose embedded submission holds up
// as a whole.

#include "SignatureVerifier.h"
#include "store/InventoryStore.h"

namespace smout::signing {

class RoleRegistry;

store::SignedRoles signedRolesOf(const VerificationReport &report);

// Verifies `pdf` against the open certificate database; `unbelieved` gets why a signature the
// file carries does not count (empty when every one counts).
store::SignedRoles verifiedRolesOf(const QByteArray &pdf, const RoleRegistry *registry, QString *unbelieved);

} // namespace smout::signing
