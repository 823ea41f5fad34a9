// The `smout` contract common to every verb (cli.md): help, version, usage errors, `new`,
// and that the tool stays free of Qt Widgets.

#include "CliRunner.h"
#include "Command.h"
#include "io/SmoutJson.h"

#include <QDir>
#include <QFileInfo>
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

    void cliDoesNotLinkWidgets_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::newRow("smout") << QStringLiteral(SMOUT_CLI);
        QTest::newRow("its verbs") << QFileInfo(QStringLiteral(SMOUT_CLI)).dir().filePath(u"libsmoutverbs.so"_s);
    }
    void cliDoesNotLinkWidgets()
    {
        QFETCH(QString, binary);
        QProcess readelf;
        readelf.start(u"readelf"_s, {u"-d"_s, binary});
        QVERIFY(readelf.waitForFinished());
        const QString deps = QString::fromUtf8(readelf.readAllStandardOutput());
        QVERIFY(deps.contains(u"libQt6Core"_s));
        QVERIFY2(!deps.contains(u"Widgets"_s), qPrintable(deps));
    }

    // --version and --help answer on QtCore alone: none of the libraries the verbs need
    // (Qt GUI, poppler, NSS, qpdf) is loaded, which is what keeps them under 8 ms.
    void versionAndHelpLoadNoVerbLibraries_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--version") << QStringList{u"--version"_s};
        QTest::newRow("--help") << QStringList{u"--help"_s};
        QTest::newRow("no verb") << QStringList{};
    }
    void versionAndHelpLoadNoVerbLibraries()
    {
        QFETCH(QStringList, args);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LD_DEBUG"_s, u"files"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SMOUT_CLI), args);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString loaded = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(loaded.contains(u"file=libQt6Core"_s), qPrintable(loaded));
        for (const auto &library : {u"libsmoutverbs"_s, u"libQt6Gui"_s, u"libpoppler"_s, u"libnss3"_s, u"libqpdf"_s})
            QVERIFY2(!loaded.contains(u"file="_s + library), qPrintable(library));
        // A verb does load them.
        p.start(QStringLiteral(SMOUT_CLI), {u"validate"_s, QStringLiteral(SMOUT_EXAMPLES) + u"/ice-2012-social-media-enforcement.smout"_s});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"file=libsmoutverbs.so"_s));
    }

    // The front lists every verb the verbs library runs, in its order, each with the
    // summary its own --help shows.
    void helpListsEveryVerbWithItsSummary()
    {
        const QString help = runSmout({u"--help"_s}).outText();
        qsizetype at = 0;
        for (const auto &command : smout::cli::allCommands()) {
            const QString verb = command->name();
            const QString verbHelp = runSmout({verb, u"--help"_s}).outText();
            const qsizetype line = help.indexOf(u"\n  "_s + verb + u' ', at);
            QVERIFY2(line >= 0, qPrintable(verb));
            const QString summary = help.mid(line + 1, help.indexOf(u'\n', line + 1) - line - 1).mid(2 + verb.size()).trimmed();
            QVERIFY2(!summary.isEmpty() && verbHelp.contains(summary), qPrintable(verb + u": "_s + summary));
            at = line + 1;
        }
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
