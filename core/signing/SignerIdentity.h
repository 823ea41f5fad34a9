#pragma once

// Who a certificate names, read from the certificate itself (DER): what separation of duties
// and the role registry compare. The SHA-256 fingerprint tells certificates apart; the subject's
// common name and e-mail tell people apart when one person holds two certificates.

#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace smout::signing {

struct SignerIdentity {
    QString sha256;     // of the certificate's DER, lower-case hex without colons
    QString subject;    // the subject DN as NSS writes it (and `smout certs` shows it): "CN=…,O=…"
    QString commonName; // of the subject
    QString email;      // the subject's or the alternative name's e-mail, lower case
    bool known() const { return !sha256.isEmpty(); }
};

// Empty (not known()) when `der` is not a certificate. Needs NSS to be initialised.
SignerIdentity identityOfCertificate(const QByteArray &der);

// The identity of the first certificate of a PEM file (initialises NSS without a database
// when nothing has opened one).
Result<SignerIdentity> identityOfPemFile(const QString &pemFile);

// "ab:cd:…" in groups of two, for messages.
QString displayFingerprint(const QString &sha256);

} // namespace smout::signing
