#pragma once

// The detached CMS SignedData of a PDF signature (adbe.pkcs7.detached): SHA-256 over the
// signed byte ranges, the signing time as a signed attribute, the certificate chain, and
// exactly one private-key operation — on a card whose signature key asks for the PIN per
// use, one PIN-per-use login answered with the PIN already checked. Internal to core/signing:
// it speaks NSS.

#include "model/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cert.h>

namespace smout::signing {

// `digest` is the SHA-256 of the signed bytes; `secret` answers the key's own login (a
// PIN-per-use key) once, and only once.
Result<QByteArray> detachedCmsSignature(CERTCertificate *certificate, const QByteArray &digest,
                                        const QDateTime &signingTime, const QString &secret);

} // namespace smout::signing
