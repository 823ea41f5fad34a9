#include "RevocationLists.h"

#include "NssHandles.h"
#include "ValidationDataShape.h"

#include <cert.h>
#include <certdb.h>
#include <secder.h>

#include <functional>

namespace smout::signing {

namespace {

using NssCrl = std::unique_ptr<CERTSignedCrl, NssFree<SEC_DestroyCrl>>;

NssCrl decoded(const QByteArray &der)
{
    SECItem item = secItemOf(der);
    // Without DONT_COPY the CRL keeps its own copy of the DER, so `der` may go first.
    return NssCrl(CERT_DecodeDERCrlWithFlags(nullptr, &item, SEC_CRL_TYPE, CRL_DECODE_DEFAULT_OPTIONS));
}

std::optional<QDateTime> timeOf(const SECItem &item)
{
    PRTime t = 0;
    if (DER_DecodeTimeChoice(&t, &item) != SECSuccess)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(t / PR_USEC_PER_MSEC, Qt::UTC);
}

} // namespace

namespace {

// Each CRL among `crls` that the certificate's issuer issued and signed, for `use`.
void forEachIssuerList(const QByteArray &certificate, const QList<QByteArray> &crls,
                       const std::function<void(const CERTCertificate *, const CERTSignedCrl *, const QDateTime &issued)> &use)
{
    if (certificate.isEmpty() || crls.isEmpty())
        return;
    const NssCertificate subject = knownCertificate(certificate);
    if (!subject)
        return;
    const NssCertificate issuer(CERT_FindCertIssuer(subject.get(), PR_Now(), certUsageAnyCA));
    if (!issuer)
        return;
    for (const QByteArray &der : crls) {
        const NssCrl crl = decoded(der);
        if (!crl || SECITEM_CompareItem(&crl->crl.derName, &subject->derIssuer) != SECEqual)
            continue;
        // The issuer's key signed it, checked as of the list's own date.
        const std::optional<QDateTime> issued = timeOf(crl->crl.lastUpdate);
        const PRTime at = issued ? PRTime(issued->toMSecsSinceEpoch()) * PR_USEC_PER_MSEC : PR_Now();
        if (CERT_VerifySignedData(&crl->signatureWrap, issuer.get(), at, nullptr) == SECSuccess)
            use(subject.get(), crl.get(), issued.value_or(QDateTime()));
    }
}

} // namespace

std::optional<QDateTime> revocationDate(const QByteArray &certificate, const QList<QByteArray> &crls)
{
    std::optional<QDateTime> earliest;
    forEachIssuerList(certificate, crls, [&](const CERTCertificate *subject, const CERTSignedCrl *crl, const QDateTime &) {
        for (CERTCrlEntry **entry = crl->crl.entries; entry && *entry; ++entry) {
            if (SECITEM_CompareItem(&(*entry)->serialNumber, &subject->serialNumber) != SECEqual)
                continue;
            if (const std::optional<QDateTime> when = timeOf((*entry)->revocationDate); when && (!earliest || *when < *earliest))
                earliest = when;
        }
    });
    return earliest;
}

bool hasIssuerRevocationList(const QByteArray &certificate, const QList<QByteArray> &crls, const QDateTime &issuedAfter)
{
    bool found = false;
    forEachIssuerList(certificate, crls, [&](const CERTCertificate *, const CERTSignedCrl *, const QDateTime &issued) {
        found = found || (issued.isValid() && issued >= issuedAfter);
    });
    return found;
}

bool isRevocationList(const QByteArray &der)
{
    return !der.isEmpty() && decoded(der) != nullptr;
}

QByteArray revocationListFromFile(const QByteArray &bytes)
{
    static const QByteArray begin = "-----BEGIN X509 CRL-----", end = "-----END X509 CRL-----";
    const qsizetype from = bytes.indexOf(begin);
    if (from < 0)
        return isRevocationList(bytes) ? bytes : QByteArray();
    const qsizetype to = bytes.indexOf(end, from);
    if (to < 0)
        return {};
    const QByteArray der = QByteArray::fromBase64(bytes.mid(from + begin.size(), to - from - begin.size()).simplified().replace(' ', ""));
    return isRevocationList(der) ? der : QByteArray();
}

QByteArray ocspResponseFromFile(const QByteArray &bytes)
{
    return isOcspResponse(bytes) ? bytes : QByteArray();
}

} // namespace smout::signing
