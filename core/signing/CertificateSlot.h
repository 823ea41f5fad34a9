#pragma once

// Internal to core/signing: the NSS objects behind a listed certificate.

#include <QString>

#include <cert.h>
#include <pk11pub.h>

namespace smout::signing {

// The listed certificate called `nickname` (a reference the caller frees with
// CERT_DestroyCertificate), or nullptr.
CERTCertificate *certificateNamed(const QString &nickname);

// The token that holds the certificate and its key (a reference the caller frees with
// PK11_FreeSlot).
PK11SlotInfo *slotOfCertificate(CERTCertificate *certificate);

} // namespace smout::signing
