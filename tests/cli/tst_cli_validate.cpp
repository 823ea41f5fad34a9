// `smout validate` as scripts use it: exit codes, JSON shape, text grouping, standard
// input, several files at once, roles, and every malformed input refused with exit 2.

#include "VerbRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliValidate : public QObject {
    Q_OBJECT

    static QString example(const QString &name) { return QStringLiteral(SMOUT_EXAMPLES) + u'/' + name; }
    static QString ice() { return example(u"ice-2012-social-media-enforcement.smout"_s); }
    static QString clean() { return example(u"fictional-uscis-benefit-fraud.smout"_s); }
    static QByteArray bytesOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static const QString today() { return u"--today=2026-11-25"_s; }

    // The ICE example with Rule h)'s reasoning reduced to a placeholder: one error.
    static QString withError(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(u"ice-tbd.smout"_s);
        QByteArray text = bytesOf(ice());
        text.replace("All ICE users will complete the necessary training when it is available.", "TBD");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

private Q_SLOTS:
    void cleanDocumentExitsZero()
    {
        const CliRun r = runVerb({u"validate"_s, today(), clean()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"0 errors, 0 warnings"_s), qPrintable(r.outText()));
    }

    void documentWithErrorsExitsOneAndGroupsBySection()
    {
        QTemporaryDir dir;
        const CliRun r = runVerb({u"validate"_s, today(), withError(dir)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"1 error, 4 warnings, 4 infos\n"_s), qPrintable(r.outText()));
        const QString out = r.outText();
        QVERIFY(out.contains(u"  Summary Information\n"_s));
        QVERIFY(out.contains(u"  5. Rules of Behavior in effect\n"_s));
        QVERIFY(out.contains(u"ROB-EXPLAIN questions.q5_rules.training.explanation"_s));
        QVERIFY(out.indexOf(u"Summary Information"_s) < out.indexOf(u"5. Rules of Behavior"_s));
    }

    void jsonShape()
    {
        QTemporaryDir dir;
        const QString failing = withError(dir);
        const CliRun r = runVerb({u"validate"_s, u"--format"_s, u"json"_s, today(), failing, clean()});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray files = root[u"files"_s].toArray();
        QCOMPARE(files.size(), 2);
        const QJsonObject first = files[0].toObject();
        QCOMPARE(first[u"file"_s].toString(), failing);
        QCOMPARE(first[u"errors"_s].toInt(), 1);
        QCOMPARE(first[u"warnings"_s].toInt(), 4);
        int errors = 0;
        for (const auto &f : first[u"findings"_s].toArray()) {
            const QJsonObject o = f.toObject();
            QCOMPARE(o.keys(), (QStringList{u"message"_s, u"path"_s, u"rule"_s, u"severity"_s}));
            QVERIFY(!o[u"message"_s].toString().isEmpty());
            errors += o[u"severity"_s].toString() == u"error";
        }
        QCOMPARE(first[u"errors"_s].toInt(), errors);
        const QJsonObject second = files[1].toObject();
        QCOMPARE(second[u"errors"_s].toInt(), 0);
        QCOMPARE(second[u"warnings"_s].toInt(), 0);
        QVERIFY(second.contains(u"infos"_s));
    }

    void iceExampleHasWarningsButNoErrors()
    {
        const CliRun r = runVerb({u"validate"_s, today(), ice()});
        QCOMPARE(r.exitCode, 0);
        // No submission date, two categories in one template, no training yet, and a
        // determination "met" in spite of that; three SORNs without their FR citation.
        QVERIFY2(r.outText().contains(u"0 errors, 4 warnings, 4 infos"_s), qPrintable(r.outText()));
        for (const QString &finding : {u"warning SUM-DATE summary.date_submitted"_s,
                                       u"warning Q1-MULTIPLE questions.q1_categories"_s,
                                       u"warning ROB-TRAINING questions.q5_rules.training.answer"_s,
                                       u"warning DET-MET-WITH-ERRORS review.determination.outcome"_s,
                                       u"info    SUM-SORN-FR summary.sorns[2].federal_register"_s,
                                       u"info    DET-REREVIEW review.date_reviewed"_s})
            QVERIFY2(r.outText().contains(finding), qPrintable(finding));
    }

    void standardInput()
    {
        const CliRun r = runSmout({u"validate"_s, u"--format=json"_s, today(), u"-"_s}, bytesOf(clean()));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root[u"files"_s][0][u"file"_s].toString(), u"-"_s);
    }

    void unreadableFileExitsTwoButOthersAreStillChecked()
    {
        QTemporaryDir dir;
        // A process: the JSON on standard output, the message on standard error, exit 2.
        const CliRun r = runSmout({u"validate"_s, u"--format=json"_s, today(), clean(),
                                   dir.filePath(u"missing.smout"_s), ice()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(u"missing.smout"_s));
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"files"_s].toArray().size(), 2);
    }

    void roleFiltersFindings()
    {
        const CliRun counsel = runVerb({u"validate"_s, u"--format=json"_s, today(), u"--role"_s,
                                         u"counsel"_s, ice()});
        for (const auto &f : QJsonDocument::fromJson(counsel.out).object()[u"files"_s][0][u"findings"_s].toArray()) {
            const QString path = f[u"path"_s].toString();
            QVERIFY2(path.startsWith(u"questions.q2"_s) || path.startsWith(u"summary.counsel"_s),
                     qPrintable(path));
        }
        const CliRun author = runVerb({u"validate"_s, u"--format=json"_s, today(), u"--role=author"_s, ice()});
        for (const auto &f : QJsonDocument::fromJson(author.out).object()[u"files"_s][0][u"findings"_s].toArray())
            QVERIFY(!f[u"path"_s].toString().startsWith(u"review."_s));
    }

    void todayMovesDateRules()
    {
        // The fictional SMOUT was submitted on 2026-03-02: "today" before that is an error.
        const CliRun r = runVerb({u"validate"_s, u"--today=2026-01-01"_s, clean()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.outText().contains(u"SUM-DATE"_s));
    }

    void malformedCorpusExitsTwoWithTheKeyPath()
    {
        QFile list(QStringLiteral(SMOUT_TEST_DATA) + u"/malformed/expected.tsv"_s);
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        int checked = 0;
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).chopped(1);
            if (line.startsWith(u'#') || line.isEmpty())
                continue;
            const auto parts = line.split(u'\t');
            const QString file = QStringLiteral(SMOUT_TEST_DATA) + u"/malformed/"_s + parts[0];
            const CliRun r = runVerb({u"validate"_s, file});
            QVERIFY2(!r.crashed, qPrintable(parts[0]));
            QVERIFY2(r.exitCode == 2, qPrintable(parts[0]));
            QVERIFY2(r.errText().contains(parts[1]), qPrintable(parts[0] + u": "_s + r.errText()));
            ++checked;
        }
        QVERIFY(checked >= 25);
    }

    void hugeInputOnStandardInput()
    {
        const QByteArray huge = "{\"format\":\"smout\",\"format_version\":1,\"questions\":{\"q1_description\":\""
            + QByteArray(10 * 1024 * 1024, 'x') + "\"}}";
        const CliRun r = runSmout({u"validate"_s, u"-"_s}, huge);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"standard input: larger than 4 MB"_s), qPrintable(r.errText()));
    }
};

QTEST_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
