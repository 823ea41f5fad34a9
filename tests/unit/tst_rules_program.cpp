// Rules about the program's own answers: scope, summary information, questions 1–4.
// Each rule id has a document that triggers it and a close variant that does not.

#include "RuleTestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace ruletest;

static const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {"SCOPE-EXEMPT", u"SCOPE-EXEMPT"_s, Severity::Info, u"screening.public_affairs_outreach"_s,
         [](SmoutDocument &d) { d.screening.publicAffairsOutreach = true; },
         [](SmoutDocument &) {}},
        {"SCOPE-EXEMPT OPS", u"SCOPE-EXEMPT"_s, Severity::Info, u"screening.ops_situational_awareness"_s,
         [](SmoutDocument &d) { d.screening.opsSituationalAwareness = true; d.summary.component = u"OPS"_s; },
         [](SmoutDocument &d) { d.screening.opsSituationalAwareness = true; }},
        {"SCOPE-COMPONENT OPS exemption", u"SCOPE-COMPONENT"_s, Severity::Error, u"screening.ops_situational_awareness"_s,
         [](SmoutDocument &d) { d.screening.opsSituationalAwareness = true; },
         [](SmoutDocument &d) { d.screening.opsSituationalAwareness = true; d.summary.component = u"OPS"_s; }},
        {"SCOPE-COMPONENT EO 12333", u"SCOPE-COMPONENT"_s, Severity::Warning, u"screening.intelligence_eo12333"_s,
         [](SmoutDocument &d) { d.screening.intelligenceEo12333 = true; },
         [](SmoutDocument &d) { d.screening.intelligenceEo12333 = true; d.summary.component = u"USCG"_s; }},
        {"SUM-COMPONENT missing", u"SUM-COMPONENT"_s, Severity::Error, u"summary.component"_s,
         [](SmoutDocument &d) { d.summary.component.clear(); },
         [](SmoutDocument &d) { d.summary.component = u"I&A"_s; }},
        {"SUM-COMPONENT unknown", u"SUM-COMPONENT"_s, Severity::Error, u"summary.component"_s,
         [](SmoutDocument &d) { d.summary.component = u"NASA"_s; },
         [](SmoutDocument &d) { d.summary.component = u"FLETC"_s; }},
        {"SUM-CONTACT", u"SUM-CONTACT"_s, Severity::Error, u"summary.contacts"_s,
         [](SmoutDocument &d) { d.summary.contacts[0].phone.clear(); d.summary.contacts[0].email.clear(); },
         [](SmoutDocument &d) { d.summary.contacts[0].phone.clear(); }},
        {"SUM-COUNSEL", u"SUM-COUNSEL"_s, Severity::Error, u"summary.counsel"_s,
         [](SmoutDocument &d) { d.summary.counsel[0].name = u"  "_s; },
         [](SmoutDocument &d) { d.summary.counsel[0].email.clear(); }},
        {"SUM-SYSTEMS", u"SUM-SYSTEMS"_s, Severity::Error, u"summary.it_systems"_s,
         [](SmoutDocument &d) { d.summary.itSystems = {u""_s}; },
         [](SmoutDocument &d) { d.summary.itSystems = {u""_s, u"TECS"_s}; }},
        {"SUM-PIA-FORMAT", u"SUM-PIA-FORMAT"_s, Severity::Warning, u"summary.pias[1].id"_s,
         [](SmoutDocument &d) { d.summary.pias.append({u"PIA 44"_s, {}, {}, {}}); },
         [](SmoutDocument &d) { d.summary.pias.append({u"DHS/ICE/PIA-055(a)"_s, {}, {}, {}}); }},
        {"SUM-PIA-FORMAT update number", u"SUM-PIA-FORMAT"_s, Severity::Warning, u"summary.pias[0].id"_s,
         [](SmoutDocument &d) { d.summary.pias[0].id = u"DHS/USCIS/PIA-013-1"_s; },
         [](SmoutDocument &d) { d.summary.pias[0].id = u"DHS/USCIS/PIA-013-01"_s; }},
        {"SUM-PIA-EXEMPT-ONLY", u"SUM-PIA-EXEMPT-ONLY"_s, Severity::Warning, u"summary.pias"_s,
         [](SmoutDocument &d) { d.summary.pias = {{u"DHS/ALL/PIA-031"_s, {}, {}, {}}, {u"DHS/OPS/PIA-004(d)"_s, {}, {}, {}}}; },
         [](SmoutDocument &d) { d.summary.pias.append({u"DHS/ALL/PIA-036"_s, {}, {}, {}}); }},
        {"SUM-PIA-EXEMPT-ONLY update", u"SUM-PIA-EXEMPT-ONLY"_s, Severity::Warning, u"summary.pias"_s,
         [](SmoutDocument &d) { d.summary.pias = {{u"DHS/OPS/PIA-004-01(f)"_s, {}, {}, {}}}; },
         [](SmoutDocument &d) { d.summary.pias = {{u"DHS/OPS/PIA-0041"_s, {}, {}, {}}}; }},
        {"SUM-SORN-FORMAT", u"SUM-SORN-FORMAT"_s, Severity::Error, u"summary.sorns[0].id"_s,
         [](SmoutDocument &d) { d.summary.sorns[0].id = u"DHS/USCIS/006"_s; },
         [](SmoutDocument &d) { d.summary.sorns[0].id = u"DHS/USCIS-ICE-CBP-001"_s; }},
        {"SUM-SORN-FR", u"SUM-SORN-FR"_s, Severity::Info, u"summary.sorns[0].federal_register"_s,
         [](SmoutDocument &d) { d.summary.sorns[0].federalRegister = u"77 Fed. Reg. 47411"_s; },
         [](SmoutDocument &d) { d.summary.sorns[0].federalRegister = u"79 FR 23361"_s; }},
        {"SUM-NO-PIA", u"SUM-NO-PIA"_s, Severity::Warning, u"summary.pias"_s,
         [](SmoutDocument &d) { d.summary.pias.clear(); },
         [](SmoutDocument &) {}},
        {"SUM-NO-SORN", u"SUM-NO-SORN"_s, Severity::Warning, u"summary.sorns"_s,
         [](SmoutDocument &d) { d.summary.sorns.clear(); },
         [](SmoutDocument &d) { d.summary.sorns.clear(); d.summary.itSystems.clear(); }},
        {"SUM-DATE future", u"SUM-DATE"_s, Severity::Error, u"summary.date_submitted"_s,
         [](SmoutDocument &d) { d.summary.dateSubmitted = today.addDays(1); },
         [](SmoutDocument &d) { d.summary.dateSubmitted = today; }},
        {"SUM-DATE missing", u"SUM-DATE"_s, Severity::Warning, u"summary.date_submitted"_s,
         [](SmoutDocument &d) { d.summary.dateSubmitted.reset(); },
         [](SmoutDocument &d) { d.summary.dateSubmitted = QDate(2005, 1, 3); d.review.dateReviewed = today; }},
        {"Q1-CATEGORY", u"Q1-CATEGORY"_s, Severity::Error, u"questions.q1_categories"_s,
         [](SmoutDocument &d) { d.questions.q1Categories.clear(); },
         [](SmoutDocument &d) { d.questions.q1Categories = {Category::SituationalAwareness}; }},
        {"Q1-MULTIPLE", u"Q1-MULTIPLE"_s, Severity::Warning, u"questions.q1_categories"_s,
         [](SmoutDocument &d) { d.questions.q1Categories << Category::CriminalInvestigations; },
         [](SmoutDocument &d) { d.questions.q1Categories << Category::BenefitDeterminations; }},
        {"Q1-OTHER", u"Q1-OTHER"_s, Severity::Error, u"questions.q1_other"_s,
         [](SmoutDocument &d) { d.questions.q1Categories = {Category::Other}; d.questions.q1Other = u"TBD"_s; },
         [](SmoutDocument &d) { d.questions.q1Categories = {Category::Other}; d.questions.q1Other = words(12); }},
        {"Q1-DESCRIPTION missing", u"Q1-DESCRIPTION"_s, Severity::Error, u"questions.q1_description"_s,
         [](SmoutDocument &d) { d.questions.q1Description = u" \n "_s; },
         [](SmoutDocument &d) { d.questions.q1Description = words(60); }},
        {"Q1-DESCRIPTION short", u"Q1-DESCRIPTION"_s, Severity::Warning, u"questions.q1_description"_s,
         [](SmoutDocument &d) { d.questions.q1Description = words(59); },
         [](SmoutDocument &d) { d.questions.q1Description = words(60); }},
        {"Q2-AUTHORITY", u"Q2-AUTHORITY"_s, Severity::Error, u"questions.q2_authorities"_s,
         [](SmoutDocument &d) { d.questions.q2Authorities.clear(); },
         [](SmoutDocument &d) { d.questions.q2Authorities = {u"6 U.S.C. § 112"_s}; }},
        {"Q2-CITATION", u"Q2-CITATION"_s, Severity::Warning, u"questions.q2_authorities[1]"_s,
         [](SmoutDocument &d) { d.questions.q2Authorities[1] = u"Our general mission"_s; },
         [](SmoutDocument &d) { d.questions.q2Authorities[1] = u"Executive Order 12333"_s; }},
        {"Q2-COUNSEL unanswered", u"Q2-COUNSEL"_s, Severity::Error, u"questions.q2a_counsel_reviewed"_s,
         [](SmoutDocument &d) { d.questions.q2aCounselReviewed = YesNo::Unset; },
         [](SmoutDocument &d) { d.questions.q2aCounselReviewed = YesNo::Yes; }},
        {"Q2-COUNSEL no", u"Q2-COUNSEL"_s, Severity::Error, u"questions.q2a_counsel_reviewed"_s,
         [](SmoutDocument &d) { d.questions.q2aCounselReviewed = YesNo::No; },
         [](SmoutDocument &d) { d.questions.q2aCounselReviewed = YesNo::Yes; }},
        {"Q3-STATUS", u"Q3-STATUS"_s, Severity::Error, u"questions.q3_status"_s,
         [](SmoutDocument &d) { d.questions.q3Status = UseStatus::Unset; },
         [](SmoutDocument &d) { d.questions.q3Status = UseStatus::InDevelopment; d.questions.q3DateFirstLaunched.reset(); }},
        {"Q3-LAUNCH", u"Q3-LAUNCH"_s, Severity::Error, u"questions.q3_date_first_launched"_s,
         [](SmoutDocument &d) { d.questions.q3DateFirstLaunched.reset(); d.questions.q3LaunchNote = u"Unknown."_s; },
         [](SmoutDocument &d) { d.questions.q3DateFirstLaunched.reset(); d.questions.q3LaunchNote = words(12); }},
        {"Q3-LAUNCH-DATE future", u"Q3-LAUNCH-DATE"_s, Severity::Error, u"questions.q3_date_first_launched"_s,
         [](SmoutDocument &d) { d.questions.q3DateFirstLaunched = today.addDays(1); },
         [](SmoutDocument &d) { d.questions.q3DateFirstLaunched = today; }},
        {"Q3-LAUNCH-DATE not a date", u"Q3-LAUNCH-DATE"_s, Severity::Error, u"questions.q3_date_first_launched"_s,
         [](SmoutDocument &d) { d.questions.q3DateFirstLaunched = QDate(); },
         [](SmoutDocument &d) { d.questions.q3DateFirstLaunched = QDate(1998, 5, 1); d.questions.q3LaunchNote.clear(); }},
        {"Q3-LAUNCH-DATE in development", u"Q3-LAUNCH-DATE"_s, Severity::Warning, u"questions.q3_date_first_launched"_s,
         [](SmoutDocument &d) { d.questions.q3Status = UseStatus::InDevelopment; },
         [](SmoutDocument &d) { d.questions.q3Status = UseStatus::InDevelopment; d.questions.q3DateFirstLaunched.reset(); }},
        {"Q4-ATTACHMENT", u"Q4-ATTACHMENT"_s, Severity::Error, u"questions.q4_rules_of_behavior"_s,
         [](SmoutDocument &d) { d.questions.q4RulesOfBehavior = {}; },
         [](SmoutDocument &d) { d.questions.q4RulesOfBehavior = {}; d.questions.q4RulesOfBehavior.title = u"Memorandum, June 28, 2012"_s; }},
        {"Q4-HASH mismatch", u"Q4-HASH"_s, Severity::Error, u"questions.q4_rules_of_behavior.sha256"_s,
         [](SmoutDocument &d) { d.questions.q4RulesOfBehavior.sha256[0] = d.questions.q4RulesOfBehavior.sha256[0] == u'0' ? u'1' : u'0'; },
         [](SmoutDocument &d) { d.questions.q4RulesOfBehavior.sha256 = d.questions.q4RulesOfBehavior.sha256.toUpper(); }},
        {"Q4-HASH missing file", u"Q4-HASH"_s, Severity::Error, u"questions.q4_rules_of_behavior.file"_s,
         [](SmoutDocument &d) { d.questions.q4RulesOfBehavior.file = u"gone.pdf"_s; },
         [](SmoutDocument &d) { d.questions.q4RulesOfBehavior.file.clear(); }},
    };
    return all;
}

