// `smout request add|answer|close|list` (cli.md "request"): the round trip through the file,
// the JSON shape, and exit 2 for bad usage, unknown ids and paths, and the wrong role.

#include "VerbRunner.h"
#include "io/SmoutJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestCliRequest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    CliRun request(const QStringList &args) { return runVerb(QStringList{u"request"_s} + args); }
    CliRun add(const QString &path, const QString &role = u"reviewer"_s)
    {
        return request({u"add"_s, m_file, u"--path"_s, path, u"--text"_s, u"Which sites are reviewed?"_s,
                        u"--role"_s, role, u"--by"_s, u"Priya Castellanos"_s, u"--today"_s, u"2026-11-02"_s});
    }
    SmoutDocument saved() { return io::loadSmoutFile(m_file).value(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"a.smout"_s);
        QFile::remove(m_file);
        QVERIFY(io::saveSmoutFile(SmoutDocument::createNew(u"ICE"_s), m_file).ok());
    }

    void addPrintsTheNewIdAndSaves()
    {
        CliRun r = add(u"questions.q1_description"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), u"R1"_s);
        r = add(u""_s, u"counsel"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), u"R2"_s);
        const SmoutDocument doc = saved();
        QCOMPARE(doc.requests.size(), 2);
        QCOMPARE(doc.requests[0].path, u"questions.q1_description"_s);
        QCOMPARE(doc.requests[0].by, u"Priya Castellanos"_s);
        QCOMPARE(doc.requests[0].date, OptionalDate(QDate(2026, 11, 2)));
        QCOMPARE(doc.requests[1].role, Role::Counsel);
        QCOMPARE(doc.requests[1].status, RequestStatus::Open);
        // What the field held when asked, so a later edit shows (the whole document: nothing).
        QCOMPARE(doc.requests[0].valueAtRequest, std::optional(QJsonValue(u""_s)));
        QVERIFY(!doc.requests[1].valueAtRequest);
    }

    void answerThenCloseByTheAskingRole()
    {
        QCOMPARE(add(u"questions.q1_description"_s).exitCode, 0);
        CliRun r = request({u"answer"_s, m_file, u"R1"_s, u"--text"_s, u"Public posts only."_s, u"--by"_s, u"Dana"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(saved().requests[0].status, RequestStatus::Answered);
        QCOMPARE(saved().requests[0].answer->text, u"Public posts only."_s);

        r = request({u"close"_s, m_file, u"R1"_s, u"--role"_s, u"counsel"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"only the DHS Privacy Office reviewer"_s), qPrintable(r.errText()));
        QCOMPARE(saved().requests[0].status, RequestStatus::Answered);

        r = request({u"close"_s, m_file, u"R1"_s, u"--by"_s, u"Priya Castellanos"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(saved().requests[0].status, RequestStatus::Closed);
        QCOMPARE(saved().requests[0].closed->by, u"Priya Castellanos"_s);
    }

    void listAsJsonAndText()
    {
        QCOMPARE(add(u"questions.q1_description"_s).exitCode, 0);
        QCOMPARE(add(u"summary.component"_s).exitCode, 0);
        QCOMPARE(request({u"close"_s, m_file, u"R2"_s}).exitCode, 0);

        CliRun r = request({u"list"_s, m_file, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out)[u"requests"_s].toArray();
        QCOMPARE(all.size(), 2);
        const QJsonObject first = all[0].toObject();
        // The nine keys of every request, and the value the field held when asked.
        QCOMPARE(first.keys().size(), 10);
        QCOMPARE(first[u"value_at_request"_s], QJsonValue(u""_s));
        QCOMPARE(first[u"id"_s].toString(), u"R1"_s);
        QCOMPARE(first[u"status"_s].toString(), u"open"_s);
        QVERIFY(first[u"answer"_s].isNull());
        QCOMPARE(all[1][u"closed"_s][u"date"_s].toString().size(), 10);

        r = request({u"list"_s, m_file, u"--open"_s, u"--format"_s, u"json"_s});
        const QJsonArray open = QJsonDocument::fromJson(r.out)[u"requests"_s].toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0][u"id"_s].toString(), u"R1"_s);

        r = request({u"list"_s, m_file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"R1\topen"_s) && r.outText().contains(u"Q1 Description of the use"_s),
                 qPrintable(r.outText()));
    }

    void refusalsExitTwoAndLeaveTheFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown path") << QStringList{u"add"_s, u"@"_s, u"--path"_s, u"questions.q9"_s, u"--text"_s, u"t"_s, u"--role"_s, u"reviewer"_s} << u"not a field"_s;
        QTest::newRow("author asks") << QStringList{u"add"_s, u"@"_s, u"--path"_s, u""_s, u"--text"_s, u"t"_s, u"--role"_s, u"author"_s} << u"only counsel"_s;
        QTest::newRow("no role") << QStringList{u"add"_s, u"@"_s, u"--path"_s, u""_s, u"--text"_s, u"t"_s} << u"--role"_s;
        QTest::newRow("bad date") << QStringList{u"add"_s, u"@"_s, u"--path"_s, u""_s, u"--text"_s, u"t"_s, u"--role"_s, u"reviewer"_s, u"--today"_s, u"2026-02-30"_s} << u"--today"_s;
        QTest::newRow("unknown id answer") << QStringList{u"answer"_s, u"@"_s, u"R9"_s, u"--text"_s, u"t"_s} << u"no request R9"_s;
        QTest::newRow("unknown id close") << QStringList{u"close"_s, u"@"_s, u"R9"_s} << u"no request R9"_s;
        QTest::newRow("reviewer answers") << QStringList{u"answer"_s, u"@"_s, u"R1"_s, u"--text"_s, u"t"_s, u"--role"_s, u"reviewer"_s} << u"only the program office"_s;
        QTest::newRow("author closes") << QStringList{u"close"_s, u"@"_s, u"R1"_s, u"--role"_s, u"author"_s} << u"only the DHS Privacy Office reviewer"_s;
        QTest::newRow("answer without id") << QStringList{u"answer"_s, u"@"_s, u"--text"_s, u"t"_s} << u"R1"_s;
        QTest::newRow("unknown action") << QStringList{u"delete"_s, u"@"_s, u"R1"_s} << u"unknown action"_s;
        QTest::newRow("bad format") << QStringList{u"list"_s, u"@"_s, u"--format"_s, u"xml"_s} << u"--format"_s;
        QTest::newRow("unknown option") << QStringList{u"list"_s, u"@"_s, u"--colour"_s} << u"colour"_s;
    }
    void refusalsExitTwoAndLeaveTheFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QCOMPARE(add(u"questions.q1_description"_s).exitCode, 0);
        const QByteArray before = bytes(m_file);
        args.replaceInStrings(u"@"_s, m_file);
        const CliRun r = request(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
        QCOMPARE(bytes(m_file), before);
    }

    void unreadableFileExitsTwo()
    {
        const CliRun r = request({u"list"_s, m_dir.filePath(u"missing.smout"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(u"missing.smout"_s));
    }
};

QTEST_MAIN(TestCliRequest)
#include "tst_cli_request.moc"
