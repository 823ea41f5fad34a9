// `smout verify FILE...`: many files in one process, each reported as a run on it alone would
// report it. JSON becomes {"files": [...]} only with several files; the exit code is the worst
// of the files'. Uses the chain signed by the previous release (tests/data/signing/
// release-0.1.0), which verifies with its own test CA, and copies of it altered here.

#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliVerifyBatch : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    const QString chain = QStringLiteral(SMOUT_TEST_DATA) + u"/signing/release-0.1.0/"_s;
    QString adjudication, countersigned, submission, altered, notPdf;

    CliRun verify(const QStringList &files, const QStringList &extra = {}) const
    {
        return runSmout(QStringList{u"verify"_s} + files + QStringList{u"--trust"_s, chain + u"test-ca.pem"_s} + extra);
    }
    CliRun verifyJson(const QStringList &files) const { return verify(files, {u"--format"_s, u"json"_s}); }
    static QJsonArray filesOf(const CliRun &r) { return QJsonDocument::fromJson(r.out).object()[u"files"_s].toArray(); }

private Q_SLOTS:
    void initTestCase()
    {
        adjudication = chain + u"adjudication.pdf"_s;
        countersigned = chain + u"countersigned.pdf"_s;
        submission = chain + u"submission.pdf"_s;
        // The adjudication with one signed byte changed: the reviewer's signature no longer holds.
        QFile in(adjudication);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        const qsizetype at = bytes.indexOf("SMOUT Studio");
        QVERIFY(at > 0);
        bytes[at] = 'X';
        altered = dir.filePath(u"altered.pdf"_s);
        QFile out(altered);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();
        notPdf = dir.filePath(u"not-a-pdf.pdf"_s);
        QFile text(notPdf);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("hello\n") == 6);
    }

    void textNamesEachFileInOrder()
    {
        const CliRun r = verify({adjudication, countersigned, submission});
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        const QString ok = u": all signatures valid and trusted, nothing changed after signing"_s;
        const qsizetype a = r.outText().indexOf(adjudication + ok), c = r.outText().indexOf(countersigned + ok),
                        s = r.outText().indexOf(submission + ok);
        QVERIFY2(a >= 0 && c > a && s > c, qPrintable(r.outText()));
        // What is said once for the run is said once.
        QCOMPARE(r.errText().count(u"Trusted roots:"_s), 1);
        QCOMPARE(r.errText().count(u"Revocation was checked"_s), 1);
    }

    // Each file's object is exactly what verifying that file alone prints.
    void jsonListsEachFileAsAloneRunReportsIt()
    {
        const QStringList files{adjudication, altered, countersigned, adjudication};
        const CliRun r = verifyJson(files);
        QCOMPARE(r.exitCode, 1);
        const QJsonArray listed = filesOf(r);
        QCOMPARE(listed.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            const CliRun alone = verifyJson({files[i]});
            QVERIFY2(listed[i].toObject() == QJsonDocument::fromJson(alone.out).object(),
                     qPrintable(files[i] + u"\nin the batch:\n"_s + QString::fromUtf8(QJsonDocument(listed[i].toObject()).toJson())
                                + u"\nalone:\n"_s + alone.outText()));
        }
        // The same data again after an altered copy of it is checked again, not taken as known.
        QCOMPARE(listed[0][u"ok"_s].toBool(), true);
        QCOMPARE(listed[1][u"ok"_s].toBool(), false);
        QCOMPARE(listed[3][u"ok"_s].toBool(), true);
    }

    void oneFileKeepsItsShape()
    {
        const CliRun r = verifyJson({adjudication});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[u"file"_s].toString(), adjudication);
        QVERIFY(o[u"ok"_s].toBool());
        QCOMPARE(o[u"signatures"_s].toArray().size(), 3);
        QVERIFY(!o.contains(u"files"_s));
    }

    void exitCodeIsTheWorstOfTheFiles_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("listed");
        QTest::newRow("all sound") << QStringList{adjudication, submission} << 0 << 2;
        QTest::newRow("one altered") << QStringList{adjudication, altered} << 1 << 2;
        QTest::newRow("altered first") << QStringList{altered, adjudication} << 1 << 2;
        QTest::newRow("one not a PDF") << QStringList{adjudication, notPdf, altered} << 2 << 2;
        QTest::newRow("one missing") << QStringList{dir.filePath(u"missing.pdf"_s), adjudication} << 2 << 1;
    }
    void exitCodeIsTheWorstOfTheFiles()
    {
        QFETCH(QStringList, files);
        QFETCH(int, exitCode);
        QFETCH(int, listed);
        const CliRun r = verifyJson(files);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.outText() + r.errText()));
        // A file that cannot be read is named on standard error; the others are still reported.
        QCOMPARE(filesOf(r).size(), listed);
        if (exitCode == 2)
            QVERIFY2(r.errText().contains(files.contains(notPdf) ? notPdf : files.first()), qPrintable(r.errText()));
    }

    void unreadableAloneWritesNoJson()
    {
        const CliRun r = verifyJson({notPdf});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliVerifyBatch)
#include "tst_cli_verify_batch.moc"
