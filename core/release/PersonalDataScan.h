#pragma once

// Before a release: personal data that is likely still in it, unmarked — e-mail addresses,
// phone numbers, and the names in the contact, counsel and reviewer fields. Warnings only:
// the person releasing decides.

#include "model/SmoutDocument.h"

namespace smout::release {

struct PersonalDataWarning {
    QString path;
    QString message;
};

// `redacted`: the document as it will be released (RedactedCopy::document).
QList<PersonalDataWarning> unmarkedPersonalData(const SmoutDocument &redacted);

} // namespace smout::release
