#include "CmsSignature.h"

#include "NssHandles.h"

#include <QCoreApplication>

#include <cms.h>
#include <pk11pub.h>
#include <plstr.h>
#include <secerr.h>

#include <memory>

namespace smout::signing {

namespace {

struct CmsText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::CmsSignature)
};

// Answers the key's login with the secret already checked, once: a second request means the
// token refused it, and answering again would make NSS loop on a card that counts failures.
struct KeyLogin {
    QByteArray secret;
    int answered = 0;
};

char *answerKeyLogin(PK11SlotInfo *, PRBool retry, void *arg)
{
    auto *login = static_cast<KeyLogin *>(arg);
    if (!login || retry || login->answered > 0 || login->secret.isEmpty())
        return nullptr;
    ++login->answered;
    return PL_strdup(login->secret.constData());
}

QString nssError(const char *step)
{
    return CmsText::tr("the signature could not be made (%1, NSS error %2); nothing was signed")
        .arg(QString::fromLatin1(step))
        .arg(PORT_GetError());
}

} // namespace

Result<QByteArray> detachedCmsSignature(CERTCertificate *certificate, const QByteArray &digest,
                                        const QDateTime &signingTime, const QString &secret)
{
    if (!certificate || digest.size() != 32)
        return Error{CmsText::tr("the signature could not be made (no certificate or no SHA-256 "
                                 "digest); nothing was signed")};
    NssCmsMessage message(NSS_CMSMessage_Create(nullptr));
    if (!message)
        return Error{nssError("message")};
    NSSCMSSignedData *signedData = NSS_CMSSignedData_Create(message.get());
    if (!signedData)
        return Error{nssError("signed data")};
    NSSCMSContentInfo *outer = NSS_CMSMessage_GetContentInfo(message.get());
    if (NSS_CMSContentInfo_SetContent_SignedData(message.get(), outer, signedData) != SECSuccess)
        return Error{nssError("content")};
    // Detached: the signed PDF bytes are not inside the signature.
    NSSCMSContentInfo *inner = NSS_CMSSignedData_GetContentInfo(signedData);
    if (NSS_CMSContentInfo_SetContent_Data(message.get(), inner, nullptr, PR_TRUE) != SECSuccess)
        return Error{nssError("detached content")};
    NSSCMSSignerInfo *signer = NSS_CMSSignerInfo_Create(message.get(), certificate, SEC_OID_SHA256);
    if (!signer)
        return Error{nssError("signer")};
    if (NSS_CMSSignerInfo_IncludeCerts(signer, NSSCMSCM_CertChain, certUsageEmailSigner) !=
        SECSuccess)
        return Error{nssError("certificate chain")};
    if (NSS_CMSSignerInfo_AddSigningTime(signer, PRTime(signingTime.toMSecsSinceEpoch()) *
                                                     PR_USEC_PER_MSEC) != SECSuccess)
        return Error{nssError("signing time")};
    if (NSS_CMSSignedData_AddSignerInfo(signedData, signer) != SECSuccess)
        return Error{nssError("signer info")};
    SECItem digestItem{siBuffer,
                       reinterpret_cast<unsigned char *>(const_cast<char *>(digest.constData())),
                       unsigned(digest.size())};
    if (NSS_CMSSignedData_SetDigestValue(signedData, SEC_OID_SHA256, &digestItem) != SECSuccess)
        return Error{nssError("digest")};

    NssArena arena(PORT_NewArena(DER_DEFAULT_CHUNKSIZE));
    SECItem der{siBuffer, nullptr, 0};
    KeyLogin login{secret.toUtf8(), 0};
    // The encoder signs the signed attributes: the one private-key operation.
    NSSCMSEncoderContext *encoder =
        NSS_CMSEncoder_Start(message.get(), nullptr, nullptr, &der, arena.get(), answerKeyLogin,
                             &login, nullptr, nullptr, nullptr, nullptr);
    if (!encoder)
        return Error{nssError("encoder")};
    if (NSS_CMSEncoder_Finish(encoder) != SECSuccess || !der.data)
        return Error{nssError("signing")};
    return QByteArray(reinterpret_cast<const char *>(der.data), int(der.len));
}

} // namespace smout::signing