class TestRulesProgram : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanExampleHasNoErrorsOrWarnings()
    {
        const Findings found = check(cleanDocument());
        QCOMPARE(countOf(found, Severity::Error), 0);
        QCOMPARE(countOf(found, Severity::Warning), 0);
    }

    void eachRule_data() { addRows(cases()); }
    void eachRule()
    {
        QFETCH(int, index);
        runCase(cases()[size_t(index)]);
    }

    void validExemptionMakesAScreeningRecord()
    {
        // An Office of Public Affairs outreach use with the rest of the form left blank.
        SmoutDocument d = SmoutDocument::createNew();
        d.screening.publicAffairsOutreach = true;
        QCOMPARE(describe(check(d)), QStringList{u"SCOPE-EXEMPT info screening.public_affairs_outreach"_s});
    }

    void exemptionOfAnotherComponentLetsTheOtherRulesRun()
    {
        SmoutDocument d = SmoutDocument::createNew(u"CBP"_s);
        d.screening.opsSituationalAwareness = true;
        const QStringList found = describe(check(d));
        QVERIFY(found.contains(u"SCOPE-COMPONENT error screening.ops_situational_awareness"_s));
        QVERIFY(!found.join(u' ').contains(u"SCOPE-EXEMPT"_s));
        QVERIFY(found.contains(u"SUM-SYSTEMS error summary.it_systems"_s));
        QVERIFY(found.contains(u"SUM-DATE warning summary.date_submitted"_s));
    }

    void eo12333ElsewhereWarnsButStaysExempt()
    {
        SmoutDocument d = SmoutDocument::createNew(u"ICE"_s);
        d.screening.intelligenceEo12333 = true;
        QCOMPARE(describe(check(d)), (QStringList{u"SCOPE-EXEMPT info screening.intelligence_eo12333"_s,
                                                  u"SCOPE-COMPONENT warning screening.intelligence_eo12333"_s}));
    }

    void launchBeforeTheDirectiveIsNormal()
    {
        SmoutDocument d = cleanDocument();
        d.questions.q3DateFirstLaunched = QDate(2003, 3, 1);
        d.questions.q3LaunchNote.clear();
        QVERIFY(!describe(check(d)).join(u' ').contains(u"Q3-LAUNCH-DATE"_s));
    }

    void attachmentMessageAsksForWhatItChecks()
    {
        SmoutDocument d = cleanDocument();
        d.questions.q4RulesOfBehavior = {};
        const Findings found = check(d);
        const auto it = std::find_if(found.begin(), found.end(),
                                     [](const Finding &f) { return f.ruleId == u"Q4-ATTACHMENT"; });
        QVERIFY(it != found.end());
        QVERIFY2(it->message.contains(u"or at least give the title"_s), qPrintable(it->message));
    }

    void scopeExemptionSaysWhatCoversTheUse()
    {
        SmoutDocument d = cleanDocument();
        d.screening.publicAffairsOutreach = true;
        const Findings found = check(d);
        const auto it = std::find_if(found.begin(), found.end(),
                                     [](const Finding &f) { return f.ruleId == u"SCOPE-EXEMPT"; });
        QVERIFY(it != found.end());
        QVERIFY(it->message.contains(u"DHS/ALL/PIA-031"_s));
    }

    void roleFiltersBySection()
    {
        SmoutDocument d = cleanDocument();
        d.questions.q2aCounselReviewed = YesNo::No;
        d.summary.contacts.clear();
        d.review.reviewerName.clear();
        RuleContext counsel;
        counsel.today = today;
        counsel.role = Role::Counsel;
        QCOMPARE(describe(RuleEngine::validate(d, counsel)),
                 QStringList{u"Q2-COUNSEL error questions.q2a_counsel_reviewed"_s});
        RuleContext author = counsel;
        author.role = Role::Author;
        const QStringList forAuthor = describe(RuleEngine::validate(d, author));
        QVERIFY(forAuthor.contains(u"SUM-CONTACT error summary.contacts"_s));
        QVERIFY(!forAuthor.join(u' ').contains(u"review."_s));
        RuleContext reviewer = counsel;
        reviewer.role = Role::Reviewer;
        QVERIFY(describe(RuleEngine::validate(d, reviewer)).contains(u"DET-REVIEWER error review.reviewer_name"_s));
    }

    void attachmentHashFollowsTheFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"rob.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Rules of Behavior v1");
        f.close();
        SmoutDocument d = cleanDocument();
        d.questions.q4RulesOfBehavior.file = u"rob.txt"_s;
        d.questions.q4RulesOfBehavior.sha256 = QString::fromLatin1(
            QCryptographicHash::hash("Rules of Behavior v1", QCryptographicHash::Sha256).toHex());
        RuleContext context;
        context.today = today;
        context.attachmentDir = dir.path();
        auto hashFindings = [&] {
            return describe(RuleEngine::validate(d, context)).filter(u"Q4-HASH"_s);
        };
        QVERIFY(hashFindings().isEmpty());
        QTest::qWait(1100); // a different modification time, so the remembered hash is not reused
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Rules of Behavior v2");
        f.close();
        QCOMPARE(hashFindings().size(), 1);
    }

    void everyRuleIdOfTheSpecIsInTheCatalogue()
    {
        const QStringList expected{
            u"SCOPE-EXEMPT"_s, u"SCOPE-COMPONENT"_s, u"SUM-COMPONENT"_s, u"SUM-CONTACT"_s,
            u"SUM-COUNSEL"_s, u"SUM-SYSTEMS"_s, u"SUM-PIA-FORMAT"_s, u"SUM-PIA-EXEMPT-ONLY"_s,
            u"SUM-SORN-FORMAT"_s, u"SUM-SORN-FR"_s,
            u"SUM-NO-PIA"_s, u"SUM-NO-SORN"_s, u"SUM-DATE"_s, u"Q1-CATEGORY"_s, u"Q1-MULTIPLE"_s,
            u"Q1-OTHER"_s, u"Q1-DESCRIPTION"_s, u"Q2-AUTHORITY"_s, u"Q2-CITATION"_s,
            u"Q2-COUNSEL"_s, u"Q3-STATUS"_s, u"Q3-LAUNCH"_s, u"Q3-LAUNCH-DATE"_s,
            u"Q4-ATTACHMENT"_s, u"Q4-HASH"_s, u"ROB-ANSWER"_s, u"ROB-EXPLAIN"_s,
            u"ROB-PII-EXEMPT"_s, u"ROB-SAFEGUARDS"_s, u"ROB-TRAINING"_s, u"TRN-MECHANISM"_s,
            u"USE-MODE"_s, u"USE-CONSISTENT"_s, u"USE-APPROVER"_s, u"DET-REVIEWER"_s,
            u"DET-CATEGORY"_s, u"DET-OTHER"_s, u"DET-OUTCOME"_s, u"DET-COVERAGE-MET"_s,
            u"DET-ROB-ANALYSIS"_s, u"DET-COVERAGE"_s, u"DET-MET-WITH-ERRORS"_s,
            u"DET-ROB-MISMATCH"_s, u"DET-TRAINING-TOPICS"_s, u"DET-REREVIEW"_s,
            u"REQ-OPEN"_s, u"REQ-PATH"_s, u"RED-RANGE"_s, u"LEGACY-WITHHELD"_s};
        QStringList ids;
        for (const auto &r : RuleEngine::rules())
            ids << r.id;
        QCOMPARE(ids, expected);
    }
};

QTEST_GUILESS_MAIN(TestRulesProgram)
#include "tst_rules_program.moc"
