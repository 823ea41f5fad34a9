#pragma once

// What each signer signs (rules.md "Roles", the submission workflow): the author signs the
// exported PDF of a document without errors; counsel signs the author-signed submission,
// only when question 2 lists authorities and 2a is Yes; the reviewer signs an adjudication
// PDF that embeds the counsel-signed submission unchanged. Shared by the CLI and the window.

#include "model/Result.h"
#include "model/SmoutDocument.h"
#include "rules/RuleEngine.h"

#include <QByteArray>

#include <functional>

namespace smout::signing {

struct SigningInput {
    Role role = Role::Author;
    SmoutDocument document;   // author and reviewer: the document to export and sign
    QByteArray signedPdf;     // counsel: the author-signed PDF; reviewer: the counsel-signed submission
    RuleContext context;      // today and the attachment folder for validation
};

struct Prepared {
    QByteArray pdf;           // the bytes to sign
    QString refusal;          // why it may not be signed (errors, missing certification)
    bool ok() const { return refusal.isEmpty(); }
};

// An Error when an input cannot be read; a refusal when the documents are not ready.
Result<Prepared> prepareForSigning(const SigningInput &input);

// Counsel and the reviewer sign on top of earlier signatures: refuses (naming every problem)
// when any of them is invalid, untrusted, or was followed by changes, or when the file is
// ambiguous. Verifies against the open certificate database, so call it once that is open.
Status checkChainBeforeSigning(Role role, const QByteArray &signedPdf);

class RoleRegistry;
struct SignerIdentity;

// The component of the SMOUT the input signs (counsel: read from the author-signed PDF).
QString componentSigned(const SigningInput &input);

// Who may sign `input`: nobody who signed another role of the chain already (the same
// certificate, or the same name and e-mail), and, with a registry, only a certificate it lists
// for the role and the SMOUT's component. For SignRequest::admit.
std::function<Status(const SignerIdentity &)> signerAdmission(const SigningInput &input, const RoleRegistry *registry);

} // namespace smout::signing
