#pragma once

// The RFC 3161 timestamp of a PDF signature: a token over the signature value, carried as the
// unsigned attribute signatureTimeStampToken (1.2.840.113549.1.9.16.2.14) of the CMS
// SignerInfo. It is added after the one private-key operation, by splicing the attribute into
// the DER (the signed attributes, and so the signature, stay as they are), and read back when
// verifying. Internal to core/signing: it speaks NSS, which must be open.

#include "model/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace smout::signing {

// The signature value of the CMS SignedData's (only) SignerInfo: what a timestamp stamps.
Result<QByteArray> signatureValue(const QByteArray &cms);

// The CMS with `token` added as the SignerInfo's signatureTimeStampToken; the signer must
// have no unsigned attributes yet.
Result<QByteArray> withTimestampToken(const QByteArray &cms, const QByteArray &token);

// Asks the TSA for a timestamp over the CMS's signature value and adds it: the CMS with its
// timestamp, or why there is none (then nothing may be written).
Result<QByteArray> timestampSignature(const QByteArray &cms, const QUrl &tsa, int timeoutSeconds);

struct SignatureTimestampReport {
    QDateTime time;    // invalid when the token could not be read
    QString authority; // the TSA certificate's subject
    QByteArray certificate; // the TSA's certificate (DER)
    bool valid = false;   // the token is intact and stamps this signature's value
    bool trusted = false; // the TSA chains to an anchor the user chose
    QStringList problems;
    bool ok() const { return valid && trusted && problems.isEmpty(); }
};

// The timestamp in sentences, for a list of findings: when and by whom, whether it holds, and
// each of its problems.
QStringList describeTimestamp(const SignatureTimestampReport &timestamp);

// The signatureTimeStampToken a signature's CMS carries (DER); empty when it has none.
QByteArray timestampTokenOf(const QByteArray &cms);

// The certificates a CMS SignedData (a signature, or a timestamp token) carries (DER).
QList<QByteArray> certificatesInCms(const QByteArray &cms);

// The timestamp a signature carries, checked; nothing when it carries none. `cms` may be
// followed by the zeros that fill /Contents.
std::optional<SignatureTimestampReport> signatureTimestamp(const QByteArray &cms);

} // namespace smout::signing
