#include "PdfSigner.h"

#include "NssHandles.h"

#include "CertificateList.h"
#include "CertificateSlot.h"
#include "CmsSignature.h"
#include "NssDatabase.h"
#include "SignatureRevision.h"
#include "SignatureTimestamp.h"
#include "TimestampQuery.h"
#include "TokenLogin.h"
#include "model/Roles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>
#include <memory>
#include <vector>

#include <nss.h>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct SignText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::PdfSigner)
};

// The signature's reason and drawn text keep to Latin-1, which every reader decodes alike;
// the widget's /TU carries the signer's name exactly.
QString latin1(const QString &text)
{
    return QString::fromLatin1(text.toLatin1());
}

} // namespace

namespace {

using Slot = NssSlot;
using Certificate = NssCertificate;

// The bytes kept in the file for the signature: its certificate chain, as the signature
// carries it, plus room for the signature value (up to RSA-4096) and the CMS structure.
qsizetype signatureRoom(CERTCertificate *certificate)
{
    qsizetype chain = certificate->derCert.len;
    if (CERTCertificateList *list = CERT_CertChainFromCert(certificate, certUsageEmailSigner, PR_TRUE)) {
        chain = 0;
        for (int i = 0; i < list->len; ++i)
            chain += list->certs[i].len;
        CERT_DestroyCertificateList(list);
    }
    return chain + 4096;
}

// Room for a timestamp token: the TSA's signature, its certificate and a short chain.
constexpr qsizetype TimestampRoom = 12 * 1024;

// The certificate to sign with, refused before any card is touched when it may not sign;
// `handle` is set to the very certificate described.
Result<SigningCertificate> chooseCertificate(const QString &nickname, Certificate &handle)
{
    if (!NSS_IsInitialized())
        return Error{SignText::tr("no certificate database is open")};
    std::vector<ListedCertificate> listed = listedCertificates(QDateTime::currentDateTimeUtc());
    if (nickname.isEmpty()) {
        const auto preferred = std::find_if(listed.begin(), listed.end(), [](const ListedCertificate &c) { return c.described.signing; });
        if (preferred == listed.end())
            return Error{listed.empty() ? SignText::tr("no certificate with a private key in %1 or on a card; nothing was signed").arg(NssDatabase::current())
                                        : SignText::tr("none of the certificates may sign documents (see smout certs); nothing was signed")};
        handle = std::move(preferred->certificate);
        return preferred->described;
    }
    QStringList available;
    for (ListedCertificate &c : listed) {
        if (c.described.nickname == nickname) {
            if (!c.described.signing)
                return Error{SignText::tr("the certificate \"%1\" may not sign: %2; nothing was signed").arg(nickname, c.described.reason)};
            handle = std::move(c.certificate);
            return c.described;
        }
        available << c.described.nickname;
    }
    // "PIV_II:Certificate for Digital Signature" names a token that may have been removed.
    const qsizetype colon = nickname.indexOf(u':');
    if (colon > 0) {
        const QByteArray token = nickname.left(colon).toUtf8();
        Slot slot(PK11_FindSlotByName(token.constData()));
        if (!slot || !PK11_IsPresent(slot.get()))
            return Error{notPresent(nickname.left(colon))};
    }
    return Error{SignText::tr("no signing certificate named \"%1\" in %2 (available: %3)")
                     .arg(nickname, NssDatabase::current(), available.isEmpty() ? SignText::tr("none") : available.join(u", "_s))};
}

} // namespace

