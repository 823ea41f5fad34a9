#pragma once

// Which trust anchors count: only those the user chose. poppler 22.12 adds NSS's built-in root
// certificates module (libnssckbi, the Mozilla/system roots) to every database it opens, so NSS
// alone would trust a chain ending at any public web CA; these checks keep such chains out.

#include <QString>

#include <certt.h>

namespace smout::signing {

// Whether the user chose `certificate` as a trust anchor: it is held in the open database's own
// software token and marked trusted there as a CA for signatures (certutil's ",C," e-mail
// trust; `--trust` stores its anchors so). A root held only by the built-in module or another
// token is never one, however NSS trusts it.
bool isChosenAnchor(CERTCertificate *certificate);

// For a signer certificate NSS has verified: empty when the chain NSS builds reaches a chosen
// anchor before any other certificate NSS trusts as a CA; else the name of the certificate the
// chain ends at instead.
QString unchosenAnchor(CERTCertificate *signer);

} // namespace smout::signing
