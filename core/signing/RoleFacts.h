#pragma once

// What a role is worth, checked over a whole verified chain (the submission embedded in an
// adjudication included): separation of duties always, the role registry when there is one.
// Without a registry each role is only stated by the signer, and the report says so.

#include "SignatureVerifier.h"

namespace smout::signing {

class RoleRegistry;

// `pdf` is the verified file (its embedded data names the component the registry is read for).
void checkRoleFacts(VerificationReport &report, const QByteArray &pdf, const RoleRegistry *registry);

// "stated by the signer, not checked" or "checked against the role registry".
QString roleCheckText(const SignatureReport &signature);

} // namespace smout::signing
