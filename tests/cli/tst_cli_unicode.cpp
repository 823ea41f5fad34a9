// Text from every Unicode plane survives the CLI: a .smout holding emoji, CJK Extension B,
// combining marks and right-to-left text is exported to PDF and imported back unchanged.

#include "VerbRunner.h"
#include "io/SmoutJson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;

class TestCliUnicode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportThenImportKeepsEveryCharacter()
    {
        QTemporaryDir dir;
        auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        QVERIFY(doc.ok());
        const QString text = u"\U0002000B \U0001F600 e\u0301 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627"_s;
        doc.value().questions.q1Description = text;
        doc.value().summary.contacts[0].name = u"\U0002A6A5 Zo\u0308e"_s;
        const QString source = dir.filePath(u"unicode.smout"_s);
        QVERIFY(io::saveSmoutFile(doc.value(), source).ok());

        const QString pdf = dir.filePath(u"unicode.pdf"_s), back = dir.filePath(u"back.smout"_s);
        const CliRun exported = runVerb({u"export"_s, source, u"-o"_s, pdf});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const CliRun imported = runVerb({u"import"_s, pdf, u"-o"_s, back});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const auto again = io::loadSmoutFile(back);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error()));
        QCOMPARE(again->questions.q1Description, text);
        QCOMPARE(again->summary.contacts[0].name, doc->summary.contacts[0].name);
        QFile a(source), b(back);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }
};

QTEST_MAIN(TestCliUnicode)
#include "tst_cli_unicode.moc"
