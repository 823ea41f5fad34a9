#pragma once

// Adds a certificate signature for a role to a PDF, as an incremental update (earlier
// signatures stay valid): a new revision written by SignatureRevision, then a detached CMS
// signature (CmsSignature, NSS, SHA-256 over the byte range) put into its placeholder, with a
// visible appearance in the role's box on the signature page.
//
// The certificate is checked before any card is touched (key usage allows signing documents,
// valid today); each token's secret is asked for by name and checked with exactly one PIN
// check per secret typed. The signature itself is exactly one private-key operation; with a
// key that asks for the PIN per use, it gets the PIN just checked, without asking again.

#include "SecretPrompt.h"
#include "SignerIdentity.h"
#include "model/Codes.h"
#include "model/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <functional>

namespace smout::signing {

struct SignRequest {
    Role role = Role::Author;
    QString nickname;             // of the certificate; empty: the preferred one (listCertificates)
    SecretPrompt *prompt = nullptr; // the database passphrase and the card's PIN
    // Whether the chosen certificate may sign in this role (separation of duties, the role
    // registry: SigningWorkflow.h); asked before the card's PIN and the key are touched.
    std::function<Status(const SignerIdentity &)> admit{};
    // A time-stamping authority: the signature gets its RFC 3161 timestamp, or is refused.
    QUrl tsa = {};
    int tsaTimeoutSeconds = 30;
};

struct SignedPdf {
    QByteArray bytes;
    QString nickname; // the certificate that signed
};

Result<SignedPdf> signPdf(const QByteArray &pdf, const SignRequest &request);

} // namespace smout::signing
