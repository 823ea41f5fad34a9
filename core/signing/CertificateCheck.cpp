#include "CertificateCheck.h"

#include "NssHandles.h"

#include "ChosenAnchors.h"

#include <cert.h>
#include <certdb.h>
#include <cms.h>
#include <ocsp.h>
#include <prerror.h>
#include <secerr.h>

#include <memory>
#include <vector>

namespace smout::signing {

namespace {

using Certificate = NssCertificate;

// The certificates a CMS signature carries, known to NSS while the result lives.
std::vector<Certificate> carriedCertificates(const QByteArray &cms)
{
    std::vector<Certificate> out;
    SECItem item = secItemOf(cms);
    NssCmsMessage message(NSS_CMSMessage_CreateFromDER(&item, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr));
    if (!message || !NSS_CMSMessage_IsSigned(message.get()))
        return out;
    NSSCMSContentInfo *info = NSS_CMSMessage_ContentLevel(message.get(), 0);
    auto *signedData = info ? static_cast<NSSCMSSignedData *>(NSS_CMSContentInfo_GetContent(info)) : nullptr;
    if (!signedData || !signedData->rawCerts)
        return out;
    for (SECItem **raw = signedData->rawCerts; *raw; ++raw)
        if (Certificate c = knownCertificate(*raw))
            out.push_back(std::move(c));
    return out;
}

Poppler::SignatureValidationInfo::CertificateStatus statusOfError(PRErrorCode error)
{
    using S = Poppler::SignatureValidationInfo;
    switch (error) {
    case SEC_ERROR_UNKNOWN_ISSUER:
        return S::CertificateUnknownIssuer;
    case SEC_ERROR_UNTRUSTED_ISSUER:
    case SEC_ERROR_CA_CERT_INVALID:
        return S::CertificateUntrustedIssuer;
    case SEC_ERROR_REVOKED_CERTIFICATE:
        return S::CertificateRevoked;
    case SEC_ERROR_EXPIRED_CERTIFICATE:
    case SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE:
        return S::CertificateExpired;
    default:
        return S::CertificateGenericError;
    }
}

} // namespace

CertificateVerdict checkSignerCertificate(const QByteArray &signer, const QByteArray &cms, const CertificateCheck &how)
{
    using S = Poppler::SignatureValidationInfo;
    if (signer.isEmpty())
        return {S::CertificateNotVerified, {}};
    const std::vector<Certificate> carried = carriedCertificates(cms);
    SECItem der = secItemOf(signer);
    const Certificate certificate = knownCertificate(&der);
    if (!certificate)
        return {S::CertificateGenericError, {}};
    // NSS's classic verification: the PKIX one fails on a temporary certificate poppler made
    // and released for the same signature (SEC_ERROR_REUSED_ISSUER_AND_SERIAL). It asks OCSP
    // responders only while OCSP checking is enabled, which only --online does, and it never
    // fetches certificates or CRLs.
    CERTCertDBHandle *db = CERT_GetDefaultCertDB();
    if (how.online)
        CERT_EnableOCSPChecking(db);
    else
        CERT_DisableOCSPChecking(db);
    PR_SetError(0, 0);
    const PRTime at = how.at.isValid() ? PRTime(how.at.toMSecsSinceEpoch()) * PR_USEC_PER_MSEC : PR_Now();
    if (CERT_VerifyCertificate(db, certificate.get(), PR_TRUE, certificateUsageEmailSigner, at, nullptr, nullptr, nullptr) == SECSuccess) {
        if (QString root = unchosenAnchor(certificate.get()); !root.isEmpty())
            return {S::CertificateUntrustedIssuer, root};
        return {S::CertificateTrusted, {}};
    }
    return {statusOfError(PORT_GetError()), {}};
}

} // namespace smout::signing
