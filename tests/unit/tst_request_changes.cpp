// What happened to the requests for additional information between two revisions: each
// request matched by id, each event once (asked, reworded, answered, closed, reopened,
// removed), and the comparison of revisions reporting them at the request's key path.

#include "diff/DocumentDiff.h"
#include "diff/RequestChanges.h"
#include "io/SmoutJson.h"
#include "review/RequestLog.h"

#include <QTest>

using namespace smout;
using namespace smout::review;
using namespace Qt::StringLiterals;

namespace {

SmoutDocument example()
{
    return io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s).value();
}

QStringList events(const QList<RequestChange> &changes)
{
    QStringList out;
    for (const RequestChange &c : changes)
        out << c.id + u' ' + requestChangeCode(c.kind);
    return out;
}

} // namespace

class TestRequestChanges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eachEventOnce()
    {
        SmoutDocument a = example();
        QVERIFY(addRequest(a, {u"questions.q1_description"_s, u"Which sites?"_s, u"Priya"_s, Role::Reviewer, QDate(2026, 11, 2)}));
        QVERIFY(addRequest(a, {u""_s, u"Cite the SORN."_s, u"Carl"_s, Role::Counsel, QDate(2026, 11, 3)}));
        QVERIFY(addRequest(a, {u""_s, u"Who approved?"_s, u"Carl"_s, Role::Counsel, QDate(2026, 11, 3)}));
        QVERIFY(answerRequest(a, u"R3"_s, Role::Author, u"The chief."_s, u"Dana"_s, QDate(2026, 11, 4)));
        QVERIFY(closeRequest(a, u"R3"_s, Role::Counsel, u"Carl"_s, QDate(2026, 11, 5)));
        QCOMPARE(events(requestChanges({}, a.requests)),
                 (QStringList{u"R1 added"_s, u"R2 added"_s, u"R3 added"_s, u"R3 answered"_s, u"R3 closed"_s}));
        QVERIFY(requestChanges(a.requests, a.requests).isEmpty());

        SmoutDocument b = a;
        b.requests[0].text = u"Which sites, exactly?"_s;
        QVERIFY(answerRequest(b, u"R1"_s, Role::Author, u"Facebook."_s, u"Dana"_s, QDate(2026, 11, 6)));
        QVERIFY(closeRequest(b, u"R1"_s, Role::Reviewer, u"Priya"_s, QDate(2026, 11, 7)));
        b.requests[1].path = u"summary.sorns"_s;
        b.requests[2].closed.reset();
        b.requests[2].status = RequestStatus::Answered;
        b.requests[2].answer->text = u"The deputy chief."_s;
        QVERIFY(addRequest(b, {u""_s, u"One more."_s, u"Priya"_s, Role::Reviewer, QDate(2026, 11, 8)}));
        QCOMPARE(events(requestChanges(a.requests, b.requests)),
                 (QStringList{u"R1 text_changed"_s, u"R1 answered"_s, u"R1 closed"_s, u"R2 path_changed"_s, u"R3 answer_changed"_s,
                              u"R3 reopened"_s, u"R4 added"_s}));

        // Requests are kept forever: one missing is reported, as is a change nothing explains.
        SmoutDocument c = a;
        c.requests.removeAt(1);
        c.requests[0].by = u"Someone else"_s;
        QCOMPARE(events(requestChanges(a.requests, c.requests)), (QStringList{u"R1 edited"_s, u"R2 removed"_s}));
        const auto removed = requestChanges(a.requests, c.requests).last();
        QCOMPARE(removed.index, 1);
        QVERIFY(removed.before && !removed.after);
    }

    void theComparisonOfRevisionsNamesTheRequest()
    {
        SmoutDocument a = example();
        QVERIFY(addRequest(a, {u"questions.q1_description"_s, u"Which sites?"_s, u"Priya"_s, Role::Reviewer, QDate(2026, 11, 2)}));
        SmoutDocument b = a;
        QVERIFY(answerRequest(b, u"R1"_s, Role::Author, u"Facebook only."_s, u"Dana"_s, QDate(2026, 11, 4)));
        b.questions.q1Description += u" More."_s;
        const QList<FieldChange> changes = diffDocuments(a, b);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].path, u"questions.q1_description"_s);
        QVERIFY(changes[0].request.isEmpty());
        QCOMPARE(changes[1].path, u"requests[0].answer"_s);
        QCOMPARE(changes[1].request, u"R1"_s);
        QCOMPARE(changes[1].change, u"answered"_s);
        QCOMPARE(changes[1].before, u"null"_s);
        QVERIFY2(changes[1].after.contains(u"\"Facebook only.\""_s), qPrintable(changes[1].after));

        const QList<FieldChange> added = diffDocuments(example(), a);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added[0].path, u"requests[0]"_s);
        QCOMPARE(added[0].change, u"added"_s);
        QVERIFY(added[0].before.isEmpty());
        QVERIFY(added[0].after.contains(u"\"Which sites?\""_s));
    }
};

QTEST_GUILESS_MAIN(TestRequestChanges)
#include "tst_request_changes.moc"
