#pragma once

// Adds a certificate signature for a role to a PDF, as an incremental update (earlier
// signatures stay valid), with poppler through NSS: detached CMS over the byte range,
// SHA-256, a visible appearance in the role's box on the signature page.

#include "model/Codes.h"
#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace smout::signing {

struct SignRequest {
    Role role = Role::Author;
    QString nickname;   // of the certificate in the open NSS database
    QString passphrase; // of the database or token (the PIN of a smart card)
};

// The reason written into a role's signature.
QString signingReason(Role role);

Result<QByteArray> signPdf(const QByteArray &pdf, const SignRequest &request);

} // namespace smout::signing
