// `smout export`, `smout import` and `smout release` as scripts use them.

#include "VerbRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliPdf : public QObject {
    Q_OBJECT

    static QString example(const QString &name) { return QStringLiteral(SMOUT_EXAMPLES) + u'/' + name; }
    static QByteArray bytesOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void exportThenImportGivesTheSameFile()
    {
        QTemporaryDir dir;
        const QString source = example(u"ice-2012-social-media-enforcement.smout"_s);
        const QString pdf = dir.filePath(u"ice.pdf"_s), back = dir.filePath(u"back.smout"_s);
        const CliRun exported = runSmout({u"export"_s, source, u"-o"_s, pdf});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(bytesOf(pdf).startsWith("%PDF-"));
        QVERIFY(exported.errText().contains(u"pages"_s));
        QVERIFY(!exported.errText().contains(u"XDG"_s)); // no platform noise
        QCOMPARE(runVerb({u"import"_s, pdf, u"-o"_s, back}).exitCode, 0);
        QCOMPARE(bytesOf(back), bytesOf(source));
    }

    void importToStandardOutput()
    {
        QTemporaryDir dir;
        const QString source = example(u"fictional-uscis-benefit-fraud.smout"_s);
        const QString pdf = dir.filePath(u"f.pdf"_s);
        QCOMPARE(runVerb({u"export"_s, u"--page-size"_s, u"a4"_s, source, u"-o"_s, pdf}).exitCode, 0);
        const CliRun r = runSmout({u"import"_s, u"-"_s, u"-o"_s, u"-"_s}, bytesOf(pdf));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, bytesOf(source));
    }

    void failuresWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export a malformed file")
            << QStringList{u"export"_s, QStringLiteral(SMOUT_TEST_DATA) + u"/malformed/20-id-number.smout"_s};
        QTest::newRow("import a non-PDF") << QStringList{u"import"_s, example(u"fictional-uscis-benefit-fraud.smout"_s)};
        QTest::newRow("bad page size")
            << QStringList{u"export"_s, u"--page-size"_s, u"legal"_s, example(u"fictional-uscis-benefit-fraud.smout"_s)};
    }
    void failuresWriteNothing()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out"_s);
        const CliRun r = runVerb(args << u"-o"_s << out);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.errText().isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void releaseCopyCannotBeImported()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"release.pdf"_s);
        QCOMPARE(runVerb({u"release"_s, example(u"ice-2012-social-media-enforcement.smout"_s), u"-o"_s, pdf}).exitCode, 0);
        const CliRun r = runVerb({u"import"_s, pdf, u"-o"_s, dir.filePath(u"x.smout"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(u"no embedded SMOUT document"_s));
    }
};

QTEST_MAIN(TestCliPdf)
#include "tst_cli_pdf.moc"