Result<SignedPdf> signPdf(const QByteArray &pdf, const SignRequest &request)
{
    if (NssDatabase::current().isEmpty())
        return Error{SignText::tr("no certificate database is open")};
    if (!request.prompt)
        return Error{SignText::tr("no way to ask for a passphrase or PIN")};
    if (!request.tsa.isEmpty())
        if (const QString problem = timestampAuthorityProblem(request.tsa); !problem.isEmpty())
            return Error{SignText::tr("%1; nothing was signed").arg(problem)};
    // A passphrase-protected database hides its keys until it is unlocked.
    Slot database(PK11_GetInternalKeySlot());
    QString databaseSecret;
    const bool unlockDatabase = PK11_NeedLogin(database.get()) && !PK11_IsLoggedIn(database.get(), nullptr);
    if (unlockDatabase) {
        auto secret = logIn(database.get(), *request.prompt);
        if (!secret)
            return Error{secret.error()};
        databaseSecret = *secret;
    }
    Certificate certificate;
    auto chosen = chooseCertificate(request.nickname, certificate);
    if (!chosen)
        return Error{chosen.error()};
    const QString nickname = chosen->nickname;
    if (!certificate)
        return Error{SignText::tr("the certificate \"%1\" is no longer available; nothing was signed").arg(nickname)};
    if (request.admit) {
        const QByteArray der(reinterpret_cast<const char *>(certificate->derCert.data), int(certificate->derCert.len));
        if (const Status admitted = request.admit(identityOfCertificate(der)); !admitted)
            return Error{SignText::tr("the certificate \"%1\" may not sign as %2: %3; nothing was signed")
                             .arg(nickname, QString(codeOf(request.role)), admitted.error())};
    }
    Slot slot(slotOfCertificate(certificate.get()));
    // Signing always asks for a secret: a key kept in a database without a passphrase would
    // sign for anyone who can read the user's files.
    if (isDatabase(slot.get()) && !PK11_NeedLogin(slot.get()))
        return Error{SignText::tr("the certificate database %1 has no passphrase, so its key would sign without asking for one: give "
                                  "the database a passphrase first (SMOUT Studio offers it when you sign, or run certutil -W -d "
                                  "sql:%1); nothing was signed")
                         .arg(NssDatabase::current())};
    QString secret = databaseSecret;
    if (!(unlockDatabase && isDatabase(slot.get()))) {
        auto typed = logIn(slot.get(), *request.prompt);
        if (!typed)
            return Error{typed.error()};
        secret = *typed;
    }
    const QString signer = chosen->commonName.isEmpty() ? nickname : chosen->commonName;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    SignatureFields fields;
    fields.role = request.role;
    fields.reason = latin1(signingReason(request.role));
    fields.signer = signer;
    fields.leftText = latin1(roleName(request.role) + u'\n' + now.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    fields.rightText = latin1(SignText::tr("Signed by %1").arg(signer));
    fields.time = now;
    fields.description = SignText::tr("Signature of %1, %2, %3").arg(roleInSentence(request.role), signer, now.toString(u"yyyy-MM-dd"_s));
    fields.reserved = signatureRoom(certificate.get()) + (request.tsa.isEmpty() ? 0 : TimestampRoom);
    auto revision = addSignatureRevision(pdf, fields);
    if (!revision)
        return Error{revision.error()};
    const QByteArray digest = QCryptographicHash::hash(revision->signedBytes(), QCryptographicHash::Sha256);
    // The one private-key operation; a key that asks for the PIN per use gets the secret just
    // checked, without a second prompt.
    auto der = detachedCmsSignature(certificate.get(), digest, now, secret);
    if (!der && !PK11_IsPresent(slot.get()))
        return Error{notPresent(tokenName(slot.get()))};
    if (!der)
        return Error{SignText::tr("signing with \"%1\" failed: %2").arg(nickname, der.error())};
    if (!request.tsa.isEmpty()) {
        // Over the signature value, after the one private-key operation.
        der = timestampSignature(*der, request.tsa, request.tsaTimeoutSeconds);
        if (!der)
            return Error{SignText::tr("no timestamp from %1: %2; nothing was signed").arg(request.tsa.toDisplayString(), der.error())};
    }
    auto bytes = fillSignature(*revision, *der);
    if (!bytes)
        return Error{bytes.error()};
    return SignedPdf{*bytes, nickname};
}

} // namespace smout::signing
