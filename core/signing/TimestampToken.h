#pragma once

// An RFC 3161 timestamp token: a CMS SignedData in which a time-stamping authority (TSA)
// signs a TSTInfo — the time, and the hash (imprint) of what it stamped. Read with the small
// DER reader (Der.h); the TSA's signature is checked with NSS against the certificate the
// token carries. Internal to core/signing: it speaks NSS, which must be open.

#include "model/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace smout::signing {

struct TimestampToken {
    QDateTime time;               // genTime, UTC
    QByteArray imprintAlgorithm;  // the OID of the imprint's hash (DER content bytes)
    QByteArray imprint;           // the hash the TSA stamped
    QByteArray nonce;             // the INTEGER's content bytes; empty when the token has none
    QByteArray tsaCertificate;    // DER of the certificate that signed the token
    QString authority;            // its subject
    QList<QByteArray> certificates; // every certificate the token carries (DER)
};

// Reads a token and checks what it says of itself: its structure, the TSA's signature over
// the TSTInfo, the signed ESS attribute naming the TSA's certificate, and that certificate's
// usage. The error names what is wrong.
Result<TimestampToken> readTimestampToken(const QByteArray &token);

// `data` hashed with the token's imprint algorithm (SHA-256, -384 or -512); empty for others.
QByteArray imprintOf(const TimestampToken &token, const QByteArray &data);

// Empty when the certificate may sign timestamps: its extended key usage is marked critical
// and names timeStamping only (RFC 3161, 2.3); else what is wrong with it.
QString timestampingUsageProblem(const QByteArray &certificate);

// Empty when the TSA's certificate chains, as of the token's time, to an anchor the user
// chose (ChosenAnchors.h), through certificates valid then; else what is wrong.
QString tsaTrustProblem(const TimestampToken &token);

namespace oid {
// DER content bytes of the object identifiers this code compares.
inline const QByteArray Sha256 = QByteArray::fromHex("608648016503040201");
inline const QByteArray SignatureTimeStampToken = QByteArray::fromHex("2a864886f70d010910020e");
} // namespace oid

} // namespace smout::signing
