#pragma once

// Document timestamps (PAdES B-LTA): signature fields whose value is a /DocTimeStamp, an RFC
// 3161 token over the bytes its /ByteRange names (/SubFilter /ETSI.RFC3161). Each one proves
// that the file up to it, its validation data included, existed at its time; a later one
// covers the earlier ones. Internal to core/signing: checking speaks NSS, which must be open.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace smout::signing {

struct DocumentTimestampReport {
    QString field;          // the field's name (/T)
    QDateTime time;         // invalid when the token could not be read
    QString authority;      // the TSA certificate's subject
    QByteArray certificate; // the TSA's certificate (DER)
    QList<QByteArray> certificates; // every certificate the token carries
    QByteArray token;       // the token as the file holds it (without the padding)
    bool valid = false;     // intact, and its imprint is over the bytes it covers
    bool trusted = false;   // the TSA chains, as of its time, to an anchor the user chose
    QStringList problems;
    qint64 end = 0;         // the end of the revision it covers
    bool ok() const { return valid && trusted && problems.isEmpty(); }
};

// The names of the document timestamp fields in the file's last revision.
QStringList documentTimestampFields(const QByteArray &pdf);

// Each document timestamp of the file, checked, in the order of the revisions it covers.
QList<DocumentTimestampReport> documentTimestamps(const QByteArray &pdf);

} // namespace smout::signing
