// RED-RANGE: a release marking that no longer fits its value. The release copy is refused
// for the same problems, found by the same code.

#include "RedactionRangeRule.h"

#include "model/KeyPath.h"
#include "release/MarkingCheck.h"

namespace smout::checks {

using namespace Qt::StringLiterals;

void redRange(const RuleInput &in, FindingSink &out)
{
    if (in.doc.redactions.isEmpty())
        return;
    const release::MarkingPlan plan = release::placeMarkings(in.doc, in.context.documentJson);
    for (const release::MarkingProblem &p : plan.problems) {
        // The field when it exists, so that activating the finding goes there.
        const auto steps = parseKeyPath(p.path);
        const bool exists = steps && valueAt(plan.json, *steps);
        out.error(exists ? p.path : u"redactions[%1]"_s.arg(p.index),
                  RuleText::tr("A release copy is refused while this marking cannot be applied: %1").arg(p.message));
    }
}

} // namespace smout::checks
