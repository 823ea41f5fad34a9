// REQ-OPEN and REQ-PATH: each case triggers the rule (id, severity, path) and has a close
// variant that does not.

#include "RuleTestSupport.h"

using namespace ruletest;

static InformationRequest request(const QString &id, const QString &path, RequestStatus status)
{
    InformationRequest r;
    r.id = id;
    r.path = path;
    r.text = u"Which sites are reviewed?"_s;
    r.by = u"Priya"_s;
    r.role = Role::Reviewer;
    r.date = QDate(2026, 11, 2);
    r.status = status;
    if (status != RequestStatus::Open)
        r.answer = RequestAnswer{u"Public posts only."_s, u"Dana"_s, QDate(2026, 11, 3), {}};
    if (status == RequestStatus::Closed)
        r.closed = RequestClosure{u"Priya"_s, QDate(2026, 11, 4), {}};
    return r;
}

static const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {"REQ-OPEN unanswered", u"REQ-OPEN"_s, Severity::Warning, u"questions.q1_description"_s,
         [](SmoutDocument &d) {
             d.review.determination.outcome = Outcome::NotMet;
             d.review.determination.reasons = {OutcomeReason::TrainingRequired};
             d.requests = {request(u"R1"_s, u"questions.q1_description"_s, RequestStatus::Open)};
         },
         [](SmoutDocument &d) {
             d.review.determination.outcome = Outcome::NotMet;
             d.review.determination.reasons = {OutcomeReason::TrainingRequired};
             d.requests = {request(u"R1"_s, u"questions.q1_description"_s, RequestStatus::Answered)};
         }},
        {"REQ-OPEN whole document", u"REQ-OPEN"_s, Severity::Warning, u"requests[1]"_s,
         [](SmoutDocument &d) {
             d.review.determination.outcome = Outcome::Unset;
             d.requests = {request(u"R1"_s, u"summary"_s, RequestStatus::Closed),
                           request(u"R2"_s, u""_s, RequestStatus::Open)};
         },
         [](SmoutDocument &d) {
             d.review.determination.outcome = Outcome::Unset;
             d.requests = {request(u"R1"_s, u"summary"_s, RequestStatus::Closed),
                           request(u"R2"_s, u""_s, RequestStatus::Answered)};
         }},
        {"REQ-OPEN met while answered", u"REQ-OPEN"_s, Severity::Error, u"review.determination.outcome"_s,
         [](SmoutDocument &d) {
             d.requests = {request(u"R1"_s, u"questions.q1_description"_s, RequestStatus::Closed),
                           request(u"R2"_s, u"summary.component"_s, RequestStatus::Answered)};
         },
         [](SmoutDocument &d) {
             d.requests = {request(u"R1"_s, u"questions.q1_description"_s, RequestStatus::Closed),
                           request(u"R2"_s, u"summary.component"_s, RequestStatus::Closed)};
         }},
        {"REQ-PATH unknown key", u"REQ-PATH"_s, Severity::Error, u"requests[0].path"_s,
         [](SmoutDocument &d) { d.requests = {request(u"R1"_s, u"questions.q9_flying"_s, RequestStatus::Closed)}; d.requests[0].status = RequestStatus::Answered; d.requests[0].closed.reset(); },
         [](SmoutDocument &d) { d.requests = {request(u"R1"_s, u"questions.q1_description"_s, RequestStatus::Closed)}; }},
        {"REQ-PATH entry gone", u"REQ-PATH"_s, Severity::Error, u"requests[0].path"_s,
         [](SmoutDocument &d) {
             d.review.determination.outcome = Outcome::Unset;
             d.requests = {request(u"R1"_s, u"summary.contacts[1].phone"_s, RequestStatus::Open)};
         },
         [](SmoutDocument &d) {
             d.review.determination.outcome = Outcome::Unset;
             d.requests = {request(u"R1"_s, u"summary.contacts[0].phone"_s, RequestStatus::Open)};
         }},
    };
    return all;
}

class TestRequestRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rule_data() { addRows(cases()); }
    void rule()
    {
        QFETCH(int, index);
        runCase(cases()[size_t(index)]);
    }

    void messageNamesTheRequestAndTheField()
    {
        SmoutDocument d = cleanDocument();
        d.review.determination.outcome = Outcome::Unset;
        d.requests = {request(u"R2"_s, u"questions.q1_description"_s, RequestStatus::Open)};
        const Findings found = check(d);
        const auto it = std::find_if(found.begin(), found.end(), [](const Finding &f) { return f.ruleId == u"REQ-OPEN"; });
        QVERIFY(it != found.end());
        QCOMPARE(it->message, u"Answer request R2 about Q1 Description of the use."_s);
    }

    void theAuthorSeesTheReminderOfAWholeDocumentRequest()
    {
        SmoutDocument d = cleanDocument();
        d.review.determination.outcome = Outcome::Unset;
        d.requests = {request(u"R1"_s, u""_s, RequestStatus::Open)};
        RuleContext context;
        context.today = today;
        context.role = Role::Author;
        const Findings found = RuleEngine::validate(d, context);
        QVERIFY2(describe(found).contains(u"REQ-OPEN warning requests[0]"_s), qPrintable(describe(found).join(u"; "_s)));
    }
};

QTEST_GUILESS_MAIN(TestRequestRules)
#include "tst_rules_requests.moc"
