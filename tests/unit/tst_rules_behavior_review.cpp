// Rules about question 5, training verification, access modes and the Privacy Office
// review. Each rule id has a document that triggers it and a close variant that does not.

#include "RuleTestSupport.h"
#include "model/Rereview.h"

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
        {"USE-MODE CBP", u"USE-MODE"_s, Severity::Warning, u"questions.access_modes"_s,
         [](SmoutDocument &d) { d.summary.component = u"CBP"_s; d.questions.accessModes.clear(); },
         [](SmoutDocument &d) { d.questions.accessModes.clear(); }},
        {"USE-CONSISTENT masked with DHS identity", u"USE-CONSISTENT"_s, Severity::Error, u"questions.access_modes"_s,
         [](SmoutDocument &d) { d.questions.accessModes << AccessMode::MaskedMonitoring; },
         [](SmoutDocument &d) { d.questions.accessModes << AccessMode::MaskedMonitoring; answer(d, Rule::EmailAccounts, YesNo::No, words(12)); }},
        {"USE-CONSISTENT no DHS identity but overt", u"USE-CONSISTENT"_s, Severity::Error, u"questions.access_modes"_s,
         [](SmoutDocument &d) { answer(d, Rule::EmailAccounts, YesNo::No, words(12)); d.questions.accessModes = {AccessMode::OvertMonitoring}; },
         [](SmoutDocument &d) { answer(d, Rule::EmailAccounts, YesNo::No, words(12)); d.questions.accessModes = {AccessMode::MaskedMonitoring}; }},
        {"USE-CONSISTENT overt research never contradicts rule b", u"USE-CONSISTENT"_s, Severity::Error, u"questions.access_modes"_s,
         [](SmoutDocument &d) { answer(d, Rule::EmailAccounts, YesNo::No, words(12)); d.questions.accessModes = {AccessMode::OvertEngagement}; answer(d, Rule::PublicInteraction, YesNo::No, words(12)); },
         [](SmoutDocument &d) { answer(d, Rule::EmailAccounts, YesNo::No, words(12)); d.questions.accessModes = {AccessMode::OvertResearch}; }},
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
        {"DET-REVIEWER future", u"DET-REVIEWER"_s, Severity::Error, u"review.date_reviewed"_s,
         [](SmoutDocument &d) { d.review.dateReviewed = today.addDays(1); },
         [](SmoutDocument &d) { d.review.dateReviewed = today; }},
        {"DET-CATEGORY", u"DET-CATEGORY"_s, Severity::Warning, u"review.categories"_s,
         [](SmoutDocument &d) { d.review.categories = {Category::CriminalInvestigations}; },
         [](SmoutDocument &d) { d.review.categories = {Category::BenefitDeterminations}; }},
        {"DET-CATEGORY dropped", u"DET-CATEGORY"_s, Severity::Warning, u"review.categories"_s,
         [](SmoutDocument &d) { d.questions.q1Categories << Category::AdministrativeInvestigations; },
         [](SmoutDocument &d) { d.questions.q1Categories << Category::AdministrativeInvestigations; d.review.categories.clear(); }},
        {"DET-OTHER", u"DET-OTHER"_s, Severity::Error, u"review.other_category"_s,
         [](SmoutDocument &d) { d.review.categories << Category::Other; d.review.otherCategory = u"Same as above"_s; },
         [](SmoutDocument &d) { d.review.categories << Category::Other; d.review.otherCategory = words(12); }},
        {"DET-COVERAGE-MET PIA new", u"DET-COVERAGE-MET"_s, Severity::Warning, u"review.determination.outcome"_s,
         [](SmoutDocument &d) { d.review.pia.coverage = Coverage::New; },
         [](SmoutDocument &d) { d.review.pia.coverage = Coverage::New; d.review.determination.outcome = Outcome::NotMet; d.review.determination.reasons = {OutcomeReason::DocumentationRequired}; }},
        {"DET-COVERAGE-MET SORN update", u"DET-COVERAGE-MET"_s, Severity::Warning, u"review.determination.outcome"_s,
         [](SmoutDocument &d) { d.review.sorn.coverage = Coverage::Update; d.review.sorn.updateTarget = u"DHS/USCIS-006"_s; },
         [](SmoutDocument &d) { d.review.sorn.coverage = Coverage::Update; d.review.sorn.updateTarget = u"DHS/USCIS-006"_s; d.review.sorn.required = false; }},
        {"DET-TRAINING-TOPICS", u"DET-TRAINING-TOPICS"_s, Severity::Warning, u"review.rob_content.training.topics"_s,
         [](SmoutDocument &d) { d.review.robContent.training.topics.removeAll(TrainingTopic::AccessRequirements); },
         [](SmoutDocument &d) { d.review.robContent.training.topics.removeAll(TrainingTopic::AccessRequirements); d.review.robContent.training.required = false; }},
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
        {"DET-ROB-MISMATCH equipment No", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.equipment"_s,
         [](SmoutDocument &d) { answer(d, Rule::Equipment, YesNo::No, words(12)); },
         [](SmoutDocument &d) { answer(d, Rule::Equipment, YesNo::No, words(12)); d.review.robContent.equipment = EquipmentChoice::Unset; }},
        {"DET-ROB-MISMATCH equipment Yes is not contradicted", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.equipment"_s,
         [](SmoutDocument &d) { answer(d, Rule::Equipment, YesNo::No, words(12)); d.review.robContent.equipment = EquipmentChoice::NonAttributable; },
         [](SmoutDocument &d) { d.review.robContent.equipment = EquipmentChoice::NonAttributable; }},
        {"DET-ROB-MISMATCH email Yes", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.email_accounts"_s,
         [](SmoutDocument &d) { d.review.robContent.emailAccounts = EmailChoice::NotRequired; },
         [](SmoutDocument &d) { d.review.robContent.emailAccounts = EmailChoice::Required; }},
        {"DET-ROB-MISMATCH email No", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.email_accounts"_s,
         [](SmoutDocument &d) { answer(d, Rule::EmailAccounts, YesNo::No, words(12)); },
         [](SmoutDocument &d) { answer(d, Rule::EmailAccounts, YesNo::No, words(12)); d.review.robContent.emailAccounts = EmailChoice::NotRequired; }},
        {"DET-ROB-MISMATCH interaction Yes", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.public_interaction"_s,
         [](SmoutDocument &d) { d.review.robContent.publicInteraction = InteractionChoice::MayInteract; },
         [](SmoutDocument &d) { d.review.robContent.publicInteraction = InteractionChoice::MayNotInteract; }},
        {"DET-ROB-MISMATCH interaction No", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.public_interaction"_s,
         [](SmoutDocument &d) { answer(d, Rule::PublicInteraction, YesNo::No, words(12)); },
         [](SmoutDocument &d) { answer(d, Rule::PublicInteraction, YesNo::No, words(12)); d.review.robContent.publicInteraction = InteractionChoice::MayInteract; }},
        {"DET-ROB-MISMATCH privacy settings Yes", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.privacy_settings"_s,
         [](SmoutDocument &d) { d.review.robContent.privacySettings = PrivacySettingsChoice::MayDisregard; },
         [](SmoutDocument &d) { d.review.robContent.privacySettings = PrivacySettingsChoice::MayDisregard; answer(d, Rule::PrivacySettings, YesNo::No, words(12)); }},
        {"DET-ROB-MISMATCH privacy settings No", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.privacy_settings"_s,
         [](SmoutDocument &d) { answer(d, Rule::PrivacySettings, YesNo::No, words(12)); },
         [](SmoutDocument &d) { answer(d, Rule::PrivacySettings, YesNo::No, words(12)); d.review.robContent.privacySettings = PrivacySettingsChoice::MayDisregard; }},
        {"DET-ROB-MISMATCH documentation Yes", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.documentation"_s,
         [](SmoutDocument &d) { d.review.robContent.documentation = DocumentationChoice::NotRequired; },
         [](SmoutDocument &d) { d.review.robContent.documentation = DocumentationChoice::NotRequired; answer(d, Rule::Documentation, YesNo::No, words(12)); }},
        {"DET-ROB-MISMATCH documentation No", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.documentation"_s,
         [](SmoutDocument &d) { answer(d, Rule::Documentation, YesNo::No, words(12)); },
         [](SmoutDocument &d) { answer(d, Rule::Documentation, YesNo::No, words(12)); d.review.robContent.documentation = DocumentationChoice::NotRequired; }},
        {"DET-ROB-MISMATCH PII exemption claimed", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.pii_storage.kind"_s,
         [](SmoutDocument &d) { answer(d, Rule::PiiCollection, YesNo::No, words(12) + u" Final Rules"_s); },
         [](SmoutDocument &d) { answer(d, Rule::PiiCollection, YesNo::No, words(12) + u" Final Rules"_s); d.review.robContent.piiStorage.kind = PiiStorageKind::ExemptedSor; }},
        {"DET-ROB-MISMATCH training", u"DET-ROB-MISMATCH"_s, Severity::Warning, u"review.rob_content.training.required"_s,
         [](SmoutDocument &d) { d.review.robContent.training.required = false; },
         [](SmoutDocument &d) { d.review.robContent = {}; }},
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

    // The rule reports the very date the inventory stores (model/Rereview.h), even for a
    // review on 29 February.
    void rereviewRuleAndInventoryAgree()
    {
        SmoutDocument d = cleanDocument();
        d.review.dateReviewed = QDate(2024, 2, 29);
        QCOMPARE(rereviewDue(d), QDate(2027, 2, 28));
        const Findings found = check(d);
        const auto it = std::find_if(found.begin(), found.end(),
                                     [](const Finding &f) { return f.ruleId == u"DET-REREVIEW"; });
        QVERIFY(it != found.end());
        QVERIFY2(it->message.contains(rereviewDue(d).toString(Qt::ISODate)), qPrintable(it->message));
        d.review.determination.outcome = Outcome::NotMet;
        QVERIFY(!rereviewDue(d).isValid());
    }

    void mismatchNamesRuleChoiceAndAnswer()
    {
        SmoutDocument d = cleanDocument();
        answer(d, Rule::EmailAccounts, YesNo::No, words(12));
        const Findings found = check(d);
        const auto it = std::find_if(found.begin(), found.end(),
                                     [](const Finding &f) { return f.ruleId == u"DET-ROB-MISMATCH"; });
        QVERIFY(it != found.end());
        QVERIFY2(it->message.contains(u"Rule b) Email and accounts No"_s), qPrintable(it->message));
        QVERIFY2(it->message.contains(u"\"Users must use government email addresses or official DHS accounts online.\""_s),
                 qPrintable(it->message));
    }

    void metWithErrorsCountsThemAndNamesTheFirst()
    {
        SmoutDocument d = cleanDocument();
        d.summary.itSystems.clear();
        d.questions.q2aCounselReviewed = YesNo::No;
        d.questions.q3Status = UseStatus::Unset;
        answer(d, Rule::Equipment, YesNo::No);
        const Findings found = check(d);
        const auto it = std::find_if(found.begin(), found.end(),
                                     [](const Finding &f) { return f.ruleId == u"DET-MET-WITH-ERRORS"; });
        QVERIFY(it != found.end());
        QVERIFY2(it->message.contains(u"still hold 4 error"_s), qPrintable(it->message));
        QVERIFY2(it->message.contains(u"(SUM-SYSTEMS, Q2-COUNSEL, Q3-STATUS, \u2026)"_s), qPrintable(it->message));
        QVERIFY(!it->message.contains(u"acceptable"_s));
    }

    void categoryChangeNamesAddedAndDropped()
    {
        SmoutDocument d = cleanDocument();
        d.review.categories = {Category::SituationalAwareness};
        const Findings found = check(d);
        const auto it = std::find_if(found.begin(), found.end(),
                                     [](const Finding &f) { return f.ruleId == u"DET-CATEGORY"; });
        QVERIFY(it != found.end());
        QVERIFY2(it->message.contains(u"adds \"Situational awareness\" and drops \"Administrative or benefit determinations (including fraud detection)\""_s),
                 qPrintable(it->message));
    }

    void approverNamesItsSource()
    {
        const auto approverOf = [](const SmoutDocument &d) {
            const Findings found = check(d);
            const auto it = std::find_if(found.begin(), found.end(),
                                         [](const Finding &f) { return f.ruleId == u"USE-APPROVER"; });
            return it == found.end() ? QString() : it->message;
        };
        SmoutDocument d = cleanDocument();
        QVERIFY2(approverOf(d).contains(u"its own access procedure governs"_s), qPrintable(approverOf(d)));
        d.summary.component = u"CBP"_s;
        QVERIFY2(approverOf(d).startsWith(u"Under CBP's Standard Operating Procedure"_s), qPrintable(approverOf(d)));
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
