#pragma once

// The signature dictionaries of a PDF as bytes: where each /ByteRange says the signed bytes
// are, and whether that range is sound — starting at the first byte, leaving a gap that holds
// exactly the signature's /Contents, and ending where a revision of the file ends. These are
// the checks that stop universal signature forgery and signature wrapping.

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace smout::signing {

struct SignatureSpan {
    qint64 a = 0, b = 0, c = 0, d = 0; // /ByteRange [a b c d]
    qint64 end() const { return c + d; } // the end of the signed revision
    QStringList problems; // empty when the range is sound
};

// In order of the revisions they sign (earliest first).
QList<SignatureSpan> signatureSpans(const QByteArray &pdf);

} // namespace smout::signing
