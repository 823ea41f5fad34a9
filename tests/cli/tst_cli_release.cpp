// `smout release`: a marking that cannot be applied exactly refuses the release (exit 1,
// each bad marking named, no file); a good release names the withheld values nowhere and
// warns about personal data left unmarked.

#include "VerbRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliRelease : public QObject {
    Q_OBJECT

    static QJsonObject ice()
    {
        QFile f(QStringLiteral(SMOUT_EXAMPLES) + u"/ice-2012-social-media-enforcement.smout"_s);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QString withMarkings(const QTemporaryDir &dir, const QJsonArray &extra)
    {
        QJsonObject doc = ice();
        QJsonArray markings = doc.value(u"redactions"_s).toArray();
        for (const auto &m : extra)
            markings.append(m);
        doc.insert(u"redactions"_s, markings);
        const QString path = dir.filePath(u"marked.smout"_s);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(doc).toJson());
        return path;
    }

    static QJsonObject marking(const QString &path, const QString &exemption, int start = -1, int end = -1)
    {
        QJsonObject m{{u"path"_s, path}, {u"exemption"_s, exemption}};
        if (start >= 0) {
            m.insert(u"start"_s, start);
            m.insert(u"end"_s, end);
        }
        return m;
    }

private Q_SLOTS:
    void refusesAndWritesNothing_data()
    {
        QTest::addColumn<QJsonObject>("bad");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown path") << marking(u"summary.pias[9].title"_s, u"(b)(6)"_s) << u"no field summary.pias[9].title"_s;
        QTest::newRow("past the end") << marking(u"questions.q3_launch_note"_s, u"(b)(5)"_s, 5, 100000) << u"outside the value"_s;
        QTest::newRow("range on a date") << marking(u"review.date_reviewed"_s, u"(b)(6)"_s, 0, 4) << u"withheld whole"_s;
        QTest::newRow("range on a check box") << marking(u"screening.not_operational_use"_s, u"(b)(5)"_s, 0, 2) << u"withheld whole"_s;
        QTest::newRow("other exemption over the same text") << marking(u"summary.contacts[0].phone"_s, u"(b)(5)"_s, 0, 12) << u"overlaps marking 2"_s;
        QTest::newRow("not an exemption") << marking(u"questions.q3_launch_note"_s, u"(b)(6); (b)(9)"_s) << u"not an exemption"_s;
    }

    void refusesAndWritesNothing()
    {
        QFETCH(QJsonObject, bad);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString input = withMarkings(dir, {marking(u"summary.date_submitted"_s, u"(b)(6)"_s), bad});
        const QString out = dir.filePath(u"release.pdf"_s);
        const CliRun r = runVerb({u"release"_s, input, u"-o"_s, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(u"marking 7 ("_s + bad.value(u"path"_s).toString()), qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void releasesWithLabelsAndWarns()
    {
        QTemporaryDir dir;
        const QString input = withMarkings(dir, {marking(u"review.date_reviewed"_s, u"(b)(6)"_s),
                                                 marking(u"questions.q3_launch_note"_s, u"(b)(7)(E)"_s, 0, 8)});
        const QString out = dir.filePath(u"release.pdf"_s);
        const CliRun r = runVerb({u"release"_s, input, u"-o"_s, out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.errText().contains(u"warning: Counsel Contact Information, entry 2: name names a person"_s), qPrintable(r.errText()));
        QProcess text;
        text.start(u"pdftotext"_s, {out, u"-"_s});
        text.waitForFinished();
        const QString released = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(released.contains(u"DATE reviewed by the DHS Privacy Office: (b)(6)"_s));
        QVERIFY(!released.contains(u"November 6, 2012"_s));
        QVERIFY(!released.contains(u"Unknown. The Internet"_s));
        QVERIFY(released.contains(u"(b)(7)(E) The Internet"_s));
    }

    // Issue 29: the withheld counsel name written elsewhere in capitals, with a Cyrillic
    // look-alike letter, refuses the release naming both places; nothing is written.
    void aLookAlikeOfWithheldTextRefuses()
    {
        QTemporaryDir dir;
        QJsonObject doc = ice();
        QJsonObject questions = doc.value(u"questions"_s).toObject();
        questions.insert(u"q3_launch_note"_s, u"Approved by KUYOMARS \"Q\" G\u041ELPARVAR."_s);
        doc.insert(u"questions"_s, questions);
        QJsonArray markings = doc.value(u"redactions"_s).toArray();
        markings.append(marking(u"summary.counsel[1].name"_s, u"(b)(6)"_s));
        doc.insert(u"redactions"_s, markings);
        const QString input = dir.filePath(u"lookalike.smout"_s);
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        const QString out = dir.filePath(u"release.pdf"_s);
        const CliRun r = runVerb({u"release"_s, input, u"-o"_s, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(u"\"Kuyomars \"Q\" Golparvar\" is withheld in summary.counsel[1].name, yet also appears "
                                      "unmarked in questions.q3_launch_note"_s),
                 qPrintable(r.errText()));
        QVERIFY(!QFile::exists(out));
    }

    // Requests for additional information go through `smout request` and are withheld by
    // markings like any other text: the names and passages are nowhere in the release,
    // which embeds no document.
    void requestsAreWithheld()
    {
        QTemporaryDir dir;
        const QString file = withMarkings(dir, {});
        QCOMPARE(runVerb({u"request"_s, u"add"_s, file, u"--path"_s, u"questions.q1_description"_s, u"--text"_s,
                           u"Name the informant Zebulon Quartermaine please"_s, u"--role"_s, u"reviewer"_s, u"--by"_s,
                           u"Priya Castellanos"_s, u"--today"_s, u"2026-11-02"_s})
                     .exitCode,
                 0);
        QCOMPARE(runVerb({u"request"_s, u"answer"_s, file, u"R1"_s, u"--text"_s, u"It was Xanthippe Vandermeer from Ohio"_s,
                           u"--by"_s, u"Dorothea Fairweather"_s})
                     .exitCode,
                 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray markings = doc.value(u"redactions"_s).toArray();
        markings.append(marking(u"requests[0].text"_s, u"(b)(6)"_s, 19, 39));
        markings.append(marking(u"requests[0].answer.text"_s, u"(b)(6)"_s, 7, 27));
        markings.append(marking(u"requests[0].by"_s, u"(b)(6)"_s));
        markings.append(marking(u"requests[0].answer.by"_s, u"(b)(6)"_s));
        doc.insert(u"redactions"_s, markings);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(doc).toJson());
        f.close();

        const QString out = dir.filePath(u"release.pdf"_s);
        const CliRun r = runVerb({u"release"_s, file, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QProcess text;
        text.start(u"pdftotext"_s, {out, u"-"_s});
        text.waitForFinished();
        const QString released = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(released.contains(u"REQUESTS FOR ADDITIONAL INFORMATION"_s));
        QVERIFY2(released.contains(u"Name the informant (b)(6) please"_s), qPrintable(released.right(500)));
        QVERIFY(released.contains(u"from Ohio"_s));
        for (const QString &withheld : {u"Zebulon"_s, u"Quartermaine"_s, u"Xanthippe"_s, u"Vandermeer"_s, u"Castellanos"_s, u"Fairweather"_s})
            QVERIFY2(!released.contains(withheld), qPrintable(withheld));
        QProcess attachments;
        attachments.start(u"pdfdetach"_s, {u"-list"_s, out});
        attachments.waitForFinished();
        QVERIFY(!QString::fromUtf8(attachments.readAllStandardOutput()).contains(u".smout"_s));
    }
};

QTEST_MAIN(TestCliRelease)
#include "tst_cli_release.moc"
