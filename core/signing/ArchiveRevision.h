#pragma once

// `smout archive`: the validation data a signed PDF needs to be verified after its
// certificates expire, and a document timestamp over all of it (PAdES B-LT and B-LTA). One
// incremental update adds a /DSS holding every certificate of every signature's and
// timestamp's chain (the embedded submission's too), the revocation data given, and a /VRI
// entry per signature (keyed by the upper-case hex SHA-1 of its /Contents); and an invisible
// document timestamp field whose /DocTimeStamp holds an RFC 3161 token over the whole file.
// Archiving again keeps what the /DSS held, adds what is new, and adds a timestamp that covers
// the earlier ones. Without a TSA the update holds the /DSS alone (PAdES B-LT). Internal to core/signing: it speaks NSS, which must be open.

#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace smout::signing {

struct ArchiveRequest {
    QUrl tsa; // empty: no document timestamp
    int timeoutSeconds = 30;
    QList<QByteArray> crls;  // DER
    QList<QByteArray> ocsps; // DER OCSP responses
};

// Every certificate of every signature's and timestamp's chain (the embedded submission's
// too): what the /DSS will hold, and what --online fetches revocation data for.
QList<QByteArray> certificatesToArchive(const QByteArray &pdf);

// The archived file, or why not (then nothing may be written).
Result<QByteArray> archivePdf(const QByteArray &pdf, const ArchiveRequest &request);

} // namespace smout::signing
