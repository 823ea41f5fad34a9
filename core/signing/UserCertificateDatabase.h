#pragma once

// The one certificate database of the window and the CLI: the user's ~/.pki/nssdb, where
// smart-card middleware and other NSS programs look too. Created on first use, with the
// smart-card module installed on this computer registered, so a PIV or CAC card shows up in
// both. The window's own database of earlier versions is merged into it once the user agrees.

#include "model/Result.h"

#include <QString>

namespace smout::signing {

// Creates ~/.pki/nssdb (no passphrase, readable by the user only) with the smart-card module
// when it does not exist yet; nothing to do when it does.
Status prepareUserDatabase();

// The PKCS#11 module through which NSS reaches smart cards here (p11-kit's proxy, else
// OpenSC's); empty when none is installed.
QString smartCardModule();

// Where the window kept its certificates before it used ~/.pki/nssdb, when that database
// exists and has not been moved yet.
QString earlierWindowDatabase();

// Copies every certificate, key and trust setting of the database in `from` into `into`
// (certutil --merge); both must be unprotected or the merge fails, changing nothing in `from`.
// On success `from` is renamed with ".moved" appended, kept until the user deletes it.
Status moveCertificates(const QString &from, const QString &into);

} // namespace smout::signing
