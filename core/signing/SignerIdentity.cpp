#include "SignerIdentity.h"

#include "NssHandles.h"
#include "TrustAnchors.h"

#include <QCoreApplication>

#include <QCryptographicHash>

#include <secasn1.h>

#include <cstring>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

QString takeString(char *text)
{
    if (!text)
        return {};
    const QString out = QString::fromUtf8(text);
    PORT_Free(text);
    return out;
}

// The e-mail of the subject alternative name, when the subject itself names none.
QString alternativeEmail(CERTCertificate &cert, PLArenaPool *arena)
{
    SECItem extension{siBuffer, nullptr, 0};
    if (CERT_FindCertExtension(&cert, SEC_OID_X509_SUBJECT_ALT_NAME, &extension) != SECSuccess)
        return {};
    QString email;
    if (CERTGeneralName *first = CERT_DecodeAltNameExtension(arena, &extension)) {
        CERTGeneralName *name = first;
        do {
            if (name->type == certRFC822Name && email.isEmpty())
                email = QString::fromUtf8(reinterpret_cast<const char *>(name->name.other.data), int(name->name.other.len));
            name = CERT_GetNextGeneralName(name);
        } while (name && name != first);
    }
    SECITEM_FreeItem(&extension, PR_FALSE);
    return email;
}

} // namespace

// Decoded here rather than looked up in the certificate database: the database may hold
// another certificate under the same issuer and serial number, and nothing is stored.
SignerIdentity identityOfCertificate(const QByteArray &der)
{
    if (der.isEmpty() || !NSS_IsInitialized())
        return {};
    NssArena arena(PORT_NewArena(DER_DEFAULT_CHUNKSIZE));
    if (!arena)
        return {};
    SECItem item{siDERCertBuffer, nullptr, 0};
    if (!SECITEM_AllocItem(arena.get(), &item, unsigned(der.size())))
        return {};
    memcpy(item.data, der.constData(), size_t(der.size()));
    CERTCertificate cert{};
    if (SEC_QuickDERDecodeItem(arena.get(), &cert, SEC_ASN1_GET(SEC_SignedCertificateTemplate), &item) != SECSuccess)
        return {};
    SignerIdentity who;
    who.sha256 = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
    who.subject = takeString(CERT_NameToAscii(&cert.subject));
    who.commonName = takeString(CERT_GetCommonName(&cert.subject));
    who.email = takeString(CERT_GetCertEmailAddress(&cert.subject));
    if (who.email.isEmpty())
        who.email = alternativeEmail(cert, arena.get());
    who.email = who.email.toLower();
    return who;
}

Result<SignerIdentity> identityOfPemFile(const QString &pemFile)
{
    auto der = firstCertificate(pemFile);
    if (!der)
        return Error{der.error()};
    if (!NSS_IsInitialized())
        NSS_NoDB_Init(nullptr);
    const SignerIdentity who = identityOfCertificate(der.value());
    if (!who.known())
        return Error{QCoreApplication::translate("smout::signing::SignerIdentity", "%1 holds no readable certificate").arg(pemFile)};
    return who;
}

QString displayFingerprint(const QString &sha256)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256.size(); i += 2)
        pairs << sha256.mid(i, 2).toUpper();
    return pairs.join(u':');
}

} // namespace smout::signing
