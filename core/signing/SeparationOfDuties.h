#pragma once

// Separation of duties: within one chain (the author's submission, counsel's certification,
// the DHS Privacy Office's determination, the submission embedded in an adjudication
// included) no certificate, and no subject with the same name and e-mail, signs two roles.
// Counsel's certification and the Privacy Office's determination mean something only when
// they come from someone other than the program office, and from each other.

#include "SignerIdentity.h"
#include "model/Codes.h"

#include <QList>
#include <QString>

namespace smout::signing {

struct RoleSignature {
    Role role = Role::Author;
    SignerIdentity who;
};

// One certificate, or one name with one e-mail (both compared without regard to case).
bool samePerson(const SignerIdentity &a, const SignerIdentity &b);

// "the same person signed as author and as counsel; counsel's certification must come from
// someone else"
QString sameSignerProblem(Role earlier, Role later);

// Why `who` may not sign as `role` after the signatures already in the chain, or empty.
QString separationRefusal(const QList<RoleSignature> &chain, Role role, const SignerIdentity &who);

// The signatures of a PDF with the role each states and the certificate it carries, read off
// the file without checking them (the signing workflow verifies the chain first).
QList<RoleSignature> signersOf(const QByteArray &pdf);

} // namespace smout::signing
