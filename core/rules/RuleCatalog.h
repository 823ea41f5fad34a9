#pragma once

#include "RuleSupport.h"

#include <span>

namespace smout {

struct RuleDefinition {
    const char *id;
    Severity severity; // the most serious severity the rule reports
    const char *summary; // translated through RuleText
    RuleCheck check;
};

// Every rule of rules.md, in the order of the form. Rules late in the list may look at the
// findings of earlier ones (DET-MET-WITH-ERRORS).
std::span<const RuleDefinition> ruleCatalog();

} // namespace smout
