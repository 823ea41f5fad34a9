// The review round trip on a document: ids, who may answer and close, and refusals.

#include "review/KeyPaths.h"
#include "review/RequestLog.h"

#include <QTest>

using namespace smout;
using namespace smout::review;
using namespace Qt::StringLiterals;

class TestRequestLog : public QObject {
    Q_OBJECT

    static SmoutDocument withContact()
    {
        SmoutDocument doc = SmoutDocument::createNew(u"CBP"_s);
        doc.summary.contacts.append(Person{u"Dana"_s, {}, {}, {}, u"d@x.gov"_s, {}});
        return doc;
    }
    static NewRequest ask(const QString &path, Role role = Role::Reviewer)
    {
        return NewRequest{path, u"Which sites?"_s, u"Priya"_s, role, QDate(2026, 11, 2)};
    }

private Q_SLOTS:
    void idsCountUpAndAreNeverReused()
    {
        SmoutDocument doc = withContact();
        QCOMPARE(addRequest(doc, ask(u"questions.q1_description"_s)).value(), u"R1"_s);
        QCOMPARE(addRequest(doc, ask(u""_s, Role::Counsel)).value(), u"R2"_s);
        // A hand-edited file with a gap: the next id still lies above every id given.
        doc.requests[0].id = u"R7"_s;
        QCOMPARE(addRequest(doc, ask(u"summary.contacts[0].email"_s)).value(), u"R8"_s);
        QCOMPARE(doc.requests.size(), 3);
        QCOMPARE(doc.requests[2].status, RequestStatus::Open);
        QCOMPARE(doc.requests[2].path, u"summary.contacts[0].email"_s);
        QCOMPARE(doc.requests[2].by, u"Priya"_s);
        QCOMPARE(doc.requests[2].date, OptionalDate(QDate(2026, 11, 2)));
    }

    void addRefusesUnknownPathsAuthorsAndEmptyText_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const int reviewer = int(Role::Reviewer);
        QTest::newRow("unknown key") << u"questions.q9_nothing"_s << reviewer << u"x"_s << u"not a field"_s;
        QTest::newRow("entry beyond the list") << u"summary.contacts[1]"_s << reviewer << u"x"_s << u"not a field"_s;
        QTest::newRow("bookkeeping") << u"redactions"_s << reviewer << u"x"_s << u"not a field"_s;
        QTest::newRow("malformed") << u"summary..component"_s << reviewer << u"x"_s << u"not a field"_s;
        QTest::newRow("author asks") << u""_s << int(Role::Author) << u"x"_s << u"only counsel"_s;
        QTest::newRow("empty text") << u""_s << reviewer << u"  "_s << u"no text"_s;
    }
    void addRefusesUnknownPathsAuthorsAndEmptyText()
    {
        QFETCH(QString, path);
        QFETCH(int, role);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        SmoutDocument doc = withContact();
        const auto added = addRequest(doc, NewRequest{path, text, u"P"_s, Role(role), QDate(2026, 1, 1)});
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(expected), qPrintable(added.error()));
        QVERIFY(doc.requests.isEmpty());
    }

    void pathsOfTheDocumentExist()
    {
        const SmoutDocument doc = withContact();
        QVERIFY(documentHasPath(doc, u""_s));
        QVERIFY(documentHasPath(doc, u"summary.contacts"_s));
        QVERIFY(documentHasPath(doc, u"summary.contacts[0].name"_s));
        QVERIFY(documentHasPath(doc, u"questions.q5_rules.training.explanation"_s));
        QVERIFY(documentHasPath(doc, u"review.determination.outcome"_s));
        QVERIFY(!documentHasPath(doc, u"questions.q5_rules.flying"_s));
        QVERIFY(!documentHasPath(doc, u"id"_s));
    }

    void onlyTheAuthorAnswers()
    {
        SmoutDocument doc = withContact();
        QVERIFY(addRequest(doc, ask(u"questions.q1_description"_s)).ok());
        const Status byReviewer = answerRequest(doc, u"R1"_s, Role::Reviewer, u"a"_s, u"P"_s, QDate(2026, 11, 3));
        QVERIFY(!byReviewer.ok());
        QVERIFY2(byReviewer.error().contains(u"only the program office"_s), qPrintable(byReviewer.error()));
        QCOMPARE(doc.requests[0].status, RequestStatus::Open);

        QVERIFY(answerRequest(doc, u"R1"_s, Role::Author, u"Public posts only."_s, u"Dana"_s, QDate(2026, 11, 3)).ok());
        QCOMPARE(doc.requests[0].status, RequestStatus::Answered);
        QCOMPARE(doc.requests[0].answer->text, u"Public posts only."_s);
        QCOMPARE(doc.requests[0].answer->by, u"Dana"_s);
        QVERIFY(!answerRequest(doc, u"R1"_s, Role::Author, u" "_s, u"Dana"_s, QDate(2026, 11, 3)).ok());
    }

    void onlyTheAskingRoleCloses()
    {
        SmoutDocument doc = withContact();
        QVERIFY(addRequest(doc, ask(u""_s, Role::Counsel)).ok());
        for (const Role wrong : {Role::Reviewer, Role::Author}) {
            const Status s = closeRequest(doc, u"R1"_s, wrong, u"X"_s, QDate(2026, 11, 4));
            QVERIFY(!s.ok());
            QVERIFY2(s.error().contains(u"only counsel"_s), qPrintable(s.error()));
        }
        QVERIFY(closeRequest(doc, u"R1"_s, Role::Counsel, u"Marcus"_s, QDate(2026, 11, 4)).ok());
        QCOMPARE(doc.requests[0].status, RequestStatus::Closed);
        QCOMPARE(doc.requests[0].closed->by, u"Marcus"_s);
        QVERIFY(!closeRequest(doc, u"R1"_s, Role::Counsel, u"Marcus"_s, QDate(2026, 11, 4)).ok());
        const Status late = answerRequest(doc, u"R1"_s, Role::Author, u"late"_s, u"D"_s, QDate(2026, 11, 5));
        QVERIFY(!late.ok());
        QVERIFY(late.error().contains(u"closed"_s));
    }

    void unknownIdsAreNamed()
    {
        SmoutDocument doc = withContact();
        QVERIFY(addRequest(doc, ask(u""_s)).ok());
        const Status s = closeRequest(doc, u"R9"_s, Role::Reviewer, u"P"_s, QDate(2026, 1, 1));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u"R9"_s) && s.error().contains(u"R1"_s), qPrintable(s.error()));
        QVERIFY(!answerRequest(doc, u"R2"_s, Role::Author, u"a"_s, u"D"_s, QDate(2026, 1, 1)).ok());
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_request_log.moc"
