#pragma once

// The one place that decides which NSS certificate database the window and every verb use:
// the one chosen (a verb's --nss-dir, the window's setting) or else the user's ~/.pki/nssdb,
// where smart-card modules are registered. So a certificate imported in the window is the one
// `smout certs` lists and `smout sign` signs with, and a root trusted there decides `smout
// verify` as it decides the window's Signatures panel.

#include "model/Result.h"
#include "signing/NssDatabase.h"

#include <QString>
#include <QStringList>

namespace smout::workflow {

// The database `chosen` names, or the user's when it names none.
QString certificateDatabase(const QString &chosen = {});

// Whether a chosen database that does not exist yet is created (the window's choice in
// Settings) or refused (a verb's --nss-dir, which names one that must exist).
enum class WhenMissing { Refuse, Create };

// Opens the database for signing or listing certificates in this process. The user's own is
// created on first use, with the smart-card module registered (signing::prepareUserDatabase).
Status openCertificateDatabase(const QString &chosen, WhenMissing missing = WhenMissing::Refuse,
                               signing::NssDatabase::Access access = signing::NssDatabase::Access::ReadOnly);

// Opens the database whose trusted roots decide a verification: `chosen`; else, with
// `anchors`, a database in `scratch` that trusts only them; else the user's when it exists
// (verifying creates none); else one in `scratch` that trusts nothing.
Status openVerifyingDatabase(const QString &chosen, const QStringList &anchors, const QString &scratch);

} // namespace smout::workflow
