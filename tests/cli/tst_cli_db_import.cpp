// `smout db import` under the optimistic lock, on SQLite and PostgreSQL: a file older than
// the stored revision is a conflict (skipped, said, exit 1), an identical file adds nothing,
// every file gets a line and the summary counts each; four imports racing over the same
// documents store each exactly once.

#include "../unit/StoreTestSupport.h"
#include "VerbRunner.h"
#include "io/SmoutJson.h"
#include "store/InventoryStore.h"

#include <QFile>
#include <QTest>

using namespace smout;
using namespace Qt::StringLiterals;
using namespace store_test;

class TestCliDbImport : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    static QString example(const QString &name) { return QStringLiteral(SMOUT_EXAMPLES) + u'/' + name; }


    QString write(const SmoutDocument &doc, const QString &name)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(io::writeSmout(doc).value());
        return path;
    }


private Q_SLOTS:
    void initTestCase_data() { addDriverRows(); }

    void anOlderFileIsAConflictAndAnIdenticalOneAddsNothing()
    {
        FRESH(location);
        const QStringList db{u"--database"_s, location};
        const QString original = example(u"fictional-uscis-benefit-fraud.smout"_s);
        const QString id = u"0b8e6c1d-2f3a-4b5c-9d7e-8f9a0b1c2d3e"_s;
        CliRun r = runVerb(QStringList{u"db"_s, u"import"_s, original} + db);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().startsWith(u"imported"_s) && r.outText().contains(u"revision 1"_s), qPrintable(r.outText()));

        r = runVerb(QStringList{u"db"_s, u"import"_s, original} + db);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().startsWith(u"unchanged"_s), qPrintable(r.outText()));
        QVERIFY(r.errText().contains(u"Imported 0, unchanged 1, conflicts 0, failed 0"_s));

        // A colleague adjudicates "not met" in the inventory.
        {
            auto inventory = store::InventoryStore::open(location);
            QVERIFY(inventory.ok());
            auto stored = inventory.value()->load(id);
            QVERIFY(stored.ok());
            QCOMPARE(stored->revision, 1);
            SmoutDocument doc = stored->document;
            doc.review.determination.outcome = Outcome::NotMet;
            QCOMPARE(inventory.value()->save(doc, u"priya"_s, Role::Reviewer, 1)->revision, 2);
        }
        // Importing the older file again would revert it: a conflict, skipped and said.
        r = runVerb(QStringList{u"db"_s, u"import"_s, original} + db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().startsWith(u"conflict"_s) && r.outText().contains(u"revision 1"_s) && r.outText().contains(u"revision 2"_s),
                 qPrintable(r.outText()));
        QVERIFY(r.errText().contains(u"conflicts 1"_s));
        {
            auto inventory = store::InventoryStore::open(location);
            QCOMPARE(inventory.value()->load(id)->document.review.determination.outcome, Outcome::NotMet);
            QCOMPARE(inventory.value()->revisions(id)->size(), 2);
        }

        // An edited file: a conflict unless it says which revision it was edited from.
        SmoutDocument edited = io::loadSmoutFile(original).value();
        edited.review.comments = u"Edited offline."_s;
        const QString editedPath = write(edited, u"edited.smout"_s);
        r = runVerb(QStringList{u"db"_s, u"import"_s, editedPath} + db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"--base 2"_s), qPrintable(r.outText()));
        r = runVerb(QStringList{u"db"_s, u"import"_s, editedPath, u"--base"_s, u"1"_s} + db);
        QCOMPARE(r.exitCode, 1);
        r = runVerb(QStringList{u"db"_s, u"import"_s, editedPath, u"--base"_s, u"2"_s} + db);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"revision 3"_s), qPrintable(r.outText()));

        // Several files: a line each, in order, and the counts.
        const QString broken = dir.filePath(u"broken.smout"_s);
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{ not json");
        b.close();
        r = runVerb(QStringList{u"db"_s, u"import"_s, original, example(u"ice-2012-social-media-enforcement.smout"_s), broken, editedPath} + db);
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(u"conflict"_s));
        QVERIFY(lines[1].startsWith(u"imported"_s));
        QVERIFY(lines[2].startsWith(u"failed"_s) && lines[2].contains(broken));
        QVERIFY(lines[3].startsWith(u"unchanged"_s));
        QVERIFY2(r.errText().contains(u"Imported 1, unchanged 1, conflicts 1, failed 1"_s), qPrintable(r.errText()));
        QCOMPARE(r.exitCode, 2);
    }

    // A file may not move a SMOUT to another component, nor open a second record for it under
    // its id written otherwise (capitals, braces).
    void aComponentChangeAndANonCanonicalIdAreRefused()
    {
        FRESH(location);
        const QStringList db{u"--database"_s, location};
        const QString original = example(u"fictional-uscis-benefit-fraud.smout"_s);
        const QString id = u"0b8e6c1d-2f3a-4b5c-9d7e-8f9a0b1c2d3e"_s;
        QCOMPARE(runVerb(QStringList{u"db"_s, u"import"_s, original} + db).exitCode, 0);

        SmoutDocument moved = io::loadSmoutFile(original).value();
        moved.summary.component = u"CBP"_s;
        CliRun r = runVerb(QStringList{u"db"_s, u"import"_s, write(moved, u"moved.smout"_s), u"--base"_s, u"1"_s} + db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().startsWith(u"conflict"_s) && r.outText().contains(u"under the component CBP"_s)
                     && r.outText().contains(u"holds it under USCIS"_s),
                 qPrintable(r.outText()));

        for (const QString &written : QStringList{id.toUpper(), u"{"_s + id + u"}"_s}) {
            SmoutDocument other = io::loadSmoutFile(original).value();
            other.id = written;
            other.review.comments = u"A second record?"_s;
            r = runVerb(QStringList{u"db"_s, u"import"_s, write(other, u"other.smout"_s)} + db);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.outText().contains(u"the SMOUT id \"%1\" is not in canonical form"_s.arg(written)), qPrintable(r.outText()));
        }
        r = runVerb(QStringList{u"db"_s, u"list"_s, u"--format"_s, u"json"_s} + db);
        QCOMPARE(r.outText().count(u"\"id\""_s), 1);
        QVERIFY(r.outText().contains(u"USCIS"_s));
        // Looking one up compares the canonical form.
        r = runVerb(QStringList{u"db"_s, u"show"_s, u"{"_s + id.toUpper() + u"}"_s} + db);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith(id));
    }

    void racingImportsStoreEachDocumentOnce()
    {
        FRESH(location);
        const SmoutDocument base = io::loadSmoutFile(example(u"fictional-uscis-benefit-fraud.smout"_s)).value();
        QStringList files;
        for (int i = 0; i < 200; ++i) {
            SmoutDocument d = base;
            d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            d.summary.itSystems = {u"Race-%1"_s.arg(i)};
            files << write(d, u"race-%1.smout"_s.arg(i));
        }
        QList<QProcess *> importers;
        for (int i = 0; i < 4; ++i) {
            auto *p = new QProcess(this);
            QStringList order = files;
            if (i % 2)
                std::reverse(order.begin(), order.end()); // files given in another order
            p->start(QStringLiteral(SMOUT_CLI), QStringList{u"db"_s, u"import"_s} + order + QStringList{u"--database"_s, location});
            importers << p;
        }
        int imported = 0, unchanged = 0;
        for (QProcess *p : importers) {
            QVERIFY(p->waitForFinished(120000));
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitCode() == 0, qPrintable(err + out.left(2000)));
            QCOMPARE(out.split(u'\n', Qt::SkipEmptyParts).size(), 200);
            imported += int(out.count(QRegularExpression(u"^imported"_s, QRegularExpression::MultilineOption)));
            unchanged += int(out.count(QRegularExpression(u"^unchanged"_s, QRegularExpression::MultilineOption)));
            p->deleteLater();
        }
        QCOMPARE(imported, 200);
        QCOMPARE(unchanged, 600);
        auto inventory = store::InventoryStore::open(location);
        QVERIFY(inventory.ok());
        QCOMPARE(inventory.value()->list()->size(), 200);
        const auto report = inventory.value()->check();
        QVERIFY(report.ok() && report->ok());
        QCOMPARE(report->revisions, 200);
    }
};

QTEST_MAIN(TestCliDbImport)
#include "tst_cli_db_import.moc"
