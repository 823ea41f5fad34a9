// Access requests decided from the inventory (CBP SOP section 6), on SQLite and PostgreSQL:
// every combination of training, Rules of Behavior, justification, SMOUT state and mode
// coverage gets the determination the procedure states, with every reason; a supervisor
// below the mode's level is refused; a request is decided again, flagged and audited when
// its SMOUT changes or falls overdue.

#include "StoreTestSupport.h"
#include "io/SmoutJson.h"
#include "store/AccessRequests.h"
#include "store/UserName.h"

#include <QUrl>

#include <QTest>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;
using namespace store_test;

namespace {
const QDate Today(2026, 11, 26);
const QString Substantive = u"Reviews public posts of petitioners named in open benefit fraud referrals assigned to this officer."_s;
} // namespace

class TestAccessRequests : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

    static SmoutDocument smout(const QString &id, Outcome outcome, QDate reviewed)
    {
        SmoutDocument d = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s).value();
        d.id = id;
        d.review.determination.outcome = outcome;
        d.review.dateReviewed = reviewed;
        d.questions.accessModes = {AccessMode::OvertResearch, AccessMode::OvertMonitoring, AccessMode::UndercoverEngagement};
        return d;
    }

    std::unique_ptr<InventoryStore> openFresh()
    {
        QFETCH_GLOBAL(QString, driver);
        const QString location = driver == u"sqlite" ? dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".sqlite"_s)
                                                      : newPostgresDatabase();
        if (location.isEmpty())
            return nullptr;
        auto opened = InventoryStore::open(location);
        if (!opened)
            qWarning("%s", qPrintable(opened.error()));
        if (!opened)
            return nullptr;
        auto &s = *opened.value();
        const QList<SmoutDocument> docs{smout(u"met"_s, Outcome::Met, QDate(2026, 4, 15)), smout(u"not-met"_s, Outcome::NotMet, QDate(2026, 4, 15)),
                                        smout(u"overdue"_s, Outcome::Met, QDate(2022, 1, 10))};
        // Adjudications whose reviewer's signature verified (signing/SignedRoles.h).
        QList<ImportItem> items;
        for (const SmoutDocument &d : docs)
            items.append({d, std::nullopt, {.reviewer = true}});
        if (s.importDocuments(items, u"priya"_s, Role::Reviewer)->count(ImportStatus::Imported) != 3)
            return nullptr;
        return std::move(opened.value());
    }

    static AccessRequest request(const QString &smoutId, AccessMode mode)
    {
        AccessRequest r;
        r.employee = u"Sam Ortega"_s;
        r.office = u"Office of Field Operations"_s;
        r.supervisor = u"Lee Chan"_s;
        r.facts = {mode, smoutId, Substantive, QDate(2026, 6, 1), true};
        return r;
    }

