#include "CertificateList.h"

#include "NssHandles.h"

#include "CertificateSlot.h"
#include "TokenLogin.h"

#include <QCoreApplication>
#include <QDateTime>

#include <certdb.h>
#include <nss.h>

#include <memory>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct ListText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::CertificateList)
};

using CertList = NssCertList;

CertList userCertificates()
{
    return CertList(PK11_ListCerts(PK11CertListUser, nullptr));
}

QDate dateOf(PRTime t)
{
    return QDateTime::fromMSecsSinceEpoch(t / PR_USEC_PER_MSEC, Qt::UTC).date();
}

QStringList keyUsageNames(unsigned int usage)
{
    static const std::pair<unsigned int, const char16_t *> names[] = {
        {KU_DIGITAL_SIGNATURE, u"digitalSignature"}, {KU_NON_REPUDIATION, u"nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, u"keyEncipherment"},   {KU_DATA_ENCIPHERMENT, u"dataEncipherment"},
        {KU_KEY_AGREEMENT, u"keyAgreement"},         {KU_KEY_CERT_SIGN, u"keyCertSign"},
        {KU_CRL_SIGN, u"cRLSign"},
    };
    QStringList out;
    for (const auto &[bit, name] : names)
        if (usage & bit)
            out << QString::fromUtf16(name);
    return out;
}

// Why this certificate may not sign a SMOUT document, or empty. A document signature commits
// the signer, so the key usage must include nonRepudiation (the PIV Digital Signature
// certificate); the PIV Authentication and Card Authentication certificates are for logging
// in, the Key Management certificate only for encryption.
QString refusal(CERTCertificate *cert, const QStringList &usage, PRTime notBefore, PRTime notAfter, const QDateTime &now)
{
    if (CERT_IsCACert(cert, nullptr))
        return ListText::tr("a certificate authority's certificate, not a signer's");
    if (cert->keyUsagePresent && !(cert->keyUsage & KU_NON_REPUDIATION)) {
        if (cert->keyUsage & KU_DIGITAL_SIGNATURE)
            return ListText::tr("its key usage (%1) is for logging in, not for signing documents: it lacks nonRepudiation")
                .arg(usage.join(u", "_s));
        return ListText::tr("its key usage (%1) does not allow signing").arg(usage.isEmpty() ? ListText::tr("none") : usage.join(u", "_s));
    }
    const PRTime at = now.toMSecsSinceEpoch() * PR_USEC_PER_MSEC;
    if (at < notBefore)
        return ListText::tr("not valid before %1").arg(dateOf(notBefore).toString(Qt::ISODate));
    if (at > notAfter)
        return ListText::tr("expired on %1").arg(dateOf(notAfter).toString(Qt::ISODate));
    return {};
}

SigningCertificate describe(CERTCertificate *cert, const QDateTime &now)
{
    SigningCertificate c;
    c.nickname = QString::fromUtf8(cert->nickname);
    c.subject = QString::fromUtf8(cert->subjectName);
    c.issuer = QString::fromUtf8(cert->issuerName);
    if (char *cn = CERT_GetCommonName(&cert->subject)) {
        c.commonName = QString::fromUtf8(cn);
        PORT_Free(cn);
    }
    PRTime notBefore = 0, notAfter = 0;
    CERT_GetCertTimes(cert, &notBefore, &notAfter);
    c.notBefore = dateOf(notBefore);
    c.notAfter = dateOf(notAfter);
    c.token = cert->slot ? tokenName(cert->slot) : QString();
    c.keyUsage = cert->keyUsagePresent ? keyUsageNames(cert->keyUsage) : QStringList();
    c.reason = refusal(cert, c.keyUsage, notBefore, notAfter, now);
    c.signing = c.reason.isEmpty();
    c.who = identityOfCertificate(QByteArray(reinterpret_cast<const char *>(cert->derCert.data), int(cert->derCert.len)));
    return c;
}

} // namespace

Result<QList<SigningCertificate>> listCertificates(SecretPrompt *prompt, const QDateTime &now)
{
    if (!NSS_IsInitialized())
        return Error{ListText::tr("no certificate database is open")};
    if (prompt) {
        PK11SlotInfo *db = PK11_GetInternalKeySlot();
        Result<QString> unlocked = PK11_IsLoggedIn(db, nullptr) ? Result<QString>(QString()) : logIn(db, *prompt);
        PK11_FreeSlot(db);
        if (!unlocked)
            return Error{unlocked.error()};
    }
    QList<SigningCertificate> out;
    for (const ListedCertificate &c : listedCertificates(now))
        out << c.described;
    return out;
}

std::vector<ListedCertificate> listedCertificates(const QDateTime &now)
{
    std::vector<ListedCertificate> out;
    CertList list = userCertificates();
    if (list)
        for (CERTCertListNode *n = CERT_LIST_HEAD(list.get()); !CERT_LIST_END(n, list.get()); n = CERT_LIST_NEXT(n))
            if (n->cert->nickname)
                out.push_back({describe(n->cert, now), NssCertificate(CERT_DupCertificate(n->cert))});
    return out;
}

int preferredCertificate(const QList<SigningCertificate> &certificates)
{
    for (int i = 0; i < certificates.size(); ++i)
        if (certificates[i].signing)
            return i;
    return -1;
}

PK11SlotInfo *slotOfCertificate(CERTCertificate *certificate)
{
    return certificate->slot ? PK11_ReferenceSlot(certificate->slot) : PK11_GetInternalKeySlot();
}

} // namespace smout::signing
