#pragma once

// Internal to core/signing: the NSS objects behind a listed certificate.

#include <QString>

#include <cert.h>
#include <pk11pub.h>

namespace smout::signing {

// The token that holds the certificate called `nickname` and its key (a reference the
// caller frees with PK11_FreeSlot), or nullptr when no listed certificate has that name.
PK11SlotInfo *slotOfCertificate(const QString &nickname);

// The listed certificate called `nickname` (a reference the caller frees with
// CERT_DestroyCertificate), or nullptr.
CERTCertificate *certificateNamed(const QString &nickname);

} // namespace smout::signing
