#pragma once

// Verifies every signature of a SMOUT PDF against the trust anchors of the open NSS
// database, and checks what PDF viewers have been fooled by: forged or wrapped byte ranges,
// incremental updates after a signature, and visible text that does not match the data.

#include "DocumentTimestamps.h"
#include "SignatureTimestamp.h"
#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace smout::signing {

class RoleRegistry;

struct SignatureReport {
    QString field, signer, role, time, hash;
    bool valid = false, trusted = false, coversWholeDocument = false, modifiedAfter = false;
    QStringList problems;
    QByteArray certificate;   // the signer's certificate (DER), as the signature carries it
    bool roleChecked = false; // the role registry lists the certificate for its role
    QString certificateProblem; // why the certificate is not trusted, also among problems
    std::optional<SignatureTimestampReport> timestamp; // its RFC 3161 timestamp, when it has one
};

struct VerificationReport {
    QList<SignatureReport> signatures;
    QStringList problems; // about the document as a whole
    QStringList notes;    // what the checks could not see: worth knowing, not a failure
    QList<DocumentTimestampReport> documentTimestamps; // archive timestamps (PAdES B-LTA), earliest first
    bool ltv = false; // verifiable after the certificates expire (LongTermValidation.h)
    bool ok() const;
};

// How certificates are checked. Offline (the default), verification never reaches the network:
// no OCSP request, no CRL or issuer certificate download (the addresses a certificate names
// would tell the outside who verifies what, and when); revocation is then known only from
// what the certificate database holds. Online also asks the OCSP responders the
// certificates name.
struct VerifyOptions {
    bool online = false;
    // Who may act in which role (RoleRegistry.h); without one, each role is only stated by
    // the signer. Separation of duties is checked either way.
    const RoleRegistry *roles = nullptr;
    // Certificate revocation lists (DER) the user gave, read with those in the file's /DSS: a
    // certificate revoked after the time a trusted timestamp proves still verifies, with a note.
    QList<QByteArray> crls = {};
    // OCSP responses (DER) the user gave, read with those in the file's /DSS, the same way.
    QList<QByteArray> ocsps = {};
};

// An error only when the file is not a readable PDF.
Result<VerificationReport> verifyPdf(const QByteArray &pdf, const VerifyOptions &options = {});

// What the file itself says about changes after signing, without checking any certificate
// (for opening a signed PDF, where no certificate database is needed): damage, ambiguity,
// truncation, changes after each signature, pages that differ from the embedded data.
QStringList changesInFile(const QByteArray &pdf);

// The revision the author signed (or the whole file when nothing is signed).
QByteArray authorRevision(const QByteArray &pdf);

} // namespace smout::signing
