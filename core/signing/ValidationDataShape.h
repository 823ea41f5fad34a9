#pragma once

// Whether a /DSS added after a signature is validation data and nothing else: only the keys
// ISO 32000-2 (12.8.4.3) gives it, and only streams that parse as what their list says
// (certificates, CRLs, OCSP responses, timestamp tokens). Read by structure alone, with no
// certificate database, so that opening a signed PDF can check it too: a "DSS" update cannot
// carry anything a page, form or viewer would use.

#include <QStringList>

#include <qpdf/QPDFObjectHandle.hh>

namespace smout::signing {

// What in `dss` is not validation data, in words; empty when all of it is.
QStringList validationDataProblems(QPDFObjectHandle dss);

// `der` is exactly one X.509 certificate or CRL (SEQUENCE { tbs, algorithm, signature }).
bool isSignedX509Structure(const QByteArray &der);

// `der` is exactly one OCSP response (SEQUENCE { ENUMERATED status, [0] responseBytes? }).
bool isOcspResponse(const QByteArray &der);

} // namespace smout::signing
