// `smout db` and `smout diff` as scripts use them.

#include "VerbRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliDb : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    static QString example(const QString &name) { return QStringLiteral(SMOUT_EXAMPLES) + u'/' + name; }
    QStringList db() const { return {u"--database"_s, dir.filePath(u"inventory.sqlite"_s)}; }

private Q_SLOTS:
    void importListShowExport()
    {
        CliRun r = runVerb(QStringList{u"db"_s, u"import"_s, example(u"ice-2012-social-media-enforcement.smout"_s),
                                        example(u"fictional-uscis-benefit-fraud.smout"_s)} + db());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.errText().contains(u"Imported 2"_s));
        r = runVerb(QStringList{u"db"_s, u"list"_s, u"--format"_s, u"json"_s} + db());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 2);
        // Their determinations are typed into the files, not signed by the Privacy Office: drafts.
        for (const auto &e : all) {
            QCOMPARE(e[u"status"_s].toString(), u"draft"_s);
            QCOMPARE(e[u"rereview_due"_s].toString(), QString());
        }
        r = runVerb(QStringList{u"db"_s, u"list"_s, u"--due-within"_s, u"90"_s, u"--format=json"_s} + db());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

        r = runVerb(QStringList{u"db"_s, u"list"_s, u"--search"_s, u"fdns"_s} + db());
        QVERIFY(r.outText().contains(u"USCIS"_s) && !r.outText().contains(u"ICE "_s));

        r = runVerb(QStringList{u"db"_s, u"show"_s, u"0b8e6c1d-2f3a-4b5c-9d7e-8f9a0b1c2d3e"_s} + db());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"USCIS, draft, determination not signed"_s), qPrintable(r.outText()));
        QVERIFY(!r.outText().contains(u"Re-review due"_s));
        QVERIFY(r.outText().contains(u"imported"_s));

        const QString out = dir.filePath(u"out.smout"_s);
        QCOMPARE(runVerb(QStringList{u"db"_s, u"export"_s, u"0b8e6c1d-2f3a-4b5c-9d7e-8f9a0b1c2d3e"_s, u"-o"_s, out} + db()).exitCode, 0);
        QFile a(out), b(example(u"fictional-uscis-benefit-fraud.smout"_s));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());

        r = runVerb(QStringList{u"db"_s, u"show"_s, u"no-such-id"_s} + db());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(u"no SMOUT with id no-such-id"_s));
    }

    void unreachableServerIsAClearMessage()
    {
        const CliRun r = runVerb({u"db"_s, u"list"_s, u"--database"_s, u"postgresql://smout@127.0.0.1:1/inventory"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"cannot be opened"_s), qPrintable(r.errText()));
    }

    // A typo in --database never creates an inventory somewhere else.
    void mistypedLocationsAreRefused()
    {
        QTemporaryDir cwd;
        for (const QString &typo : {u"PostgreSQL:/dana@db/inventory"_s, u"postgres:/db/inventory"_s, u"postgresql//db/inventory"_s,
                                    u"mysql://db/inventory"_s, u"sqlite:///inventory.sqlite"_s, u"postgresql://db:5x432/inventory"_s,
                                    u"postgresql://dana:secret@db/inventory"_s, u"postgresql://db/inventory?sslmode=sometimes"_s,
                                    u"typo/inventory.sqlite"_s, QString()}) {
            const CliRun r = runVerb({u"db"_s, u"list"_s, u"--database"_s, typo}, cwd.path());
            QVERIFY2(r.exitCode == 2, qPrintable(typo));
            QVERIFY2(!r.errText().trimmed().isEmpty() && !r.errText().trimmed().endsWith(u':'), qPrintable(r.errText()));
            QVERIFY2(QDir(cwd.path()).isEmpty(), qPrintable(u"created something for "_s + typo));
        }
    }

    void diffNamesTheFields()
    {
        const QString changed = dir.filePath(u"changed.smout"_s);
        QFile in(example(u"fictional-uscis-benefit-fraud.smout"_s));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        text.replace("\"8 C.F.R. § 103.2(b)(16), inspection of evidence\"", "\"8 C.F.R. § 103.2\"");
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        CliRun r = runVerb({u"diff"_s, in.fileName(), changed, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray changes = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0][u"path"_s].toString(), u"questions.q2_authorities[2]"_s);
        QCOMPARE(changes[0][u"after"_s].toString(), u"\"8 C.F.R. § 103.2\""_s);
        r = runVerb({u"diff"_s, in.fileName(), in.fileName()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(runVerb({u"diff"_s, in.fileName(), dir.filePath(u"missing"_s)}).exitCode, 2);
    }
};

QTEST_MAIN(TestCliDb)
#include "tst_cli_db.moc"
