#pragma once

// The certificates with a private key in the open NSS database and on every registered card
// or token, each with whether it may sign a document and, if not, why. `smout certs` and the
// window's certificate list show the same list; signing picks from it.

#include "SecretPrompt.h"
#include "SignerIdentity.h"
#include "model/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace smout::signing {

struct SigningCertificate {
    QString nickname; // as NSS names it: "PIV_II:Certificate for Digital Signature"
    QString subject;
    QString commonName; // of the subject: the signer's name in the signature's appearance
    QString issuer;
    QDate notBefore, notAfter;
    QString token;    // "NSS Certificate DB" for the database itself
    QStringList keyUsage; // RFC 5280 names: digitalSignature, nonRepudiation, keyEncipherment, …
    bool signing = false;
    QString reason;   // why it may not sign; empty when it may
    SignerIdentity who; // what separation of duties and the role registry compare
};

// Lists the certificates. A passphrase-protected database hides its keys until unlocked:
// with a prompt it is asked for its passphrase; without one, only what is visible is listed.
// Cards show their certificates without a PIN.
Result<QList<SigningCertificate>> listCertificates(SecretPrompt *prompt, const QDateTime &now);

// The certificate to preselect: the first that may sign (on a PIV card, the Digital
// Signature certificate, the one with nonRepudiation); -1 when none may.
int preferredCertificate(const QList<SigningCertificate> &certificates);

} // namespace smout::signing
