// --format and --today are declared once (app/cli/Command) and every verb that takes them
// refuses a bad value the same way: one line naming the option and the value, exit 2,
// nothing on standard output and nothing written, before the verb reads or opens anything.

#include "VerbRunner.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The least each verb needs past its required options; files need not exist, as a bad
// shared option is refused first.
const QMap<QString, QStringList> &verbArguments()
{
    static const QMap<QString, QStringList> args{
        {u"validate"_s, {u"a.smout"_s}},
        {u"export"_s, {u"a.smout"_s, u"-o"_s, u"out.pdf"_s}},
        {u"sign"_s, {u"a.smout"_s, u"--role"_s, u"author"_s, u"-o"_s, u"out.pdf"_s}},
        {u"verify"_s, {u"a.pdf"_s}},
        {u"diff"_s, {u"a.smout"_s, u"b.smout"_s}},
        {u"certs"_s, {u"--nss-dir"_s, u"nssdb"_s}},
        {u"request"_s, {u"list"_s, u"a.smout"_s}},
        {u"access"_s, {u"list"_s, u"--database"_s, u"inventory.sqlite"_s}},
        {u"db"_s, {u"list"_s, u"--database"_s, u"inventory.sqlite"_s}},
        {u"import-legacy"_s, {u"a.docx"_s, u"-o"_s, u"out.smout"_s}},
    };
    return args;
}

QStringList verbs()
{
    static const QRegularExpression line(u"^  ([a-z-]+)  "_s, QRegularExpression::MultilineOption);
    QStringList out;
    for (auto it = line.globalMatch(runSmout({u"--help"_s}).outText()); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

// The verbs whose help lists `option`.
QStringList verbsTaking(const QString &option)
{
    QStringList out;
    for (const QString &verb : verbs())
        if (runVerb({verb, u"--help"_s}).outText().contains(u"  "_s + option + u" arg"_s))
            out << verb;
    return out;
}

void addRows(const QString &option, const QStringList &values)
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("value");
    for (const QString &verb : verbsTaking(option))
        for (const QString &value : values)
            QTest::addRow("%s %s", qPrintable(verb), qPrintable(value)) << verb << value;
}

void refusedTheSameWay(const QString &option, const QString &expected)
{
    QFETCH(QString, verb);
    QFETCH(QString, value);
    QVERIFY2(verbArguments().contains(verb), qPrintable(verb + u" takes "_s + option + u": give it a row here"_s));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun r = runVerb(QStringList{verb} + verbArguments().value(verb) + QStringList{option, value}, dir.path());
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.errText(), u"smout %1: %2\n"_s.arg(verb, expected.arg(value)));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

} // namespace

class TestCliSharedOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theVerbsThatTakeThem()
    {
        QCOMPARE(verbsTaking(u"--format"_s), (QStringList{u"validate"_s, u"import-legacy"_s, u"verify"_s, u"diff"_s,
                                                         u"db"_s, u"certs"_s, u"access"_s, u"request"_s}));
        QCOMPARE(verbsTaking(u"--today"_s),
                 (QStringList{u"validate"_s, u"export"_s, u"sign"_s, u"access"_s, u"request"_s}));
    }

    void badFormat_data() { addRows(u"--format"_s, {u"xml"_s, u"JSON"_s, u""_s}); }
    void badFormat() { refusedTheSameWay(u"--format"_s, u"--format must be text or json, not '%1'"_s); }

    void badToday_data() { addRows(u"--today"_s, {u"2026-02-30"_s, u"2026-11-25T10:00"_s, u"25/11/2026"_s, u"2026-1-5"_s}); }
    void badToday() { refusedTheSameWay(u"--today"_s, u"--today must be a real date YYYY-MM-DD, not '%1'"_s); }
};

QTEST_MAIN(TestCliSharedOptions)
#include "tst_cli_shared_options.moc"
