// What a field held when a request was made ("value_at_request"): recorded by the request,
// kept by the file, absent from older files, and how "changed since the request" follows it.

#include "io/SmoutJson.h"
#include "release/RedactedCopy.h"
#include "review/RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace smout;
using namespace smout::review;
using namespace Qt::StringLiterals;

class TestRequestValue : public QObject {
    Q_OBJECT

    static SmoutDocument described(const QString &description)
    {
        SmoutDocument doc = SmoutDocument::createNew(u"CBP"_s);
        doc.questions.q1Description = description;
        return doc;
    }
    static NewRequest ask(const QString &path)
    {
        return NewRequest{path, u"Which sites?"_s, u"Priya"_s, Role::Reviewer, QDate(2026, 11, 2)};
    }

private Q_SLOTS:
    void aRequestRecordsTheFieldsValue()
    {
        SmoutDocument doc = described(u"We look at public posts."_s);
        QVERIFY(addRequest(doc, ask(u"questions.q1_description"_s)).ok());
        QCOMPARE(doc.requests[0].valueAtRequest, std::optional(QJsonValue(u"We look at public posts."_s)));
        // A date not set yet is a value too (null), unlike a value that is not known.
        QVERIFY(addRequest(doc, ask(u"review.date_reviewed"_s)).ok());
        QCOMPARE(doc.requests[1].valueAtRequest, std::optional(QJsonValue(QJsonValue::Null)));
        // The whole document is not one value.
        QVERIFY(addRequest(doc, ask(u""_s)).ok());
        QVERIFY(!doc.requests[2].valueAtRequest);
    }

    void anEditOfTheFieldShowsAsChangedSinceTheRequest()
    {
        SmoutDocument doc = described(u"We look at public posts."_s);
        QVERIFY(addRequest(doc, ask(u"questions.q1_description"_s)).ok());
        QVERIFY(addRequest(doc, ask(u""_s)).ok());
        QVERIFY(!changedSinceRequest(io::toJsonObject(doc), doc.requests[0]));
        doc.questions.q1Description = u"We look at public posts on three named sites."_s;
        QVERIFY(changedSinceRequest(io::toJsonObject(doc), doc.requests[0]));
        QVERIFY(!changedSinceRequest(io::toJsonObject(doc), doc.requests[1]));
        // Changed back: the same value as when asked.
        doc.questions.q1Description = u"We look at public posts."_s;
        QVERIFY(!changedSinceRequest(io::toJsonObject(doc), doc.requests[0]));
    }

    void theValueSurvivesWritingAndReading()
    {
        SmoutDocument doc = described(u"Public posts."_s);
        QVERIFY(addRequest(doc, ask(u"questions.q1_description"_s)).ok());
        QVERIFY(addRequest(doc, ask(u"review.date_reviewed"_s)).ok());
        QVERIFY(addRequest(doc, ask(u""_s)).ok());
        const auto bytes = io::writeSmout(doc);
        QVERIFY(bytes.ok());
        const QJsonArray requests = QJsonDocument::fromJson(bytes.value()).object()[u"requests"_s].toArray();
        QCOMPARE(requests[0].toObject()[u"value_at_request"_s], QJsonValue(u"Public posts."_s));
        QVERIFY(requests[1].toObject().contains(u"value_at_request"_s));
        QVERIFY(!requests[2].toObject().contains(u"value_at_request"_s));
        const auto read = io::readSmout(bytes.value());
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error()));
        QVERIFY(read->requests == doc.requests);
        QCOMPARE(io::writeSmout(read.value()).value(), bytes.value());
    }

    void anOlderFileWithoutTheKeyReadsAndKeepsItsBytes()
    {
        SmoutDocument doc = described(u"Public posts."_s);
        QVERIFY(addRequest(doc, ask(u"questions.q1_description"_s)).ok());
        doc.requests[0].valueAtRequest.reset(); // as a file written before the key
        const QByteArray older = io::writeSmout(doc).value();
        QVERIFY(!older.contains("value_at_request"));
        const auto read = io::readSmout(older);
        QVERIFY(read.ok());
        QVERIFY(!read->requests[0].valueAtRequest);
        QVERIFY(read->requests[0].unknown.isEmpty());
        QCOMPARE(io::writeSmout(read.value()).value(), older);
        // Nothing is known about the field then, so nothing is said to have changed.
        SmoutDocument edited = read.value();
        edited.questions.q1Description = u"Something else."_s;
        QVERIFY(!changedSinceRequest(io::toJsonObject(edited), edited.requests[0]));
    }

    void theReleaseCopyDoesNotCarryTheRecordedValue()
    {
        // The recorded value repeats the field; withheld there, it must not stay in the copy.
        SmoutDocument doc = described(u"Agent Dana Whitfield monitors posts."_s);
        QVERIFY(addRequest(doc, ask(u"questions.q1_description"_s)).ok());
        doc.redactions.append(Redaction{u"questions.q1_description"_s, qsizetype(6), qsizetype(20), u"(b)(6)"_s, {}});
        const auto copy = release::redactedCopy(doc);
        QVERIFY2(copy.ok(), qPrintable(copy ? QString() : copy.error()));
        QCOMPARE(copy->document.requests.size(), 1);
        QVERIFY(!copy->document.requests[0].valueAtRequest);
        QVERIFY(!io::writeSmout(copy->document).value().contains("Whitfield"));
    }
};

QTEST_GUILESS_MAIN(TestRequestValue)
#include "tst_request_value.moc"
