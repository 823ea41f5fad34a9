#pragma once

// Owning handles for the NSS objects the signing code creates, each freed by its own NSS call.

#include <cert.h>
#include <cms.h>
#include <nss.h>
#include <pk11pub.h>

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

} // namespace smout::signing
