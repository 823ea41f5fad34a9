#pragma once

// The checks of the review round trip (rules.md "Requests"), one file each.

#include "RuleSupport.h"

namespace smout::checks {
void reqOpen(const RuleInput &, FindingSink &);
void reqPath(const RuleInput &, FindingSink &);
} // namespace smout::checks
