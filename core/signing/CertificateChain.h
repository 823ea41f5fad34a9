#pragma once

// A certificate's chain as NSS finds it (the open database, and the certificates NSS has seen
// in this process): for collecting validation data and for telling whether a file holds it.
// Internal to core/signing: it speaks NSS, which must be open.

#include <QByteArray>
#include <QList>

namespace smout::signing {

// `certificate` (DER), then each issuer up to a self-signed root or the last one found.
QList<QByteArray> chainOf(const QByteArray &certificate, const QList<QByteArray> &helpers = {});

// Whether the certificate is its own issuer.
bool isSelfIssued(const QByteArray &certificate);

} // namespace smout::signing
