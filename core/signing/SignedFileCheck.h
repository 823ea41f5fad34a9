#pragma once

// A signature is never born broken: what sign has just written is verified as `smout verify`
// would verify it, and refused (so the caller deletes it) when verification would find
// anything wrong with the file itself: a signature that does not hold, changes after a
// signature, or pages that do not read as the embedded data. Whether the signer's certificate
// is trusted is left out: that is the verifier's choice of trust anchors, not the file's.

#include "model/Result.h"

#include <QByteArray>

namespace smout::signing {

// Verifies against the open certificate database, so call it once that is open.
Status checkSignedFile(const QByteArray &signedPdf);

} // namespace smout::signing
