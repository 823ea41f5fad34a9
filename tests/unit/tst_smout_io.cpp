// Reading and writing .smout files: round trips, unknown keys, and refusals that name the key.

#include "io/SmoutJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace smout;
using namespace Qt::StringLiterals;

class TestSmoutIo : public QObject {
    Q_OBJECT

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QByteArray blank() { return io::writeSmout(SmoutDocument::createNew(u"CBP"_s)).value(); }

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
        const QByteArray bytes = io::writeSmout(d).value();
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
        const QByteArray saved = io::writeSmout(doc.value()).value();
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
        const QByteArray saved = io::writeSmout(doc.value()).value();
        const QJsonObject back = QJsonDocument::fromJson(saved).object();
        QCOMPARE(back[u"zz_top"_s], o[u"zz_top"_s]);
        QCOMPARE(back[u"summary"_s][u"x_note"_s].toString(), u"kept"_s);
        QCOMPARE(back[u"summary"_s][u"pias"_s][0][u"x_extra"_s].toInteger(), 12345678901234);
        QCOMPARE(back[u"questions"_s][u"q5_rules"_s][u"future_rule"_s],
                 rules[u"future_rule"_s]);
        // Saving again changes nothing.
        QCOMPARE(io::writeSmout(io::readSmout(saved).value()).value(), saved);
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

