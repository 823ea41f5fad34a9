#include "LongTermValidation.h"

#include "CertificateChain.h"
#include "OcspResponses.h"
#include "RevocationLists.h"

namespace smout::signing {

namespace {

// The chain in the /DSS, each certificate below the root with a CRL issued since `proven` or
// an OCSP response giving its status since then.
bool chainHeld(const QByteArray &certificate, const ValidationData &dss, const QDateTime &proven)
{
    if (certificate.isEmpty())
        return false;
    const QList<QByteArray> chain = chainOf(certificate, dss.certificates);
    return !chain.isEmpty() && isSelfIssued(chain.back()) && std::all_of(chain.begin(), chain.end(), [&](const QByteArray &c) {
        return dss.certificates.contains(c) && (isSelfIssued(c) || hasIssuerRevocationList(c, dss.crls, proven)
                                                      || ocspFinding(c, dss.ocsps, proven).statusSince);
    });
}

} // namespace

bool verifiableAfterExpiry(const VerificationReport &report, const ValidationData &dss)
{
    return !report.signatures.isEmpty() && std::all_of(report.signatures.begin(), report.signatures.end(), [&](const SignatureReport &s) {
        return s.timestamp && s.timestamp->ok() && chainHeld(s.certificate, dss, s.timestamp->time)
            && chainHeld(s.timestamp->certificate, dss, s.timestamp->time);
    });
}

} // namespace smout::signing
