// DHS SOCIAL MEDIA DOCUMENTATION: the Privacy Office reviewer's section.

#include "RuleSupport.h"

namespace smout::checks {

using namespace Qt::StringLiterals;

void detReviewer(const RuleInput &in, FindingSink &out)
{
    const Review &r = in.doc.review;
    if (r.determination.outcome != Outcome::Unset) {
        if (isBlank(r.reviewerName))
            out.error(u"review.reviewer_name"_s,
                      RuleText::tr("A determination is recorded: give the NAME of the DHS Privacy "
                                   "Office reviewer."));
        if (!r.dateReviewed)
            out.error(u"review.date_reviewed"_s,
                      RuleText::tr("A determination is recorded: give the DATE it was reviewed by "
                                   "the DHS Privacy Office."));
    }
    const OptionalDate &submitted = in.doc.summary.dateSubmitted;
    if (r.dateReviewed && submitted && *r.dateReviewed < *submitted)
        out.error(u"review.date_reviewed"_s,
                  RuleText::tr("The review date %1 is before the date the SMOUT was submitted "
                               "(%2).")
                      .arg(r.dateReviewed->toString(Qt::ISODate), submitted->toString(Qt::ISODate)));
}

void detOutcome(const RuleInput &in, FindingSink &out)
{
    const Determination &d = in.doc.review.determination;
    if (d.outcome == Outcome::NotMet && d.reasons.isEmpty())
        out.error(u"review.determination.reasons"_s,
                  RuleText::tr("The program has not met the requirements: say why (authorities "
                               "do not authorize the use, Rules of Behavior do not comply, or "
                               "training required)."));
    if (d.outcome == Outcome::Met && !d.reasons.isEmpty())
        out.error(u"review.determination.reasons"_s,
                  RuleText::tr("The program is determined to have met the requirements, yet "
                               "reasons for not meeting them are checked. Clear the reasons or "
                               "change the determination."));
}

void detRobAnalysis(const RuleInput &in, FindingSink &out)
{
    const Determination &d = in.doc.review.determination;
    if (d.reasons.contains(OutcomeReason::RobNoncompliant) && !isSubstantive(d.robAnalysis))
        out.error(u"review.determination.rob_analysis"_s,
                  RuleText::tr("\"Rules of Behavior do not comply\" is checked: explain the "
                               "analysis in at least 12 words."));
}

namespace {

void coverage(const DocumentationRequirement &req, const QString &base, const QString &kind,
              FindingSink &out)
{
    if (!req.required)
        return;
    switch (req.coverage) {
    case Coverage::Unset:
        out.error(base + u".coverage"_s,
                  RuleText::tr("A %1 is required: say whether it is covered by an existing %1, "
                               "a new one, or an update.")
                      .arg(kind));
        break;
    case Coverage::Existing:
        if (std::none_of(req.existing.begin(), req.existing.end(),
                         [](const QString &s) { return !isBlank(s); }))
            out.error(base + u".existing"_s,
                      RuleText::tr("Covered by an existing %1: list which.").arg(kind));
        break;
    case Coverage::Update:
        if (isBlank(req.updateTarget))
            out.error(base + u".update_target"_s,
                      RuleText::tr("An updated %1 is required: name the %1 to be updated.")
                          .arg(kind));
        break;
    case Coverage::New: break;
    }
}

} // namespace

void detCoverage(const RuleInput &in, FindingSink &out)
{
    coverage(in.doc.review.pia, u"review.pia"_s, RuleText::tr("PIA"), out);
    coverage(in.doc.review.sorn, u"review.sorn"_s, RuleText::tr("SORN"), out);
}

void detMetWithErrors(const RuleInput &in, FindingSink &out)
{
    if (in.doc.review.determination.outcome != Outcome::Met)
        return;
    const auto &found = out.soFar();
    const bool programErrors = std::any_of(found.begin(), found.end(), [](const Finding &f) {
        return f.severity == Severity::Error && !f.path.startsWith(u"review."_s);
    });
    const bool noTraining = in.doc.questions.rule(Rule::Training).answer == YesNo::No;
    if (programErrors || noTraining)
        out.warning(u"review.determination.outcome"_s,
                    noTraining && !programErrors
                        ? RuleText::tr("Requirements are determined met while Rule h) (training) "
                                       "is answered No. Consider \"Training required\".")
                        : RuleText::tr("Requirements are determined met while the program's "
                                       "answers still hold errors. Have them corrected first, or "
                                       "record why they are acceptable."));
}

void detRobMismatch(const RuleInput &in, FindingSink &out)
{
    const auto &q = in.doc.questions;
    const RobContent &c = in.doc.review.robContent;
    const auto yes = [&](Rule r) { return q.rule(r).answer == YesNo::Yes; };
    const QString message = RuleText::tr("This choice contradicts the program's answer to Rule "
                                         "%1 (Yes). Check the answer with the program, or correct "
                                         "the choice.");
    if (yes(Rule::Equipment) && c.equipment == EquipmentChoice::NonAttributable)
        out.warning(u"review.rob_content.equipment"_s, message.arg(ruleLabel(Rule::Equipment)));
    if (yes(Rule::EmailAccounts) && c.emailAccounts == EmailChoice::NotRequired)
        out.warning(u"review.rob_content.email_accounts"_s,
                    message.arg(ruleLabel(Rule::EmailAccounts)));
    if (yes(Rule::PublicInteraction) && c.publicInteraction == InteractionChoice::MayInteract)
        out.warning(u"review.rob_content.public_interaction"_s,
                    message.arg(ruleLabel(Rule::PublicInteraction)));
    if (yes(Rule::PrivacySettings) && c.privacySettings == PrivacySettingsChoice::MayDisregard)
        out.warning(u"review.rob_content.privacy_settings"_s,
                    message.arg(ruleLabel(Rule::PrivacySettings)));
}

void detRereview(const RuleInput &in, FindingSink &out)
{
    const Review &r = in.doc.review;
    if (r.determination.outcome != Outcome::Met || !r.dateReviewed || !r.dateReviewed->isValid())
        return;
    const QDate due = r.dateReviewed->addYears(3);
    out.info(u"review.date_reviewed"_s,
             due < in.context.today
                 ? RuleText::tr("Re-review was due on %1 (three years after the review); it is "
                                "overdue.")
                       .arg(due.toString(Qt::ISODate))
                 : RuleText::tr("Re-review is due on %1, three years after the review.")
                       .arg(due.toString(Qt::ISODate)));
}

} // namespace smout::checks
