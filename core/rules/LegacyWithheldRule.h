#pragma once

#include "RuleSupport.h"

namespace smout::checks {

// LEGACY-WITHHELD: a field of a document brought in by `import-legacy` (it carries the
// "legacy_import" key) that still holds FOIA marks of the released copy it came from.
void legacyWithheld(const RuleInput &in, FindingSink &out);

} // namespace smout::checks
