#pragma once

// Owning handles for the NSS objects the signing code creates, each freed by its own NSS call.

#include <cert.h>
#include <cms.h>
#include <nss.h>
#include <pk11pub.h>

#include <QByteArray>

#include <memory>

namespace smout::signing {

template <auto Free> struct NssFree {
    template <typename T> void operator()(T *object) const { Free(object); }
};
struct ArenaFree {
    void operator()(PLArenaPool *arena) const { PORT_FreeArena(arena, PR_FALSE); }
};

using NssSlot = std::unique_ptr<PK11SlotInfo, NssFree<PK11_FreeSlot>>;
using NssCertificate = std::unique_ptr<CERTCertificate, NssFree<CERT_DestroyCertificate>>;
using NssCertList = std::unique_ptr<CERTCertList, NssFree<CERT_DestroyCertList>>;
using NssGenericObjects = std::unique_ptr<PK11GenericObject, NssFree<PK11_DestroyGenericObjects>>;
using NssCmsMessage = std::unique_ptr<NSSCMSMessage, NssFree<NSS_CMSMessage_Destroy>>;
using NssContext = std::unique_ptr<NSSInitContext, NssFree<NSS_ShutdownContext>>;
using NssArena = std::unique_ptr<PLArenaPool, ArenaFree>;

// The bytes as NSS reads them; they must outlive the item.
inline SECItem secItemOf(const QByteArray &bytes)
{
    return SECItem{siBuffer, reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.constData())), unsigned(bytes.size())};
}

// The certificate as NSS knows it: the one it holds already (in the database, or as the
// temporary certificate poppler made for the same signature: making a second one fails with
// SEC_ERROR_REUSED_ISSUER_AND_SERIAL), else a new temporary one.
inline NssCertificate knownCertificate(SECItem *der)
{
    if (CERTCertificate *held = CERT_FindCertByDERCert(CERT_GetDefaultCertDB(), der))
        return NssCertificate(held);
    return NssCertificate(CERT_NewTempCertificate(CERT_GetDefaultCertDB(), der, nullptr, PR_FALSE, PR_TRUE));
}

inline NssCertificate knownCertificate(const QByteArray &der)
{
    SECItem item = secItemOf(der);
    return knownCertificate(&item);
}

} // namespace smout::signing
