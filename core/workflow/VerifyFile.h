#pragma once

// Verifying a signed PDF, the same for `smout verify` (each file of a batch) and the window's
// Signatures panel: the file is read (up to 512 MiB) and verified against the certificate
// database open in this process (CertificateDatabase.h says which). With `online`, the
// revocation data the certificates' own addresses give is fetched first (as archive --online).

#include "signing/SignatureVerifier.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace smout::workflow {

struct FileVerification {
    std::optional<signing::VerificationReport> report;
    QString problem;         // why there is no report
    bool unreadable = false; // the file itself could not be read (the problem names it)
    QStringList fetched;     // online: what was fetched from where, in words
    QStringList notFetched;  // online: what could not be fetched or was refused, in words
};

FileVerification verifyFile(const QString &path, const signing::VerifyOptions &options = {});

} // namespace smout::workflow
