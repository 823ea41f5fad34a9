#pragma once

// Revocation data fetched for `--online`, only from the addresses the certificates themselves
// name: each certificate's CRL from its CRL distribution points, and an OCSP response from its
// Authority Information Access OCSP responder (an OCSPRequest POSTed as
// application/ocsp-request). http URLs only, one exchange each (HttpExchange.h: no proxy, no
// redirect, a deadline, a size cap). What comes back is kept only when it is what a file given
// by the user must be and its issuer signed it (or delegated an OCSP responder); everything
// else is named and left out. Internal to core/signing: it speaks NSS, which must be open.

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace smout::signing {

struct FetchedRevocation {
    QList<QByteArray> crls, ocsps; // DER, each checked
    QStringList fetched;           // what was fetched from where, in words
    QStringList problems;          // what could not be fetched or was refused, in words
};

FetchedRevocation fetchRevocationData(const QList<QByteArray> &certificates, int timeoutSeconds);

// The OCSPRequest (RFC 6960, SHA-1 CertID, no nonce) asking about `certificate`, issued by
// `issuer` (both DER); empty when either cannot be read.
QByteArray ocspRequest(const QByteArray &certificate, const QByteArray &issuer);

} // namespace smout::signing
