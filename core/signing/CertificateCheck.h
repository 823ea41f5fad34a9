#pragma once

// Whether a signer's certificate chains to a trust anchor of the open NSS database, checked
// by SMOUT Studio rather than by poppler: poppler 22.12 reads NSS's last error code even when
// the check succeeded, so a leftover code from a step that may fail (no OCSP address, no CRL)
// turns a trusted certificate into "could not be verified". The certificates the signature
// carries (intermediate CAs) help build the chain; they are never trusted by themselves, and
// the chain counts only when it ends at an anchor the user chose (ChosenAnchors.h).

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <poppler-form.h>

namespace smout::signing {

struct CertificateCheck {
    // Offline: revocation is known only from the database's CRLs; nothing is fetched.
    // Online: the OCSP responders the certificates name are asked as well; a responder that
    // cannot be reached leaves the certificate unverified (fail closed).
    bool online = false;
    // The time the certificate is checked at: a trusted timestamp's, else (invalid) now.
    QDateTime at;
};

struct CertificateVerdict {
    Poppler::SignatureValidationInfo::CertificateStatus status = Poppler::SignatureValidationInfo::CertificateNotVerified;
    // Set when NSS accepts the chain but it ends at a root the user has not chosen to trust
    // (status is then CertificateUntrustedIssuer): that root's name.
    QString unchosenRoot;
};

// `signer` is the signer's certificate (DER), `cms` the signature's CMS data (DER, trailing
// padding allowed); the certificate is checked as of `how.at`.
CertificateVerdict checkSignerCertificate(const QByteArray &signer, const QByteArray &cms,
                                          const CertificateCheck &how);

} // namespace smout::signing
