#pragma once

// Internal to core/signing: the NSS objects behind a listed certificate.

#include "CertificateList.h"
#include "NssHandles.h"

#include <QDateTime>
#include <QString>

#include <cert.h>
#include <pk11pub.h>

#include <vector>

namespace smout::signing {

// The listed certificates (listCertificates without a prompt), each with the NSS certificate
// it describes: signing checks and uses the very certificate it chose, from one listing (each
// listing asks every token for its keys).
struct ListedCertificate {
    SigningCertificate described;
    NssCertificate certificate;
};
std::vector<ListedCertificate> listedCertificates(const QDateTime &now);

// The token that holds the certificate and its key (a reference the caller frees with
// PK11_FreeSlot).
PK11SlotInfo *slotOfCertificate(CERTCertificate *certificate);

} // namespace smout::signing
