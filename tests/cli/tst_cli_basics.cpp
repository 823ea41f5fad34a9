// The `smout` contract common to every verb (cli.md): help, version, usage errors, `new`,
// and that the tool stays free of Qt Widgets.

#include "CliRunner.h"
#include "io/SmoutJson.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace smout;
using namespace Qt::StringLiterals;

class TestCliBasics : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void helpListsTheVerbs()
    {
        const CliRun r = runSmout({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const auto &verb : {u"validate"_s, u"new"_s})
            QVERIFY2(r.outText().contains(u"  "_s + verb), qPrintable(r.outText()));
    }

    void verbHelp()
    {
        const CliRun r = runSmout({u"validate"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(u"--format"_s));
        QVERIFY(r.outText().contains(u"--today"_s));
        QVERIFY(r.outText().contains(u"--role"_s));
    }

    void version()
    {
        const CliRun r = runSmout({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), u"smout "_s + QStringLiteral(SMOUT_VERSION));
    }

    void usageErrorsAreOneLineAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown option") << QStringList{u"validate"_s, u"--colour"_s, u"x"_s};
        QTest::newRow("unknown top option") << QStringList{u"--verbose"_s};
        QTest::newRow("missing file") << QStringList{u"validate"_s};
        QTest::newRow("bad format") << QStringList{u"validate"_s, u"--format"_s, u"xml"_s, u"a"_s};
        QTest::newRow("bad today") << QStringList{u"validate"_s, u"--today"_s, u"2017-02-30"_s, u"a"_s};
        QTest::newRow("bad role") << QStringList{u"validate"_s, u"--role"_s, u"boss"_s, u"a"_s};
        QTest::newRow("new without -o") << QStringList{u"new"_s};
        QTest::newRow("new bad component")
            << QStringList{u"new"_s, u"--component"_s, u"NASA"_s, u"-o"_s, u"x.smout"_s};
    }
    void usageErrorsAreOneLineAndExitTwo()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const CliRun r = runSmout(args, {}, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.crashed);
        QCOMPARE(r.errText().trimmed().count(u'\n'), 0);
        QVERIFY(!r.errText().trimmed().isEmpty());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"x.smout"_s)));
    }

    void newWritesABlankDocumentWithAFreshId()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.smout"_s), b = dir.filePath(u"b.smout"_s);
        QCOMPARE(runSmout({u"new"_s, u"--component"_s, u"cbp"_s, u"-o"_s, a}).exitCode, 0);
        QCOMPARE(runSmout({u"new"_s, u"-o"_s, b}).exitCode, 0);
        const auto docA = io::loadSmoutFile(a), docB = io::loadSmoutFile(b);
        QVERIFY(docA.ok() && docB.ok());
        QCOMPARE(docA->summary.component, u"CBP"_s);
        QVERIFY(!QUuid::fromString(docA->id).isNull());
        QVERIFY(docA->id != docB->id);
    }

    void cliDoesNotLinkWidgets()
    {
        QProcess readelf;
        readelf.start(u"readelf"_s, {u"-d"_s, QStringLiteral(SMOUT_CLI)});
        QVERIFY(readelf.waitForFinished());
        const QString deps = QString::fromUtf8(readelf.readAllStandardOutput());
        QVERIFY(deps.contains(u"libQt6Core"_s));
        QVERIFY2(!deps.contains(u"Widgets"_s), qPrintable(deps));
    }

    // Only verbs that lay pages out start a GUI platform: with a platform that cannot load,
    // the others still run (and so start faster), while export cannot.
    void onlyLayoutStartsAPlatform_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("runs");
        const QString ice = QStringLiteral(SMOUT_EXAMPLES) + u"/ice-2012-social-media-enforcement.smout"_s;
        const QString uscis = QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s;
        QTest::newRow("--version") << QStringList{u"--version"_s} << true;
        QTest::newRow("--help") << QStringList{u"--help"_s} << true;
        QTest::newRow("validate") << QStringList{u"validate"_s, uscis} << true;
        QTest::newRow("diff") << QStringList{u"diff"_s, uscis, uscis} << true;
        QTest::newRow("db list") << QStringList{u"db"_s, u"list"_s, u"--database"_s, dir.filePath(u"inventory.sqlite"_s)} << true;
        QTest::newRow("export") << QStringList{u"export"_s, ice, u"-o"_s, dir.filePath(u"ice.pdf"_s)} << false;
    }
    void onlyLayoutStartsAPlatform()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, runs);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SMOUT_CLI), args);
        QVERIFY(p.waitForFinished(60000));
        const bool ran = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        QVERIFY2(ran == runs, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
