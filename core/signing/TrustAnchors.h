#pragma once

// A scratch NSS database holding the given root certificates as trust anchors and nothing
// else, made in this process (no certutil runs: verification with --trust starts faster),
// then opened for verification through NssDatabase::use. poppler 22.12 adds NSS's built-in
// root certificates module (libnssckbi) whenever it opens a database, this one included.

#include "model/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace smout::signing {

// `dir` must not hold a database yet; each PEM file's first certificate becomes a trust
// anchor for signatures (as certutil -t "CT,C,C" would make it).
Status openTrustingOnly(const QString &dir, const QStringList &pemFiles);

// The DER bytes of the first certificate of a PEM file.
Result<QByteArray> firstCertificate(const QString &pemFile);
// The names (common name, else subject) of the chosen anchors of the open database
// (ChosenAnchors.h): what verification trusts, for the window and the CLI to say so.
QStringList chosenAnchorNames();

// Adds each PEM file's first certificate as a trust anchor to the database in `dir`, which
// exists and is not open yet (a database made for one signature: sign --p12 --trust), and is
// protected by `dbPassphrase` if at all.
Status addTrustAnchors(const QString &dir, const QStringList &pemFiles, const QString &dbPassphrase = {});

} // namespace smout::signing
