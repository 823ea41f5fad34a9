#pragma once

// Certificate revocation lists (X.509 CRLs) as a verifier reads them offline: from the file's
// validation data (/DSS) or from files the user names. A CRL counts only when it is issued
// under the certificate's issuer's name and signed by that issuer's key, so validation data
// appended by anyone can revoke nothing it could not revoke anyway. Internal to core/signing:
// it speaks NSS, which must be open.

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace smout::signing {

// When a CRL among `crls` (DER), signed by the issuer of `certificate` (DER), says it was
// revoked; nothing when none does (or the certificate's issuer is not known).
std::optional<QDateTime> revocationDate(const QByteArray &certificate, const QList<QByteArray> &crls);

// Whether a CRL among `crls` is the certificate's issuer's, signed by it, and issued at or
// after `issuedAfter` (a list from before a signature says nothing about the time it proves).
bool hasIssuerRevocationList(const QByteArray &certificate, const QList<QByteArray> &crls, const QDateTime &issuedAfter);

// Whether `der` reads as a CRL.
bool isRevocationList(const QByteArray &der);

// A CRL file's DER, from PEM ("-----BEGIN X509 CRL-----") or DER; empty when it is neither.
QByteArray revocationListFromFile(const QByteArray &bytes);

// An OCSP response file's DER (a file holds DER only); empty when it is not one.
QByteArray ocspResponseFromFile(const QByteArray &bytes);

} // namespace smout::signing
