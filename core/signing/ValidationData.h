#pragma once

// The validation data a PDF carries for long-term verification: the catalog's Document
// Security Store (/DSS, ISO 32000-2 12.8.4.3), read as it stands in the file's last revision.

#include <QByteArray>
#include <QList>

namespace smout::signing {

struct ValidationData {
    QList<QByteArray> certificates; // /Certs, DER
    QList<QByteArray> crls;         // /CRLs, DER
    QList<QByteArray> ocsps;        // /OCSPs, DER OCSP responses
};

// What the file's /DSS holds; empty when it has none or cannot be read.
ValidationData validationDataIn(const QByteArray &pdf);

} // namespace smout::signing