#define OPEN(var)                                                                                    \
    auto var = openFresh();                                                                          \
    {                                                                                                \
        QFETCH_GLOBAL(QString, driver);                                                              \
        if (!var && driver == u"postgresql" && serverUrl().isEmpty())                                \
            QSKIP("PostgreSQL variant: SMOUT_TEST_PG_URL is not set (run under tests/store/with-postgres.sh)"); \
    }                                                                                                \
    QVERIFY(var)

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

    // 3 trainings × 2 Rules of Behavior × 2 justifications × 4 SMOUT states × 2 mode coverages.
    void everyCombination()
    {
        OPEN(inventory);
        AccessRequests requests(*inventory);
        const QList<std::optional<QDate>> trainings{std::nullopt, QDate(2026, 6, 1), QDate(2025, 10, 1)};
        const QStringList smouts{u"missing"_s, u"not-met"_s, u"met"_s, u"overdue"_s};
        int combinations = 0;
        for (const auto &training : trainings)
            for (const bool rob : {true, false})
                for (const bool substantive : {true, false})
                    for (const QString &smoutId : smouts)
                        for (const bool listed : {true, false}) {
                            AccessRequest r = request(smoutId, listed ? AccessMode::OvertResearch : AccessMode::MaskedMonitoring);
                            r.facts.trainingDate = training;
                            r.facts.rulesOfBehaviorSigned = rob;
                            r.facts.justification = substantive ? Substantive : u"n/a"_s;
                            const auto id = requests.add(r, Today, u"privacy"_s);
                            QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error()));
                            const auto decided = requests.decide(id.value(), Today, u"privacy"_s);
                            QVERIFY(decided.ok());
                            const AccessDecision &d = decided->decision;

                            QStringList expectedMissing, expectedRefused;
                            if (!training)
                                expectedMissing << u"no completion date"_s;
                            else if (*training < Today.addYears(-1))
                                expectedMissing << u"more than a year ago"_s;
                            if (!rob)
                                expectedMissing << u"Rules of Behavior"_s;
                            if (!substantive)
                                expectedMissing << u"not substantive"_s;
                            if (smoutId == u"missing")
                                expectedRefused << u"no SMOUT missing"_s;
                            if (smoutId == u"not-met")
                                expectedRefused << u"not adjudicated met"_s;
                            if (smoutId == u"overdue")
                                expectedRefused << u"overdue for re-review"_s;
                            if (smoutId != u"missing" && !listed)
                                expectedRefused << u"does not list the access mode Masked monitoring"_s;
                            const AccessDetermination expected = !expectedRefused.isEmpty() ? AccessDetermination::Disapproved
                                : !expectedMissing.isEmpty()                          ? AccessDetermination::AdditionalInformation
                                                                                      : AccessDetermination::Approved;
                            const QString tag = u"training %1, RoB %2, substantive %3, SMOUT %4, mode listed %5: %6"_s
                                                    .arg(training ? training->toString(Qt::ISODate) : u"none"_s)
                                                    .arg(rob).arg(substantive).arg(smoutId).arg(listed)
                                                    .arg(d.reasons.join(u" | "_s));
                            QVERIFY2(d.determination == expected, qPrintable(tag));
                            if (expected != AccessDetermination::Approved) {
                                // Disapproved wins, and every reason is listed.
                                QVERIFY2(d.reasons.size() == expectedRefused.size() + expectedMissing.size(), qPrintable(tag));
                                for (const QString &reason : expectedRefused + expectedMissing)
                                    QVERIFY2(d.reasons.join(u" | "_s).contains(reason), qPrintable(reason + u" missing in "_s + tag));
                            } else {
                                QVERIFY2(d.reasons.size() == 4, qPrintable(tag));
                            }
                            QCOMPARE(d.requiredApprover, listed ? ApproverLevel::FirstLine : ApproverLevel::SecondLevel);
                            ++combinations;
                        }
        QCOMPARE(combinations, 96);
        AccessFilter approved;
        approved.determination = AccessDetermination::Approved;
        QCOMPARE(requests.list(approved)->size(), 1);
        AccessFilter onMet;
        onMet.smoutId = u"met"_s;
        QCOMPARE(requests.list(onMet)->size(), 24);
    }

    void approverLevels()
    {
        OPEN(inventory);
        AccessRequests requests(*inventory);
        const struct {
            AccessMode mode;
            ApproverLevel required;
        } cases[] = {{AccessMode::OvertResearch, ApproverLevel::FirstLine},
                     {AccessMode::OvertMonitoring, ApproverLevel::SecondLevel},
                     {AccessMode::UndercoverEngagement, ApproverLevel::SesOrDelegatedGs15}};
        for (const auto &c : cases) {
            const int id = requests.add(request(u"met"_s, c.mode), Today, u"privacy"_s).value();
            for (const ApproverLevel level : {ApproverLevel::FirstLine, ApproverLevel::SecondLevel, ApproverLevel::SesOrDelegatedGs15}) {
                if (level >= c.required)
                    continue;
                const auto refused = requests.approve(id, u"Lee Chan"_s, level, Today, u"soc"_s);
                QVERIFY(refused.ok());
                QVERIFY(refused->refused);
                QVERIFY2(refused->why.contains(approverName(c.required)), qPrintable(refused->why));
                QVERIFY(!requests.get(id)->approverLevel);
            }
            const auto ok = requests.approve(id, u"Morgan Reyes"_s, c.required, Today, u"soc"_s);
            QVERIFY(ok.ok() && !ok->refused);
            QCOMPARE(requests.get(id)->approver, u"Morgan Reyes"_s);
            QCOMPARE(*requests.get(id)->approverLevel, c.required);
            QVERIFY(requests.recordImplementation(id, Today, u"SOC-4411"_s, u"soc"_s).ok());
            QCOMPARE(*requests.get(id)->implementedOn, Today);
            QCOMPARE(requests.get(id)->implementationReference, u"SOC-4411"_s);
        }
        // Nobody approves what the Privacy Office has not approved.
        AccessRequest untrained = request(u"met"_s, AccessMode::OvertResearch);
        untrained.facts.trainingDate.reset();
        const int id = requests.add(untrained, Today, u"privacy"_s).value();
        const auto refused = requests.approve(id, u"Morgan Reyes"_s, ApproverLevel::SesOrDelegatedGs15, Today, u"soc"_s);
        QVERIFY(refused.ok() && refused->refused);
        // Nor implements what no supervisor approved.
        QVERIFY(!requests.recordImplementation(id, Today, u"SOC-4412"_s, u"soc"_s).ok());
    }

    // The approver is who the system says is connected (the database's session user, the
    // system login for a SQLite file), never a typed name; a request lacking what the SOP's
    // application must include is refused, naming what is missing.
    void theApproverIsTheConnectedUser()
    {
        OPEN(inventory);
        QFETCH_GLOBAL(QString, driver);
        AccessRequests requests(*inventory);
        const QString connected = driver == u"sqlite" ? systemLogin() : QUrl(serverUrl()).userName();
        QVERIFY(!connected.isEmpty());
        QCOMPARE(requests.actingUser().value(), connected);
        const int id = requests.add(request(u"met"_s, AccessMode::OvertResearch), Today, u"privacy"_s).value();
        const auto approved = requests.approveAsActingUser(id, ApproverLevel::FirstLine, Today, u"soc"_s);
        QVERIFY(approved.ok() && !approved->refused);
        QCOMPARE(requests.get(id)->approver, connected);

        AccessRequest incomplete = request(u"met"_s, AccessMode::OvertResearch);
        incomplete.supervisor.clear();
        incomplete.facts.justification = u"  "_s;
        const auto refused = requests.add(incomplete, Today, u"privacy"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"the supervisor"_s) && refused.error().contains(u"the business justification"_s),
                 qPrintable(refused.error()));
    }

    // The program office's own file with the determination filled in is a draft: it approves
    // nothing, until the Privacy Office's signed adjudication arrives.
    void anUnsignedDeterminationApprovesNothing()
    {
        OPEN(inventory);
        const SmoutDocument typed = smout(u"typed"_s, Outcome::Met, QDate(2026, 4, 15));
        QCOMPARE(inventory->importDocuments({typed}, u"dana"_s, Role::Author)->lines[0].reason, u"determination not signed"_s);
        QCOMPARE(inventory->load(u"typed"_s)->entry.status, SmoutStatus::Draft);
        AccessRequests requests(*inventory);
        const int id = requests.add(request(u"typed"_s, AccessMode::UndercoverEngagement), Today, u"privacy"_s).value();
        const auto decided = requests.get(id);
        QCOMPARE(decided->decision.determination, AccessDetermination::Disapproved);
        QVERIFY2(decided->decision.reasons.join(u'\n').contains(u"is not adjudicated met (draft)"_s), qPrintable(decided->decision.reasons.join(u'\n')));
        QVERIFY(inventory->save(typed, u"priya"_s, Role::Reviewer, 1, {}, {.reviewer = true}).ok());
        QCOMPARE(requests.get(id)->decision.determination, AccessDetermination::Approved);
    }

    void decidedAgainWhenTheSmoutChanges()
    {
        OPEN(inventory);
        AccessRequests requests(*inventory);
        const int onMet = requests.add(request(u"met"_s, AccessMode::OvertResearch), Today, u"privacy"_s).value();
        const int other = requests.add(request(u"overdue"_s, AccessMode::OvertResearch), Today, u"privacy"_s).value();
        QCOMPARE(requests.get(onMet)->decision.determination, AccessDetermination::Approved);
        QVERIFY(!requests.get(onMet)->flagged);
        // The Privacy Office re-adjudicates the SMOUT: not met.
        auto stored = inventory->load(u"met"_s);
        SmoutDocument doc = stored->document;
        doc.review.determination.outcome = Outcome::NotMet;
        QVERIFY(inventory->save(doc, u"priya"_s, Role::Reviewer, stored->revision, {}, {.reviewer = true}).ok());
        const auto after = requests.get(onMet);
        QCOMPARE(after->decision.determination, AccessDetermination::Disapproved);
        QVERIFY(after->flagged);
        QVERIFY(!requests.get(other)->flagged); // relies on another SMOUT
        const auto log = inventory->auditLog(u"met"_s);
        QVERIFY(std::any_of(log->begin(), log->end(), [](const AuditEntry &a) { return a.action == u"access request re-decided"; }));
        // Looking at it again clears the flag.
        QVERIFY(!requests.decide(onMet, Today, u"privacy"_s)->flagged);

        // Days pass: a met SMOUT falls overdue.
        const int later = requests.add(request(u"overdue"_s, AccessMode::OvertResearch), QDate(2024, 6, 1), u"privacy"_s).value();
        QCOMPARE(requests.redecide(QDate(2024, 6, 1), u"privacy"_s).value(), 1); // `other` was decided as overdue; in 2024 it was not
        QCOMPARE(requests.get(later)->decision.determination, AccessDetermination::AdditionalInformation); // training in the future then
        QCOMPARE(requests.redecide(Today, u"privacy"_s).value(), 2);
        QCOMPARE(requests.get(later)->decision.determination, AccessDetermination::Disapproved);
        QVERIFY(requests.get(later)->flagged);
    }
};

QTEST_GUILESS_MAIN(TestAccessRequests)
#include "tst_access_requests.moc"
