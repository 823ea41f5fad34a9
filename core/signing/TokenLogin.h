#pragma once

// Logging in to one NSS token (the certificate database or a card) with a secret from a
// SecretPrompt: exactly one PIN check per secret typed, never an empty one, always checked
// even when the token is already logged in, and the card's own word on the tries left.
// Internal to core/signing: it speaks NSS.

#include "SecretPrompt.h"
#include "model/Result.h"

#include <pk11pub.h>

namespace smout::signing {

QString tokenName(PK11SlotInfo *slot);
bool isDatabase(PK11SlotInfo *slot);
SecretRequest secretRequestFor(PK11SlotInfo *slot);
// "the card or token PIV_II is not present"
QString notPresent(const QString &token);

// Asks for the slot's secret until it is right, cancelled, or the card locks; the result is
// the accepted secret (empty when the slot needs none).
Result<QString> logIn(PK11SlotInfo *slot, SecretPrompt &prompt);

} // namespace smout::signing
