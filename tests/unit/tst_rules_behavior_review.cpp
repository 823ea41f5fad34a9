// Rules about question 5, training verification, access modes and the Privacy Office
// review. Each rule id has a document that triggers it and a close variant that does not.

#include "RuleTestSupport.h"

using namespace ruletest;

static void answer(SmoutDocument &d, Rule r, YesNo a, const QString &why = {})
{
    d.questions.rule(r).answer = a;
    d.questions.rule(r).explanation = why;
}

static const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {"ROB-ANSWER", u"ROB-ANSWER"_s, Severity::Error, u"questions.q5_rules.documentation.answer"_s,
         [](SmoutDocument &d) { answer(d, Rule::Documentation, YesNo::Unset); },
         [](SmoutDocument &d) { answer(d, Rule::Documentation, YesNo::No, words(12)); }},
        {"ROB-EXPLAIN placeholder", u"ROB-EXPLAIN"_s, Severity::Error, u"questions.q5_rules.equipment.explanation"_s,
         [](SmoutDocument &d) { answer(d, Rule::Equipment, YesNo::No, u"  N/A "_s); },
         [](SmoutDocument &d) { answer(d, Rule::Equipment, YesNo::No, words(12)); }},
        {"ROB-EXPLAIN short", u"ROB-EXPLAIN"_s, Severity::Error, u"questions.q5_rules.privacy_settings.explanation"_s,
         [](SmoutDocument &d) { answer(d, Rule::PrivacySettings, YesNo::No, words(11)); },
         [](SmoutDocument &d) { answer(d, Rule::PrivacySettings, YesNo::Yes, words(11)); }},
        {"ROB-PII-EXEMPT no citation", u"ROB-PII-EXEMPT"_s, Severity::Error, u"questions.q5_rules.pii_collection.explanation"_s,
         [](SmoutDocument &d) { answer(d, Rule::PiiCollection, YesNo::No, words(14)); },
         [](SmoutDocument &d) { answer(d, Rule::PiiCollection, YesNo::No, words(10) + u" under 5 U.S.C. § 552a(k)(2)"_s); }},
        {"ROB-PII-EXEMPT no SORN", u"ROB-PII-EXEMPT"_s, Severity::Error, u"questions.q5_rules.pii_collection.explanation"_s,
         [](SmoutDocument &d) { answer(d, Rule::PiiCollection, YesNo::No, words(12) + u" Final Rules"_s); d.summary.sorns.clear(); },
         [](SmoutDocument &d) { answer(d, Rule::PiiCollection, YesNo::No, words(12) + u" Final Rules"_s); }},
        {"ROB-SAFEGUARDS", u"ROB-SAFEGUARDS"_s, Severity::Warning, u"questions.q5_rules.pii_safeguards.answer"_s,
         [](SmoutDocument &d) { answer(d, Rule::PiiSafeguards, YesNo::No, words(12)); },
         [](SmoutDocument &d) { answer(d, Rule::PiiSafeguards, YesNo::Yes); }},
        {"ROB-TRAINING", u"ROB-TRAINING"_s, Severity::Warning, u"questions.q5_rules.training.answer"_s,
         [](SmoutDocument &d) { answer(d, Rule::Training, YesNo::No, words(12)); },
         [](SmoutDocument &d) { answer(d, Rule::Training, YesNo::Yes); }},
        {"TRN-MECHANISM none chosen", u"TRN-MECHANISM"_s, Severity::Error, u"questions.q5_training_verification"_s,
         [](SmoutDocument &d) { d.questions.q5TrainingVerification = {}; },
         [](SmoutDocument &d) { d.questions.q5TrainingVerification = {}; d.questions.q5TrainingVerification.ppocRecords = true; }},
        {"TRN-MECHANISM none with another", u"TRN-MECHANISM"_s, Severity::Error, u"questions.q5_training_verification"_s,
         [](SmoutDocument &d) { d.questions.q5TrainingVerification.none = true; d.questions.q5TrainingVerification.explanation = words(12); },
         [](SmoutDocument &d) { d.questions.q5TrainingVerification = {}; d.questions.q5TrainingVerification.none = true; d.questions.q5TrainingVerification.explanation = words(12); }},
        {"TRN-MECHANISM none unexplained", u"TRN-MECHANISM"_s, Severity::Error, u"questions.q5_training_verification.explanation"_s,
         [](SmoutDocument &d) { d.questions.q5TrainingVerification = {}; d.questions.q5TrainingVerification.none = true; d.questions.q5TrainingVerification.explanation = u"tbd"_s; },
         [](SmoutDocument &d) { d.questions.q5TrainingVerification = {}; d.questions.q5TrainingVerification.none = true; d.questions.q5TrainingVerification.explanation = words(12); }},
        {"USE-MODE", u"USE-MODE"_s, Severity::Warning, u"questions.access_modes"_s,
         [](SmoutDocument &d) { d.questions.accessModes.clear(); },
         [](SmoutDocument &d) { d.questions.accessModes = {AccessMode::OvertResearch}; }},
        {"USE-CONSISTENT masked with DHS identity", u"USE-CONSISTENT"_s, Severity::Error, u"questions.access_modes"_s,
         [](SmoutDocument &d) { d.questions.accessModes << AccessMode::MaskedMonitoring; },
         [](SmoutDocument &d) { d.questions.accessModes << AccessMode::MaskedMonitoring; answer(d, Rule::EmailAccounts, YesNo::No, words(12)); }},
        {"USE-CONSISTENT no DHS identity but overt", u"USE-CONSISTENT"_s, Severity::Error, u"questions.access_modes"_s,
         [](SmoutDocument &d) { answer(d, Rule::EmailAccounts, YesNo::No, words(12)); },
         [](SmoutDocument &d) { answer(d, Rule::EmailAccounts, YesNo::No, words(12)); d.questions.accessModes = {AccessMode::MaskedMonitoring}; }},
        {"USE-CONSISTENT engagement without interaction", u"USE-CONSISTENT"_s, Severity::Error, u"questions.access_modes"_s,
         [](SmoutDocument &d) { d.questions.accessModes << AccessMode::OvertEngagement; },
         [](SmoutDocument &d) { d.questions.accessModes << AccessMode::OvertEngagement; answer(d, Rule::PublicInteraction, YesNo::No, words(12)); }},
        {"USE-CONSISTENT interaction without engagement", u"USE-CONSISTENT"_s, Severity::Error, u"questions.access_modes"_s,
         [](SmoutDocument &d) { answer(d, Rule::PublicInteraction, YesNo::No, words(12)); },
         [](SmoutDocument &d) { answer(d, Rule::PublicInteraction, YesNo::No, words(12)); d.questions.accessModes = {AccessMode::OvertEngagement}; }},
        {"USE-APPROVER", u"USE-APPROVER"_s, Severity::Info, u"questions.access_modes"_s,
         [](SmoutDocument &) {},
         [](SmoutDocument &d) { d.questions.accessModes.clear(); }},
        {"DET-REVIEWER name", u"DET-REVIEWER"_s, Severity::Error, u"review.reviewer_name"_s,
         [](SmoutDocument &d) { d.review.reviewerName.clear(); },
         [](SmoutDocument &d) { d.review.reviewerName.clear(); d.review.determination.outcome = Outcome::Unset; }},
        {"DET-REVIEWER date", u"DET-REVIEWER"_s, Severity::Error, u"review.date_reviewed"_s,
         [](SmoutDocument &d) { d.review.dateReviewed.reset(); },
         [](SmoutDocument &d) { d.review.dateReviewed = d.summary.dateSubmitted; }},
        {"DET-REVIEWER before submission", u"DET-REVIEWER"_s, Severity::Error, u"review.date_reviewed"_s,
         [](SmoutDocument &d) { d.review.dateReviewed = d.summary.dateSubmitted->addDays(-1); },
         [](SmoutDocument &d) { d.review.dateReviewed = d.summary.dateSubmitted; }},
        {"DET-OUTCOME not met without reason", u"DET-OUTCOME"_s, Severity::Error, u"review.determination.reasons"_s,
         [](SmoutDocument &d) { d.review.determination.outcome = Outcome::NotMet; },
         [](SmoutDocument &d) { d.review.determination.outcome = Outcome::NotMet; d.review.determination.reasons = {OutcomeReason::TrainingRequired}; }},
        {"DET-OUTCOME met with reason", u"DET-OUTCOME"_s, Severity::Error, u"review.determination.reasons"_s,
         [](SmoutDocument &d) { d.review.determination.reasons = {OutcomeReason::TrainingRequired}; },
         [](SmoutDocument &d) { d.review.determination.reasons.clear(); }},
        {"DET-ROB-ANALYSIS", u"DET-ROB-ANALYSIS"_s, Severity::Error, u"review.determination.rob_analysis"_s,
         [](SmoutDocument &d) { d.review.determination.outcome = Outcome::NotMet; d.review.determination.reasons = {OutcomeReason::RobNoncompliant}; },
         [](SmoutDocument &d) { d.review.determination.outcome = Outcome::NotMet; d.review.determination.reasons = {OutcomeReason::RobNoncompliant}; d.review.determination.robAnalysis = words(12); }},
        {"DET-COVERAGE unset", u"DET-COVERAGE"_s, Severity::Error, u"review.pia.coverage"_s,
         [](SmoutDocument &d) { d.review.pia.coverage = Coverage::Unset; },
         [](SmoutDocument &d) { d.review.pia.coverage = Coverage::New; }},
        {"DET-COVERAGE existing without ids", u"DET-COVERAGE"_s, Severity::Error, u"review.sorn.existing"_s,
         [](SmoutDocument &d) { d.review.sorn.existing.clear(); },
         [](SmoutDocument &d) { d.review.sorn.existing.clear(); d.review.sorn.required = false; }},
        {"DET-COVERAGE update without target", u"DET-COVERAGE"_s, Severity::Error, u"review.pia.update_target"_s,
         [](SmoutDocument &d) { d.review.pia.coverage = Coverage::Update; },
         [](SmoutDocument &d) { d.review.pia.coverage = Coverage::Update; d.review.pia.updateTarget = u"DHS/USCIS/PIA-013(a)"_s; }},
        {"DET-MET-WITH-ERRORS errors", u"DET-MET-WITH-ERRORS"_s, Severity::Warning, u"review.determination.outcome"_s,
         [](SmoutDocument &d) { d.summary.itSystems.clear(); },
         [](SmoutDocument &d) { d.summary.itSystems.clear(); d.review.determination.outcome = Outcome::NotMet; d.review.determination.reasons = {OutcomeReason::AuthoritiesInsufficient}; }},
        {"DET-MET-WITH-ERRORS training", u"DET-MET-WITH-ERRORS"_s, Severity::Warning, u"review.determination.outcome"_s,
         [](SmoutDocument &d) { answer(d, Rule::Training, YesNo::No, words(12)); },
         [](SmoutDocument &d) { answer(d, Rule::Training, YesNo::No, words(12)); d.review.determination.outcome = Outcome::NotMet; d.review.determination.reasons = {OutcomeReason::TrainingRequired}; }},
        {"DET-ROB-MISMATCH privacy settings", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.privacy_settings"_s,
         [](SmoutDocument &d) { d.review.robContent.privacySettings = PrivacySettingsChoice::MayDisregard; },
         [](SmoutDocument &d) { d.review.robContent.privacySettings = PrivacySettingsChoice::MayDisregard; answer(d, Rule::PrivacySettings, YesNo::No, words(12)); }},
        {"DET-ROB-MISMATCH equipment", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.equipment"_s,
         [](SmoutDocument &d) { d.review.robContent.equipment = EquipmentChoice::NonAttributable; },
         [](SmoutDocument &d) { d.review.robContent.equipment = EquipmentChoice::DhsAttributable; }},
        {"DET-ROB-MISMATCH email", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.email_accounts"_s,
         [](SmoutDocument &d) { d.review.robContent.emailAccounts = EmailChoice::NotRequired; },
         [](SmoutDocument &d) { d.review.robContent.emailAccounts = EmailChoice::Required; }},
        {"DET-ROB-MISMATCH interaction", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.public_interaction"_s,
         [](SmoutDocument &d) { d.review.robContent.publicInteraction = InteractionChoice::MayInteract; },
         [](SmoutDocument &d) { d.review.robContent.publicInteraction = InteractionChoice::MayNotInteract; }},
        {"DET-REREVIEW", u"DET-REREVIEW"_s, Severity::Info, u"review.date_reviewed"_s,
         [](SmoutDocument &) {},
         [](SmoutDocument &d) { d.review.determination.outcome = Outcome::NotMet; d.review.determination.reasons = {OutcomeReason::TrainingRequired}; }},
    };
    return all;
}

class TestRulesBehaviorReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eachRule_data() { addRows(cases()); }
    void eachRule()
    {
        QFETCH(int, index);
        runCase(cases()[size_t(index)]);
    }

    void oneFindingPerUnansweredRule()
    {
        SmoutDocument d = cleanDocument();
        for (const Rule r : allOf<Rule>())
            answer(d, r, YesNo::Unset);
        QCOMPARE(describe(check(d)).filter(u"ROB-ANSWER"_s).size(), RuleCount);
    }

    void rereviewDateIsThreeYearsAfterTheReview()
    {
        const Findings found = check(cleanDocument());
        const auto it = std::find_if(found.begin(), found.end(),
                                     [](const Finding &f) { return f.ruleId == u"DET-REREVIEW"; });
        QVERIFY(it != found.end());
        QVERIFY2(it->message.contains(u"2029-04-15"_s), qPrintable(it->message));
    }

    void undercoverNeedsSeniorApprover()
    {
        SmoutDocument d = cleanDocument();
        answer(d, Rule::EmailAccounts, YesNo::No, words(12));
        answer(d, Rule::PublicInteraction, YesNo::No, words(12));
        d.questions.accessModes = {AccessMode::OvertResearch, AccessMode::UndercoverEngagement};
        const Findings found = check(d);
        const auto it = std::find_if(found.begin(), found.end(),
                                     [](const Finding &f) { return f.ruleId == u"USE-APPROVER"; });
        QVERIFY(it != found.end());
        QVERIFY(it->message.contains(u"Senior Executive Service"_s));
        QCOMPARE(describe(found).filter(u"USE-CONSISTENT"_s), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestRulesBehaviorReview)
#include "tst_rules_behavior_review.moc"
