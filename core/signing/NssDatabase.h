#pragma once

// The NSS certificate database that signing and poppler's verification use. NSS is opened once per
// process (poppler's setNSSDir must come before any other signature call). PKCS#12 files and
// trust anchors are brought in with NSS's own tools (pk12util, certutil from libnss3-tools);
// passphrases travel through files readable only by the user, never on a command line.

#include "model/Result.h"

#include <QString>

namespace smout::signing {

class NssDatabase {
public:
    // Opens `dir` (an NSS "sql:" database) for this process; a second call with another
    // folder is refused. Empty `dir` means the user's ~/.pki/nssdb.
    static Status use(const QString &dir);
    static QString current();
    static QString userDefault();

    // A fresh database in `dir`, protected by `passphrase` (may be empty).
    static Status create(const QString &dir, const QString &passphrase);
    static Status importPkcs12(const QString &dir, const QString &p12File, const QString &p12Passphrase,
                               const QString &dbPassphrase);
    static Status importTrustAnchor(const QString &dir, const QString &pemFile, const QString &nickname);
    // The nicknames of the certificates in a PKCS#12 file's key bags, as imported.
    static QStringList nicknames(const QString &dir);
};

} // namespace smout::signing
