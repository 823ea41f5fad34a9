#pragma once

// Signing a SMOUT as one role, the same for `smout sign` and the window's Signatures panel:
// the inputs the role needs are read, the documents prepared (signing/SigningWorkflow.h), the
// certificate database opened (CertificateDatabase.h), the earlier signatures checked, who
// may sign decided, the PDF signed and the signed file checked before it is kept. The front
// ends only ask for what is missing (options, dialogs) and print the outcome.

#include "model/Result.h"
#include "model/SmoutDocument.h"
#include "rules/RuleEngine.h"
#include "signing/PdfSigner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace smout::signing {
class RoleRegistry;
}

namespace smout::workflow {

// What a role signs: the author a .smout (exported as the submission), counsel the
// author-signed submission PDF, the reviewer the reviewed .smout and the counsel-signed
// submission it adjudicates.
struct RoleInputs {
    bool document = false;
    bool signedPdf = false;
};
RoleInputs inputsOf(Role role);

// Where the signing certificate comes from.
struct CertificateSource {
    QString database;          // the NSS database; empty: the user's (CertificateDatabase.h)
    QString pkcs12;            // or a PKCS#12 file, used for this signature only
    // Its passphrase, which also protects the one-signature database: asked only once the
    // documents are ready to be signed.
    std::function<Result<QString>()> pkcs12Passphrase;
    QStringList trustAnchors;  // with pkcs12: the roots the earlier signatures chain to
    bool createMissing = false; // the window creates a chosen database that is not there yet
};

struct SignInputs {
    Role role = Role::Author;
    // The document (author, reviewer): in memory, or read from documentPath ("-": standard
    // input), whose folder then holds its attachments.
    std::optional<SmoutDocument> document;
    QString documentPath;
    // The signed PDF (counsel: the submission to countersign; reviewer: the counsel-signed
    // submission): its bytes, or read from signedPdfPath.
    QByteArray signedPdf;
    QString signedPdfPath;
    RuleContext context;
    CertificateSource certificates;
    const signing::RoleRegistry *roles = nullptr; // who may sign as what; none: nobody checks
    // Checks the earlier signatures; empty: against the open database
    // (signing::checkChainBeforeSigning).
    std::function<Status(Role, const QByteArray &)> checkChain;
    // Called once the certificate database is open, before anything is verified in it (the
    // window offers to protect a database that holds keys without a passphrase).
    std::function<void()> databaseOpened;
};

// Where signing stopped: each front end says it its own way (the CLI's exit codes).
enum class SignStage {
    Unreadable,  // an input cannot be read
    Inputs,      // the documents cannot be prepared (exported, or imported from the PDF)
    Refused,     // the documents are not ready to be signed in this role
    Database,    // the certificate database cannot be opened or prepared
    Chain,       // the earlier signatures do not hold up
    Signing,     // the certificate, its secret or the signature itself failed
    Saving,      // the signed file cannot be written
    Unsound,     // the signed file would not verify (it is not kept)
};

struct SignFailure {
    SignStage stage;
    QString message;
};

// Everything before a certificate is chosen.
struct ReadyToSign {
    Role role = Role::Author;
    QByteArray pdf; // the bytes to sign
    std::function<Status(const signing::SignerIdentity &)> admit;
    std::shared_ptr<QTemporaryDir> scratch;          // the one-signature database of a PKCS#12 file
    std::shared_ptr<signing::SecretPrompt> secrets;  // its passphrase, asked for by NSS
};

struct Preparation {
    std::optional<SignFailure> failure;
    ReadyToSign ready;
};

// Reads the inputs, prepares the PDF, opens the certificate database and checks the
// earlier signatures; what is missing is said before any certificate is asked for.
Preparation prepareSignature(const SignInputs &inputs);

// The signer's choice: the certificate (empty: the preferred one), how its token's secret is
// asked (ignored with a PKCS#12 file, whose passphrase answers), a time-stamping authority.
struct SignerChoice {
    QString nickname;
    signing::SecretPrompt *secrets = nullptr;
    QUrl tsa = {};
    int tsaTimeoutSeconds = 30;
};

struct SignOutcome {
    std::optional<SignFailure> failure;
    signing::SignedPdf signedPdf;
    bool ok() const { return !failure; }
};

// Signs what is ready with the chosen certificate.
SignOutcome signReady(const ReadyToSign &ready, const SignerChoice &choice);

// A signature is never born broken (signing/SignedFileCheck.h): what verification would not
// call sound is refused (stage Unsound), before it is offered for saving.
std::optional<SignFailure> checkSigned(const QByteArray &signedPdf);

// Writes a signed PDF, reads it back and checks it: a file that would not verify is deleted.
std::optional<SignFailure> saveSigned(const QString &output, const QByteArray &signedPdf);

// The whole task: prepare, sign and write `output`.
SignOutcome signDocument(const SignInputs &inputs, const SignerChoice &choice, const QString &output);

} // namespace smout::workflow
