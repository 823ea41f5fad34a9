#pragma once

#include "RuleSupport.h"

namespace smout::checks {

// RED-RANGE: every release marking that cannot be applied exactly (release/MarkingCheck.h).
void redRange(const RuleInput &in, FindingSink &out);

} // namespace smout::checks
