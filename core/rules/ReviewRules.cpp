// DHS SOCIAL MEDIA DOCUMENTATION: the Privacy Office reviewer's section.

#include "RuleSupport.h"
#include "model/Rereview.h"
#include "model/ReviewWording.h"
#include "model/FormText.h"

namespace smout::checks {

using namespace Qt::StringLiterals;

void detReviewer(const RuleInput &in, FindingSink &out)
{
    const Review &r = in.doc.review;
    if (r.determination.outcome != Outcome::Unset) {
        if (isBlank(r.reviewerName))
            out.error(u"review.reviewer_name"_s,
                      RuleText::tr("A determination is recorded: give the NAME of the DHS Privacy "
                                   "Office Reviewer."));
        if (!r.dateReviewed)
            out.error(u"review.date_reviewed"_s,
                      RuleText::tr("A determination is recorded: give the DATE reviewed by the DHS "
                                   "Privacy Office."));
    }
    if (!r.dateReviewed || !r.dateReviewed->isValid())
        return;
    const OptionalDate &submitted = in.doc.summary.dateSubmitted;
    if (submitted && submitted->isValid() && *r.dateReviewed < *submitted)
        out.error(u"review.date_reviewed"_s,
                  RuleText::tr("The DATE reviewed (%1) is before the date the SMOUT was submitted "
                               "for review (%2). Correct either date.")
                      .arg(r.dateReviewed->toString(Qt::ISODate), submitted->toString(Qt::ISODate)));
    else if (*r.dateReviewed > in.context.today)
        out.error(u"review.date_reviewed"_s,
                  RuleText::tr("The DATE reviewed (%1) is in the future. Enter the date the DHS "
                               "Privacy Office reviewed the SMOUT.")
                      .arg(r.dateReviewed->toString(Qt::ISODate)));
}

namespace {

QString categoryNames(const QList<Category> &categories)
{
    QStringList names;
    for (const Category c : categories)
        names << u'"' + FormText::categoryLabel(c) + u'"';
    return names.join(u", "_s);
}

} // namespace

void detCategory(const RuleInput &in, FindingSink &out)
{
    const QList<Category> &reviewer = in.doc.review.categories;
    const QList<Category> &program = in.doc.questions.q1Categories;
    if (reviewer.isEmpty())
        return;
    QList<Category> added, dropped;
    for (const Category c : allOf<Category>()) {
        if (reviewer.contains(c) && !program.contains(c))
            added << c;
        if (program.contains(c) && !reviewer.contains(c))
            dropped << c;
    }
    if (added.isEmpty() && dropped.isEmpty())
        return;
    QString change;
    if (!added.isEmpty() && !dropped.isEmpty())
        change = RuleText::tr("adds %1 and drops %2").arg(categoryNames(added), categoryNames(dropped));
    else if (!added.isEmpty())
        change = RuleText::tr("adds %1").arg(categoryNames(added));
    else
        change = RuleText::tr("drops %1").arg(categoryNames(dropped));
    out.warning(u"review.categories"_s,
                RuleText::tr("The reviewer's 1. Category of Use %1 compared with the program's "
                             "question 1. Confirm the category with the program, and say why in "
                             "DHS PRIVACY OFFICE COMMENTS if it stands.")
                    .arg(change));
}

void detOther(const RuleInput &in, FindingSink &out)
{
    const Review &r = in.doc.review;
    if (r.categories.contains(Category::Other) && !isSubstantive(r.otherCategory))
        out.error(u"review.other_category"_s,
                  RuleText::tr("\"Other.\" is checked under 1. Category of Use: explain the "
                               "\"other\" category of use in at least 12 words."));
}

void detOutcome(const RuleInput &in, FindingSink &out)
{
    const Determination &d = in.doc.review.determination;
    if (d.outcome == Outcome::NotMet && d.reasons.isEmpty())
        out.error(u"review.determination.reasons"_s,
                  RuleText::tr("The program has not yet met the requirements: check why (program "
                               "authorities do not authorize the use, Rules of Behavior do not "
                               "comply, training required, or additional Privacy compliance "
                               "documentation is required)."));
    if (d.outcome == Outcome::Met && !d.reasons.isEmpty())
        out.error(u"review.determination.reasons"_s,
                  RuleText::tr("The program is determined to have met the requirements, yet "
                               "reasons for not meeting them are checked. Clear the reasons or "
                               "change the determination."));
}

void detCoverageMet(const RuleInput &in, FindingSink &out)
{
    const Review &r = in.doc.review;
    if (r.determination.outcome != Outcome::Met)
        return;
    const auto pending = [](const DocumentationRequirement &req) {
        return req.required && (req.coverage == Coverage::New || req.coverage == Coverage::Update);
    };
    QStringList which;
    if (pending(r.pia))
        which << RuleText::tr("PIA");
    if (pending(r.sorn))
        which << RuleText::tr("SORN");
    if (!which.isEmpty())
        out.warning(u"review.determination.outcome"_s,
                    RuleText::tr("A new or updated %1 is required, yet the program is determined "
                                 "to have met the requirements. Choose \"Program has not yet met "
                                 "requirements\" with the reason \"Additional Privacy compliance "
                                 "documentation is required\", or mark the %1 as covered by an "
                                 "existing one.")
                        .arg(which.join(RuleText::tr(" and "))));
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
    int errors = 0;
    QStringList firstIds;
    for (const Finding &f : out.soFar()) {
        if (f.severity != Severity::Error
            || !(f.path.startsWith(u"screening") || f.path.startsWith(u"summary")
                 || f.path.startsWith(u"questions")))
            continue;
        ++errors;
        if (firstIds.size() < 3 && !firstIds.contains(f.ruleId))
            firstIds << f.ruleId;
    }
    const bool noTraining = in.doc.questions.rule(Rule::Training).answer == YesNo::No;
    if (errors > 0)
        out.warning(u"review.determination.outcome"_s,
                    RuleText::tr("Requirements are determined met while the program's sections "
                                 "still hold %n error(s) (%1). Have the program correct them, or "
                                 "choose \"Program has not yet met requirements\"; if the "
                                 "determination stands, say why in DHS PRIVACY OFFICE COMMENTS.",
                                 nullptr, errors)
                        .arg(firstIds.join(u", "_s) + (errors > firstIds.size() ? u", \u2026"_s : QString())));
    else if (noTraining)
        out.warning(u"review.determination.outcome"_s,
                    RuleText::tr("Requirements are determined met while Rule h) (training) is "
                                 "answered No. Consider \"Program has not yet met requirements\" "
                                 "with the reason \"Training required.\""));
}

namespace {

// The program's answer to a rule, as the form's check boxes say it.
QString answerText(YesNo a)
{
    return a == YesNo::Yes ? RuleText::tr("Yes") : RuleText::tr("No");
}

} // namespace

void detRobMismatch(const RuleInput &in, FindingSink &out)
{
    const auto &q = in.doc.questions;
    const RobContent &c = in.doc.review.robContent;
    const auto report = [&](Rule r, const char *leaf, const char *choice) {
        out.warning(u"review.rob_content."_s + QLatin1StringView(leaf),
                    RuleText::tr("The program answered Rule %1 %2, but the reviewer chose \"%3\" "
                                 "under Rules of Behavior Content. Check the answer with the "
                                 "program, or correct the choice.")
                        .arg(ruleLabel(r), answerText(q.rule(r).answer),
                             ReviewWording::translated(choice)));
    };
    const auto answer = [&](Rule r) { return q.rule(r).answer; };
    using enum YesNo;
    if (answer(Rule::Equipment) == No && c.equipment != EquipmentChoice::Unset)
        report(Rule::Equipment, "equipment", ReviewWording::option(c.equipment));
    if ((answer(Rule::EmailAccounts) == Yes && c.emailAccounts == EmailChoice::NotRequired)
        || (answer(Rule::EmailAccounts) == No && c.emailAccounts == EmailChoice::Required))
        report(Rule::EmailAccounts, "email_accounts", ReviewWording::option(c.emailAccounts));
    if ((answer(Rule::PublicInteraction) == Yes && c.publicInteraction == InteractionChoice::MayInteract)
        || (answer(Rule::PublicInteraction) == No && c.publicInteraction == InteractionChoice::MayNotInteract))
        report(Rule::PublicInteraction, "public_interaction", ReviewWording::option(c.publicInteraction));
    if ((answer(Rule::PrivacySettings) == Yes && c.privacySettings == PrivacySettingsChoice::MayDisregard)
        || (answer(Rule::PrivacySettings) == No && c.privacySettings == PrivacySettingsChoice::MustRespect))
        report(Rule::PrivacySettings, "privacy_settings", ReviewWording::option(c.privacySettings));
    if ((answer(Rule::Documentation) == Yes && c.documentation == DocumentationChoice::NotRequired)
        || (answer(Rule::Documentation) == No && c.documentation == DocumentationChoice::Required))
        report(Rule::Documentation, "documentation", ReviewWording::option(c.documentation));
    if (answer(Rule::PiiCollection) == No && c.piiStorage.kind == PiiStorageKind::Sor)
        report(Rule::PiiCollection, "pii_storage.kind", ReviewWording::option(c.piiStorage.kind));
    // Until the reviewer has checked any item of the Rules of Behavior Content, an unchecked
    // training box is not yet a choice.
    const bool contentStarted = c.equipment != EquipmentChoice::Unset
        || c.emailAccounts != EmailChoice::Unset || c.publicInteraction != InteractionChoice::Unset
        || c.privacySettings != PrivacySettingsChoice::Unset || c.piiStorage.kind != PiiStorageKind::Unset
        || c.piiSafeguards != SafeguardsChoice::Unset || c.documentation != DocumentationChoice::Unset
        || !c.training.topics.isEmpty() || !c.training.verification.isEmpty();
    if (answer(Rule::Training) == Yes && contentStarted && !c.training.required)
        out.warning(u"review.rob_content.training.required"_s,
                    RuleText::tr("The program answered Rule %1 Yes, but the reviewer left \"%2\" "
                                 "unchecked under Rules of Behavior Content. Check the answer with "
                                 "the program, or check the item.")
                        .arg(ruleLabel(Rule::Training),
                             ReviewWording::translated(ReviewWording::trainingRequired())));
}

void detTrainingTopics(const RuleInput &in, FindingSink &out)
{
    const TrainingContent &t = in.doc.review.robContent.training;
    if (!t.required)
        return;
    QStringList missing;
    for (const TrainingTopic topic : allOf<TrainingTopic>())
        if (!t.topics.contains(topic))
            missing << u'"' + ReviewWording::translated(ReviewWording::topic(topic)) + u'"';
    if (!missing.isEmpty())
        out.warning(u"review.rob_content.training.topics"_s,
                    RuleText::tr("Training is required, but the training does not include every "
                                 "minimum topic of Rule h): %1 is unchecked. Check each topic the "
                                 "training covers, and have the program add the missing ones.")
                        .arg(missing.join(u", "_s)));
}

void detRereview(const RuleInput &in, FindingSink &out)
{
    const QDate due = rereviewDue(in.doc);
    if (!due.isValid())
        return;
    out.info(u"review.date_reviewed"_s,
             due < in.context.today
                 ? RuleText::tr("Re-review was due on %1 (three years after the review); it is "
                                "overdue.")
                       .arg(due.toString(Qt::ISODate))
                 : RuleText::tr("Re-review is due on %1, three years after the review.")
                       .arg(due.toString(Qt::ISODate)));
}

} // namespace smout::checks
