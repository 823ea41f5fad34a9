#pragma once

// OCSP responses (RFC 6960) as a verifier reads them offline: from the file's validation data
// (/DSS /OCSPs) or from files the user names. A response speaks for a certificate only when
// one of its SingleResponses names it (CertID: issuer name hash, issuer key hash, serial) and
// it is signed by that certificate's issuer, or by a responder certificate the issuer issued
// for OCSP signing (extended key usage id-kp-OCSPSigning). Anything else counts for nothing; a
// response about the certificate signed by anyone else is named, never trusted. Internal to
// core/signing: it speaks NSS, which must be open.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace smout::signing {

struct OcspFinding {
    std::optional<QDateTime> revoked; // the earliest revocation time a genuine response gives
    bool statusSince = false;         // a genuine response of `since` or later: good, or revoked after `since`
    QStringList forged;               // responses about the certificate that are not genuine, in words
};

// What the responses among `responses` (DER) say about `certificate` (DER); `since` is the
// time a response must speak for (its thisUpdate and producedAt at or after it) to count as
// the certificate's status then.
OcspFinding ocspFinding(const QByteArray &certificate, const QList<QByteArray> &responses, const QDateTime &since);

} // namespace smout::signing
