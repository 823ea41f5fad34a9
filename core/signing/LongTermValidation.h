#pragma once

// Whether a signed PDF stays verifiable after its certificates expire (verify's "ltv"): every
// signature has a valid, trusted timestamp, and the file's /DSS holds each signer's and each
// TSA's chain and, for each certificate below a root, a CRL its issuer signed after the time
// the timestamp proves, or an OCSP response from its issuer (or its delegated responder)
// giving its status since then. Internal to core/signing: it speaks NSS, which must be open.

#include "SignatureVerifier.h"
#include "ValidationData.h"

namespace smout::signing {

bool verifiableAfterExpiry(const VerificationReport &report, const ValidationData &dss);

} // namespace smout::signing
