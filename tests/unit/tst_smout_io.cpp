// Reading and writing .smout files: round trips, unknown keys, and refusals that name the key.

#include "io/SmoutJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestSmoutIo : public QObject {
    Q_OBJECT

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QByteArray blank() { return io::writeSmout(SmoutDocument::createNew(u"CBP"_s)); }

    // The message for `json`, or "" when it was accepted.
    static QString refusal(const QByteArray &json)
    {
        const auto doc = io::readSmout(json);
        return doc ? QString() : doc.error();
    }

private Q_SLOTS:
    void everyNotMetReasonRoundTrips()
    {
        SmoutDocument d = SmoutDocument::createNew(u"CBP"_s);
        d.review.determination.outcome = Outcome::NotMet;
        for (const OutcomeReason r : allOf<OutcomeReason>())
            d.review.determination.reasons << r;
        const QByteArray bytes = io::writeSmout(d);
        QVERIFY(bytes.contains("\"documentation_required\""));
        const auto back = io::readSmout(bytes);
        QVERIFY(back.ok());
        QCOMPARE(back.value().review.determination.reasons, d.review.determination.reasons);
    }

    void examplesRoundTripByteForByte_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ice") << u"ice-2012-social-media-enforcement.smout"_s;
        QTest::newRow("fictional") << u"fictional-uscis-benefit-fraud.smout"_s;
    }
    void examplesRoundTripByteForByte()
    {
        QFETCH(QString, file);
        const QByteArray original = readAll(QStringLiteral(SMOUT_EXAMPLES) + u'/' + file);
        QVERIFY(!original.isEmpty());
        const auto doc = io::readSmout(original);
        QVERIFY2(doc.ok(), qPrintable(doc ? QString() : doc.error()));
        const QByteArray saved = io::writeSmout(doc.value());
        QCOMPARE(saved, original);
        const auto again = io::readSmout(saved);
        QVERIFY(again.ok());
        QVERIFY(again.value() == doc.value());
    }

    void iceExampleKeepsItsAnswers()
    {
        const auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES)
                                           + u"/ice-2012-social-media-enforcement.smout"_s);
        QVERIFY(doc.ok());
        const SmoutDocument &d = doc.value();
        QCOMPARE(d.summary.component, u"ICE"_s);
        QCOMPARE(d.summary.counsel.size(), 2);
        QCOMPARE(d.summary.counsel[1].name, u"Kuyomars \"Q\" Golparvar"_s);
        QCOMPARE(d.summary.pias.size(), 3);
        QCOMPARE(d.questions.q2Authorities.size(), 5);
        QCOMPARE(d.questions.rule(Rule::Training).answer, YesNo::No);
        QCOMPARE(d.review.dateReviewed, OptionalDate(QDate(2012, 11, 6)));
        QCOMPARE(d.review.determination.outcome, Outcome::Met);
        QCOMPARE(d.redactions.size(), 5);
        QCOMPARE(d.redactions[1].start, std::optional<qsizetype>(10));
    }

    void unknownKeysAreKeptAtEveryLevel()
    {
        QJsonObject o = QJsonDocument::fromJson(blank()).object();
        o.insert(u"zz_top"_s, QJsonObject{{u"nested"_s, QJsonArray{QJsonValue(1), QJsonValue(u"two"_s), QJsonValue(true)}}});
        QJsonObject summary = o[u"summary"_s].toObject();
        summary.insert(u"x_note"_s, u"kept"_s);
        summary.insert(u"pias"_s, QJsonArray{QJsonObject{{u"id"_s, u"DHS/CBP/PIA-044"_s},
                                                          {u"x_extra"_s, QJsonValue(qint64(12345678901234))}}});
        o.insert(u"summary"_s, summary);
        QJsonObject q = o[u"questions"_s].toObject();
        QJsonObject rules = q[u"q5_rules"_s].toObject();
        rules.insert(u"future_rule"_s, QJsonObject{{u"answer"_s, u"maybe"_s}});
        q.insert(u"q5_rules"_s, rules);
        o.insert(u"questions"_s, q);

        const auto doc = io::readSmout(QJsonDocument(o).toJson());
        QVERIFY2(doc.ok(), qPrintable(doc ? QString() : doc.error()));
        const QByteArray saved = io::writeSmout(doc.value());
        const QJsonObject back = QJsonDocument::fromJson(saved).object();
        QCOMPARE(back[u"zz_top"_s], o[u"zz_top"_s]);
        QCOMPARE(back[u"summary"_s][u"x_note"_s].toString(), u"kept"_s);
        QCOMPARE(back[u"summary"_s][u"pias"_s][0][u"x_extra"_s].toInteger(), 12345678901234);
        QCOMPARE(back[u"questions"_s][u"q5_rules"_s][u"future_rule"_s],
                 rules[u"future_rule"_s]);
        // Saving again changes nothing.
        QCOMPARE(io::writeSmout(io::readSmout(saved).value()), saved);
    }

    void missingSectionsReadAsEmpty()
    {
        const auto doc = io::readSmout("{\"format\":\"smout\",\"format_version\":1,\"id\":\"x\"}");
        QVERIFY(doc.ok());
        QVERIFY(doc->summary.contacts.isEmpty());
        QCOMPARE(doc->questions.q3Status, UseStatus::Unset);
    }

    void requestsRoundTripWithAnswersAndClosures()
    {
        SmoutDocument doc = SmoutDocument::createNew(u"ICE"_s);
        InformationRequest open;
        open.id = u"R1"_s;
        open.path = u"questions.q1_description"_s;
        open.text = u"Which sites are reviewed?"_s;
        open.by = u"Priya Castellanos"_s;
        open.role = Role::Reviewer;
        open.date = QDate(2026, 11, 2);
        InformationRequest closed = open;
        closed.id = u"R2"_s;
        closed.path = QString();
        closed.role = Role::Counsel;
        closed.status = RequestStatus::Closed;
        closed.answer = RequestAnswer{u"Only public posts."_s, u"Dana"_s, QDate(2026, 11, 3), {}};
        closed.closed = RequestClosure{u"Marcus"_s, QDate(2026, 11, 4), {}};
        closed.unknown.insert(u"x_ticket"_s, u"PRIV-17"_s);
        doc.requests = {open, closed};

        const QByteArray saved = io::writeSmout(doc);
        const auto back = io::readSmout(saved);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error()));
        QVERIFY(back.value() == doc);
        QCOMPARE(io::writeSmout(back.value()), saved);
        // Keys in the order of smout-format.md, unknown ones last.
        const QByteArray r2 = saved.mid(saved.indexOf("\"R2\""));
        QVERIFY(r2.indexOf("\"path\"") < r2.indexOf("\"text\""));
        QVERIFY(r2.indexOf("\"role\"") < r2.indexOf("\"status\""));
        QVERIFY(r2.indexOf("\"answer\":") < r2.indexOf("\"closed\":"));
        QVERIFY(r2.indexOf("\"closed\":") < r2.indexOf("\"x_ticket\""));
        const QJsonObject first = QJsonDocument::fromJson(saved)[u"requests"_s][0].toObject();
        QVERIFY(first[u"answer"_s].isNull());
        QVERIFY(first[u"closed"_s].isNull());
        QCOMPARE(first[u"status"_s].toString(), u"open"_s);
        QCOMPARE(first[u"role"_s].toString(), u"reviewer"_s);
    }

    void olderFilesHaveNoRequestsAndKeepTheirBytes()
    {
        const auto doc = io::readSmout(blank());
        QVERIFY(doc.ok());
        QVERIFY(doc->requests.isEmpty());
        QVERIFY(!io::writeSmout(doc.value()).contains("\"requests\""));
    }

    void refusalsNameTheKeyPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "{\"format\":\"smout\",\"format_version\":1,\"id\":\"x\",";
        QTest::newRow("pia id number")
            << head + "\"summary\":{\"pias\":[{\"id\":\"DHS/CBP/PIA-044\"},{\"id\":7}]}}"
            << u"summary.pias[1].id: expected string, got number"_s;
        QTest::newRow("invalid date")
            << head + "\"summary\":{\"date_submitted\":\"2017-02-30\"}}"
            << u"summary.date_submitted: \"2017-02-30\" is not a real date"_s;
        QTest::newRow("bad enum")
            << head + "\"questions\":{\"q3_status\":\"live\"}}"
            << u"questions.q3_status: expected one of \"in_development\", \"operational\" or null"_s;
        QTest::newRow("rule answer type")
            << head + "\"questions\":{\"q5_rules\":{\"training\":{\"answer\":true}}}}"
            << u"questions.q5_rules.training.answer: expected one of"_s;
        QTest::newRow("newer version")
            << QByteArray("{\"format\":\"smout\",\"format_version\":2,\"id\":\"x\"}")
            << u"format_version: this document uses format version 2"_s;
        QTest::newRow("other format")
            << QByteArray("{\"format\":\"smurf\",\"format_version\":1}")
            << u"format: expected \"smout\", got \"smurf\""_s;
        QTest::newRow("truncated")
            << head + "\"questions\":{\"q1_description\":\"abc"
            << u"questions.q1_description: unexpected end of file"_s;
        QTest::newRow("duplicate key")
            << head + "\"summary\":{\"component\":\"CBP\",\"component\":\"ICE\"}}"
            << u"summary.component: the key appears twice"_s;
    }
    void refusalsNameTheKeyPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString message = refusal(json);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void savingIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.smout"_s);
        QVERIFY(io::saveSmoutFile(SmoutDocument::createNew(u"TSA"_s), path).ok());
        const QByteArray before = readAll(path);
        // A folder in the way: saving fails with a message and the file is untouched.
        const QString blocked = dir.filePath(u"sub"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
        const Status failed = io::saveSmoutFile(SmoutDocument::createNew(), blocked);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().contains(blocked));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"a.smout"_s});
    }
};

QTEST_GUILESS_MAIN(TestSmoutIo)
#include "tst_smout_io.moc"