        const QByteArray saved = io::writeSmout(doc).value();
        const auto back = io::readSmout(saved);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error()));
        QVERIFY(back.value() == doc);
        QCOMPARE(io::writeSmout(back.value()).value(), saved);
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
        QVERIFY(!io::writeSmout(doc.value()).value().contains("\"requests\""));
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

    // Text from anywhere in Unicode survives a save: characters outside the Basic Multilingual
    // Plane (emoji, CJK Extension B), combining marks and right-to-left scripts.
    void everyCharacterRoundTrips()
    {
        const QString text = u"\U0002000B \U0001F600 e\u0301 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 "
                             u"\U0001F469\u200D\U0001F469\u200D\U0001F467 \U0001F1FA\U0001F1F8"_s;
        SmoutDocument doc = SmoutDocument::createNew(u"CBP"_s);
        doc.questions.q1Description = text;
        Person p;
        p.name = u"\U0002A6A5\u0645 Z\u0308oe"_s;
        doc.summary.contacts.append(p);
        doc.unknown.insert(u"x_\U0001F600"_s, text);
        const auto saved = io::writeSmout(doc);
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error()));
        QVERIFY(saved->contains("\xF0\x9F\x98\x80")); // U+1F600 as one four-byte sequence
        QVERIFY(saved->contains("\xF0\xA0\x80\x8B")); // U+2000B
        QVERIFY(!saved->contains('?'));
        const auto back = io::readSmout(saved.value());
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error()));
        QCOMPARE(back->questions.q1Description, text);
        QCOMPARE(back->summary.contacts.value(0).name, p.name);
        QCOMPARE(back->unknown.value(u"x_\U0001F600"_s).toString(), text);
        QVERIFY(back.value() == doc);
    }

    void loneSurrogatesAreRefusedWithTheKeyPath_data()
    {
        QTest::addColumn<int>("where");
        QTest::addColumn<QString>("expected");
        QTest::newRow("high, in an answer") << 0 << u"questions.q1_description: contains a lone surrogate (U+D83D)"_s;
        QTest::newRow("low, in a list item") << 1 << u"summary.contacts[1].email: contains a lone surrogate (U+DE00)"_s;
        QTest::newRow("in an unknown key's name") << 2 << u"summary.x_\uFFFD: contains a lone surrogate (U+D800)"_s;
    }
    void loneSurrogatesAreRefusedWithTheKeyPath()
    {
        QFETCH(int, where);
        QFETCH(QString, expected);
        SmoutDocument doc = SmoutDocument::createNew(u"CBP"_s);
        const QChar high(char16_t(0xD83D)), low(char16_t(0xDE00));
        if (where == 0)
            doc.questions.q1Description = u"before "_s + high + u" after"_s;
        if (where == 1) {
            doc.summary.contacts.resize(2);
            doc.summary.contacts[1].email = QString(low) + u"@example.gov"_s;
        }
        if (where == 2)
            doc.summary.unknown.insert(u"x_"_s + QChar(char16_t(0xD800)), true);
        const auto saved = io::writeSmout(doc);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().startsWith(expected), qPrintable(saved.error()));
        // Saving to a file refuses the same way and writes nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.smout"_s);
        const Status written = io::saveSmoutFile(doc, path);
        QVERIFY(!written.ok());
        QVERIFY(!QFile::exists(path));
    }

    void numbersUseTheShortestExactForm()
    {
        SmoutDocument doc = SmoutDocument::createNew(u"CBP"_s);
        doc.unknown.insert(u"x_ratio"_s, 0.1);
        doc.unknown.insert(u"x_third"_s, 1.0 / 3.0);
        doc.unknown.insert(u"x_big"_s, 1e300);
        const QByteArray saved = io::writeSmout(doc).value();
        QVERIFY2(saved.contains("\"x_ratio\": 0.1,"), saved.right(160).constData());
        const auto back = io::readSmout(saved);
        QVERIFY(back.ok());
        QCOMPARE(back->unknown.value(u"x_third"_s).toDouble(), 1.0 / 3.0);
        QCOMPARE(back->unknown.value(u"x_big"_s).toDouble(), 1e300);
    }

    // The rename onto the real file fails after the temporary file was written: saving
    // reports it, the old file is intact and no temporary file is left behind. Root may write
    // into a read-only folder, so for root the file itself turns immutable instead; either
    // happens from another thread as soon as the temporary file is open (it may have no name
    // yet: QSaveFile uses O_TMPFILE where it can).
    void failedRenameLeavesTheOldFileIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.smout"_s);
        const SmoutDocument changed = bigDocument(u"changed"_s);
        const bool root = ::geteuid() == 0;
        bool refused = false;
        for (int attempt = 0; attempt < 10 && !refused; ++attempt) {
            QVERIFY(io::saveSmoutFile(SmoutDocument::createNew(u"TSA"_s), path).ok());
            const QByteArray before = readAll(path);
            std::atomic<bool> stop = false;
            std::thread protector([&] {
                while (!stop && !writingInto(dir.path()))
                    std::this_thread::yield();
                if (root)
                    setImmutable(path, true);
                else
                    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
            });
            const Status saved = io::saveSmoutFile(changed, path);
            stop = true;
            protector.join();
            if (root)
                QVERIFY(setImmutable(path, false));
            else
                QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            if (saved.ok())
                continue; // the rename won the race; try again
            refused = true;
            QVERIFY2(saved.error().contains(path) && saved.error().contains(u"previous file is unchanged"_s),
                     qPrintable(saved.error()));
            QCOMPARE(readAll(path), before);
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"a.smout"_s});
        }
        QVERIFY2(refused, "the rename never met the protected target in ten attempts");
    }

    // A process saving a large document over and over is killed at random moments: the file
    // on disk is always one complete version, never a mixture or a truncated one.
    void killedMidSaveLeavesACompleteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.smout"_s);
        QVERIFY(io::saveSmoutFile(bigDocument(u"first"_s), path).ok());
        QRandomGenerator random(20261126);
        int sawNewer = 0;
        for (int round = 0; round < 8; ++round) {
            QProcess writer;
            writer.start(QCoreApplication::applicationFilePath(), {u"--save-loop"_s, path});
            QVERIFY(writer.waitForStarted());
            QTest::qWait(150 + int(random.bounded(400)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            const auto doc = io::loadSmoutFile(path);
            QVERIFY2(doc.ok(), qPrintable(doc ? QString() : doc.error()));
            const QString mark = doc->questions.q1Other;
            QVERIFY2(mark == u"first"_s || mark.startsWith(u"save "_s), qPrintable(mark));
            QCOMPARE(doc.value(), bigDocument(mark));
            if (mark != u"first"_s)
                ++sawNewer;
        }
        QVERIFY2(sawNewer > 0, "the writer never completed a save; the test saw no kill after a save");
    }

public:
    static SmoutDocument bigDocument(const QString &mark)
    {
        SmoutDocument doc = SmoutDocument::createNew(u"CBP"_s);
        doc.id = u"00000000-0000-4000-8000-000000000001"_s;
        doc.questions.q1Other = mark;
        // As large as a .smout may be (io::MaxFileSize), so that a save takes a while.
        for (int i = 0; i < 2; ++i)
            doc.unknown.insert(u"x_part_%1"_s.arg(i, 2, 10, QChar(u'0')), QString(QString(99000, QChar(u'a' + i)) + mark));
        return doc;
    }

private:
    // Whether this process has a file open in `dir` (other than the folder itself).
    static bool writingInto(const QString &dir)
    {
        const QDir fds(u"/proc/self/fd"_s);
        for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
            const QString target = QFile::symLinkTarget(fds.filePath(fd));
            if (target.startsWith(dir + u'/'))
                return true;
        }
        return false;
    }

    static bool setImmutable(const QString &path, bool on)
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        ::close(fd);
        return ok;
    }

};

// `--save-loop PATH`: the writer process of killedMidSaveLeavesACompleteFile.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--save-loop") == 0) {
        const QString path = QString::fromLocal8Bit(argv[2]);
        for (int n = 0;; ++n)
            if (!io::saveSmoutFile(TestSmoutIo::bigDocument(u"save %1"_s.arg(n)), path).ok())
                return 1;
    }
    TestSmoutIo test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_smout_io.moc"
