// The one list of rules. Adding a rule: write its check in the file of its group, then add
// one line here.

#include "RuleCatalog.h"
#include "LegacyWithheldRule.h"
#include "RedactionRangeRule.h"
#include "RequestRules.h"

namespace smout {

namespace {

using enum Severity;
namespace c = checks;

constexpr RuleDefinition catalog[] = {
    {"SCOPE-EXEMPT", Info, QT_TRANSLATE_NOOP("smout::RuleText", "The use is exempt from MD 110-01"), c::scopeExempt},
    {"SCOPE-COMPONENT", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Exemption claimed by a component it does not belong to"), c::scopeComponent},
    {"SUM-COMPONENT", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Component missing or unknown"), c::sumComponent},
    {"SUM-CONTACT", Error, QT_TRANSLATE_NOOP("smout::RuleText", "No contact with a name and a phone or email"), c::sumContact},
    {"SUM-COUNSEL", Error, QT_TRANSLATE_NOOP("smout::RuleText", "No counsel contact"), c::sumCounsel},
    {"SUM-SYSTEMS", Error, QT_TRANSLATE_NOOP("smout::RuleText", "No IT system named"), c::sumSystems},
    {"SUM-PIA-FORMAT", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "A PIA number is malformed"), c::sumPiaFormat},
    {"SUM-PIA-EXEMPT-ONLY", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "Only PIAs of exempt uses are listed"), c::sumPiaExemptOnly},
    {"SUM-SORN-FORMAT", Error, QT_TRANSLATE_NOOP("smout::RuleText", "A SORN number is malformed"), c::sumSornFormat},
    {"SUM-SORN-FR", Info, QT_TRANSLATE_NOOP("smout::RuleText", "A SORN has no Federal Register citation"), c::sumSornFr},
    {"SUM-NO-PIA", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "No PIA listed"), c::sumNoPia},
    {"SUM-NO-SORN", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "No SORN listed while PII is stored"), c::sumNoSorn},
    {"SUM-DATE", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Date submitted missing, not a date, or in the future"), c::sumDate},
    {"Q1-CATEGORY", Error, QT_TRANSLATE_NOOP("smout::RuleText", "No category of use"), c::q1Category},
    {"Q1-MULTIPLE", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "More than one category in one template"), c::q1Multiple},
    {"Q1-OTHER", Error, QT_TRANSLATE_NOOP("smout::RuleText", "\"Other\" category not described"), c::q1Other},
    {"Q1-DESCRIPTION", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Description missing or short"), c::q1Description},
    {"Q2-AUTHORITY", Error, QT_TRANSLATE_NOOP("smout::RuleText", "No authority listed"), c::q2Authority},
    {"Q2-CITATION", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "An authority without a citation"), c::q2Citation},
    {"Q2-COUNSEL", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Counsel has not certified the authorities"), c::q2Counsel},
    {"Q3-STATUS", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Status not chosen"), c::q3Status},
    {"Q3-LAUNCH", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Operational without a launch date or note"), c::q3Launch},
    {"Q3-LAUNCH-DATE", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Launch date implausible"), c::q3LaunchDate},
    {"Q4-ATTACHMENT", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Rules of Behavior not attached"), c::q4Attachment},
    {"Q4-HASH", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Attached Rules of Behavior changed"), c::q4Hash},
    {"ROB-ANSWER", Error, QT_TRANSLATE_NOOP("smout::RuleText", "A Rule of Behavior is unanswered"), c::robAnswer},
    {"ROB-EXPLAIN", Error, QT_TRANSLATE_NOOP("smout::RuleText", "A Rule answered No without reasoning"), c::robExplain},
    {"ROB-PII-EXEMPT", Error, QT_TRANSLATE_NOOP("smout::RuleText", "PII beyond the minimum without a Privacy Act exemption"), c::robPiiExempt},
    {"ROB-SAFEGUARDS", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "PII not safeguarded"), c::robSafeguards},
    {"ROB-TRAINING", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "No annual privacy training"), c::robTraining},
    {"TRN-MECHANISM", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Training verification unclear"), c::trnMechanism},
    {"USE-MODE", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "No access mode chosen"), c::useMode},
    {"USE-CONSISTENT", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Access modes contradict question 5"), c::useConsistent},
    {"USE-APPROVER", Info, QT_TRANSLATE_NOOP("smout::RuleText", "Who approves users' access"), c::useApprover},
    {"DET-REVIEWER", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Reviewer or review date missing or wrong"), c::detReviewer},
    {"DET-CATEGORY", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "Reviewer's category differs from question 1"), c::detCategory},
    {"DET-OTHER", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Reviewer's \"other\" category not explained"), c::detOther},
    {"DET-OUTCOME", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Determination and reasons disagree"), c::detOutcome},
    {"DET-COVERAGE-MET", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "Met while a new or updated PIA/SORN is required"), c::detCoverageMet},
    {"DET-ROB-ANALYSIS", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Non-compliant Rules of Behavior without analysis"), c::detRobAnalysis},
    {"DET-COVERAGE", Error, QT_TRANSLATE_NOOP("smout::RuleText", "Required PIA/SORN coverage incomplete"), c::detCoverage},
    {"DET-MET-WITH-ERRORS", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "Met while the program's answers hold errors"), c::detMetWithErrors},
    {"DET-ROB-MISMATCH", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "Reviewer's choice contradicts the program's answer"), c::detRobMismatch},
    {"DET-TRAINING-TOPICS", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "Required training misses a minimum topic"), c::detTrainingTopics},
    {"DET-REREVIEW", Info, QT_TRANSLATE_NOOP("smout::RuleText", "When re-review is due"), c::detRereview},
    {"REQ-OPEN", Warning, QT_TRANSLATE_NOOP("smout::RuleText", "A request for additional information is not answered or not closed"), c::reqOpen},
    {"REQ-PATH", Error, QT_TRANSLATE_NOOP("smout::RuleText", "A request names a field the document does not have"), c::reqPath},
    {"RED-RANGE", Error, QT_TRANSLATE_NOOP("smout::RuleText", "A release marking no longer fits its value"), c::redRange},
    {"LEGACY-WITHHELD", Info, QT_TRANSLATE_NOOP("smout::RuleText", "A passage withheld in the imported copy"), c::legacyWithheld},
};

} // namespace

std::span<const RuleDefinition> ruleCatalog()
{
    return catalog;
}

} // namespace smout
