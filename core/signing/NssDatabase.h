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
    // folder is refused. Empty `dir` means the user's ~/.pki/nssdb. Writable: so that protect()
    // can give it a passphrase (the window); otherwise read-only, as poppler opens it.
    enum class Access { ReadOnly, Writable };
    static Status use(const QString &dir, Access access = Access::ReadOnly);
    static QString current();
    static QString userDefault();

    // A fresh database in `dir`, protected by `passphrase` (may be empty).
    static Status create(const QString &dir, const QString &passphrase);
    static Status importPkcs12(const QString &dir, const QString &p12File, const QString &p12Passphrase,
                               const QString &dbPassphrase);
    // `dbPassphrase`: the database's, when it has one (changing trust asks for it).
    static Status importTrustAnchor(const QString &dir, const QString &pemFile, const QString &nickname,
                                    const QString &dbPassphrase = {});
    // The nicknames of the certificates in a PKCS#12 file's key bags, as imported.
    static QStringList nicknames(const QString &dir);

    // Whether the open database asks for a passphrase before its keys can be used. Without
    // one, anyone who can read the user's files signs as the user.
    static bool isProtected();
    // Gives the open database a passphrase (it must have none yet); refuses an empty one.
    static Status protect(const QString &passphrase);
    // Whether the open database holds a key of its own (not on a card).
    static bool holdsKeys();
};

} // namespace smout::signing
