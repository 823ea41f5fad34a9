#include "ChosenAnchors.h"

#include "NssHandles.h"

#include <QByteArray>

#include <cert.h>
#include <certdb.h>
#include <pk11pub.h>
#include <pkcs11n.h>
#include <prtime.h>
#include <secitem.h>

#include <cstring>
#include <memory>

namespace smout::signing {

namespace {

QByteArray attribute(PK11GenericObject *object, CK_ATTRIBUTE_TYPE type)
{
    SECItem item{};
    if (PK11_ReadRawAttribute(PK11_TypeGeneric, object, type, &item) != SECSuccess)
        return {};
    QByteArray out(reinterpret_cast<const char *>(item.data), qsizetype(item.len));
    SECITEM_FreeItem(&item, PR_FALSE);
    return out;
}

// The e-mail protection trust the token itself records for the certificate whose SHA-1 hash is
// `sha1`: trust objects are read from the token directly, since NSS's merged view of trust takes
// a built-in token's word for a certificate the user's token holds without trust.
bool tokenTrustsAsCa(PK11SlotInfo *slot, const QByteArray &sha1)
{
    NssGenericObjects objects(PK11_FindGenericObjects(slot, CKO_NSS_TRUST));
    for (PK11GenericObject *o = objects.get(); o; o = PK11_GetNextGenericObject(o)) {
        if (attribute(o, CKA_CERT_SHA1_HASH) != sha1)
            continue;
        const QByteArray email = attribute(o, CKA_TRUST_EMAIL_PROTECTION);
        CK_TRUST trust = 0;
        if (email.size() != qsizetype(sizeof trust))
            return false;
        std::memcpy(&trust, email.constData(), sizeof trust);
        return trust == CKT_NSS_TRUSTED_DELEGATOR;
    }
    return false;
}

bool nssTrustsAsCa(CERTCertificate *certificate)
{
    CERTCertTrust trust{};
    return CERT_GetCertTrust(certificate, &trust) == SECSuccess && (trust.emailFlags & CERTDB_TRUSTED_CA);
}

} // namespace

bool isChosenAnchor(CERTCertificate *certificate)
{
    if (!certificate)
        return false;
    NssSlot slot(PK11_GetInternalKeySlot());
    if (!slot || PK11_HasRootCerts(slot.get()))
        return false;
    // The tokens NSS already knows to hold the certificate: searching the token for its bytes
    // instead costs a database query per certificate (a third of `smout sign`'s check).
    const std::unique_ptr<PK11SlotList, NssFree<PK11_FreeSlotList>> holders(PK11_GetAllSlotsForCert(certificate, nullptr));
    bool held = false;
    for (PK11SlotListElement *e = holders ? holders->head : nullptr; e && !held; e = e->next)
        held = e->slot == slot.get();
    if (!held)
        return false;
    QByteArray sha1(20, '\0');
    if (PK11_HashBuf(SEC_OID_SHA1, reinterpret_cast<unsigned char *>(sha1.data()), certificate->derCert.data,
                     PRInt32(certificate->derCert.len))
        != SECSuccess)
        return false;
    return tokenTrustsAsCa(slot.get(), sha1);
}

QString unchosenAnchor(CERTCertificate *signer)
{
    const NssCertList chain(CERT_GetCertChainFromCert(signer, PR_Now(), certUsageEmailSigner));
    if (!chain || CERT_LIST_EMPTY(chain.get()))
        return QString::fromUtf8(signer->subjectName);
    CERTCertificate *last = signer;
    // The signer itself is never its own anchor: NSS does not accept it as one either.
    for (CERTCertListNode *n = CERT_LIST_NEXT(CERT_LIST_HEAD(chain.get())); !CERT_LIST_END(n, chain.get()); n = CERT_LIST_NEXT(n)) {
        if (isChosenAnchor(n->cert))
            return {};
        last = n->cert;
        // NSS stops at the first certificate it trusts as a CA: that is the anchor it used.
        if (nssTrustsAsCa(n->cert))
            break;
    }
    return QString::fromUtf8(last->subjectName);
}

} // namespace smout::signing
