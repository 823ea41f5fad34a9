// Question 5 (Rules of Behavior), training verification and access modes.

#include "RuleSupport.h"

#include <QRegularExpression>

namespace smout::checks {

using namespace Qt::StringLiterals;

void robAnswer(const RuleInput &in, FindingSink &out)
{
    for (const Rule r : allOf<Rule>())
        if (in.doc.questions.rule(r).answer == YesNo::Unset)
            out.error(rulePath(r, "answer"),
                      RuleText::tr("Answer Rule %1 (question 5): do users follow it, Yes or No?")
                          .arg(ruleLabel(r)));
}

void robExplain(const RuleInput &in, FindingSink &out)
{
    for (const Rule r : allOf<Rule>()) {
        const RuleAnswer &a = in.doc.questions.rule(r);
        if (a.answer == YesNo::No && !isSubstantive(a.explanation))
            out.error(rulePath(r, "explanation"),
                      RuleText::tr("Rule %1 is answered No: explain in at least 12 words why users "
                                   "do not follow it (\"If users do NOT follow a particular Rule, "
                                   "please detail reasoning\").")
                          .arg(ruleLabel(r)));
    }
}

void robPiiExempt(const RuleInput &in, FindingSink &out)
{
    static const QRegularExpression exemption(u"final rule|exempt|552a"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    const RuleAnswer &a = in.doc.questions.rule(Rule::PiiCollection);
    if (a.answer != YesNo::No)
        return;
    if (in.doc.summary.sorns.isEmpty() || !exemption.match(a.explanation).hasMatch())
        out.error(rulePath(Rule::PiiCollection, "explanation"),
                  RuleText::tr("Rule e) allows collecting more than the minimum PII only for "
                               "systems under Final Rules for Exemption from the Privacy Act. "
                               "List the exempted SORN(s) and cite the Final Rule or exemption "
                               "(5 U.S.C. § 552a) in the explanation."));
}

void robSafeguards(const RuleInput &in, FindingSink &out)
{
    if (in.doc.questions.rule(Rule::PiiSafeguards).answer == YesNo::No)
        out.warning(rulePath(Rule::PiiSafeguards, "answer"),
                    RuleText::tr("Rule f) is answered No: the Privacy Office rarely accepts PII "
                                 "that is not protected as the Privacy Act and DHS privacy policy "
                                 "require. Protect it so and answer Yes, or detail in Rule f)'s "
                                 "reasoning how the PII is protected instead."));
}

void robTraining(const RuleInput &in, FindingSink &out)
{
    if (in.doc.questions.rule(Rule::Training).answer == YesNo::No)
        out.warning(rulePath(Rule::Training, "answer"),
                    RuleText::tr("Rule h) is answered No: expect the determination \"Training "
                                 "required\" until users complete annual privacy training. Say in "
                                 "Rule h)'s reasoning when the training will be in place."));
}

void trnMechanism(const RuleInput &in, FindingSink &out)
{
    const TrainingVerification &t = in.doc.questions.q5TrainingVerification;
    const QString path = u"questions.q5_training_verification"_s;
    if (!t.selfCertify && !t.ppocRecords && !t.none)
        out.error(path, RuleText::tr("Choose how training is verified: users self-certify, the "
                                     "Component Privacy Officer or PPOC keeps attendance records, "
                                     "or No (with an explanation)."));
    else if (t.none && (t.selfCertify || t.ppocRecords))
        out.error(path, RuleText::tr("\"No\" mechanism is chosen together with a mechanism. "
                                     "Choose the mechanisms in place, or only \"No\"."));
    else if (t.none && !isSubstantive(t.explanation))
        out.error(path + u".explanation"_s,
                  RuleText::tr("No mechanism verifies training: explain why in at least 12 "
                               "words."));
}

namespace {

bool isEngagement(AccessMode m)
{
    return m == AccessMode::OvertEngagement || m == AccessMode::UndercoverEngagement;
}

bool isMasked(AccessMode m)
{
    return m == AccessMode::MaskedMonitoring || m == AccessMode::UndercoverEngagement;
}

bool isCbp(const SmoutDocument &doc)
{
    return doc.summary.component.trimmed() == u"CBP";
}

} // namespace

// The access modes and their approvers are CBP's procedure: required of CBP, optional for
// the other components, whose own procedures govern.
void useMode(const RuleInput &in, FindingSink &out)
{
    if (isCbp(in.doc) && in.doc.questions.accessModes.isEmpty())
        out.warning(u"questions.access_modes"_s,
                    RuleText::tr("Choose how users reach social media (Access modes: overt "
                                 "research, overt monitoring, overt engagement, masked monitoring, "
                                 "undercover engagement). CBP's Standard Operating Procedure for "
                                 "Access to Operational Use of Social Media sets who approves each "
                                 "user's access by these modes."));
}

void useConsistent(const RuleInput &in, FindingSink &out)
{
    const auto &q = in.doc.questions;
    const auto &modes = q.accessModes;
    if (modes.isEmpty())
        return;
    const bool anyMasked = std::any_of(modes.begin(), modes.end(), isMasked);
    const bool anyEngagement = std::any_of(modes.begin(), modes.end(), isEngagement);
    // Logging in with DHS-branded credentials; overt research does not log in at all.
    const bool onlyBranded = std::all_of(modes.begin(), modes.end(), [](AccessMode m) {
        return m == AccessMode::OvertMonitoring || m == AccessMode::OvertEngagement;
    });
    const QString path = u"questions.access_modes"_s;
    const YesNo email = q.rule(Rule::EmailAccounts).answer;
    const YesNo interaction = q.rule(Rule::PublicInteraction).answer;
    if (email == YesNo::Yes && anyMasked)
        out.error(path, RuleText::tr("Rule b) is answered Yes (users identify as DHS), but masked "
                                     "monitoring or undercover engagement hides that affiliation. "
                                     "Correct the answer to Rule b) or the access modes."));
    if (email == YesNo::No && onlyBranded)
        out.error(path, RuleText::tr("Rule b) is answered No, but every access mode chosen logs in "
                                     "with DHS-branded credentials (overt monitoring or overt "
                                     "engagement). Correct the answer to Rule b) or the access "
                                     "modes."));
    if (interaction == YesNo::Yes && anyEngagement)
        out.error(path, RuleText::tr("Rule c) is answered Yes (users never interact), but an "
                                     "engagement access mode is chosen. Correct the answer to "
                                     "Rule c) or the access modes."));
    if (interaction == YesNo::No && !anyEngagement)
        out.error(path, RuleText::tr("Rule c) is answered No (users interact), but no engagement "
                                     "access mode is chosen. Correct the answer to Rule c) or the "
                                     "access modes."));
}

void useApprover(const RuleInput &in, FindingSink &out)
{
    const auto &modes = in.doc.questions.accessModes;
    if (modes.isEmpty())
        return;
    const auto has = [&](AccessMode m) { return modes.contains(m); };
    QString approver;
    if (has(AccessMode::UndercoverEngagement))
        approver = RuleText::tr("a supervisor in the Senior Executive Service, or a GS-15 "
                                "second-level supervisor delegated by the Office of Internal "
                                "Affairs (undercover engagement)");
    else if (has(AccessMode::MaskedMonitoring) || has(AccessMode::OvertEngagement)
             || has(AccessMode::OvertMonitoring))
        approver = RuleText::tr("a second-level supervisor or higher");
    else
        approver = RuleText::tr("a first-line supervisor (overt research)");
    out.info(u"questions.access_modes"_s,
             isCbp(in.doc)
                 ? RuleText::tr("Under CBP's Standard Operating Procedure for Access to Operational "
                                "Use of Social Media, each user's access must be approved by %1.")
                       .arg(approver)
                 : RuleText::tr("On CBP's scale (its Standard Operating Procedure for Access to "
                                "Operational Use of Social Media), these modes would need approval "
                                "by %1. For this component its own access procedure governs.")
                       .arg(approver));
}

} // namespace smout::checks
