// What is stored stays what was saved: each revision carries the SHA-256 of its canonical
// JSON, checked on every read, and `db check` reads back every revision. A byte changed
// outside SMOUT Studio, a missing revision or audit row, and a corrupted SQLite page are
// each reported with the SMOUTs and revisions they affect, on both drivers.

#include "../cli/CliRunner.h"
#include "StoreTestSupport.h"
#include "io/SmoutJson.h"
#include "store/InventoryStore.h"

#include <QFile>
#include <QTest>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;
using namespace store_test;

class TestStoreIntegrity : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

    static SmoutDocument example()
    {
        return io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s).value();
    }



private Q_SLOTS:
    void initTestCase_data() { addDriverRows(); }

    void aChangedByteIsAnErrorNamingTheRevision()
    {
        FRESH(location);
        SmoutDocument doc = example();
        {
            auto inventory = InventoryStore::open(location);
            QVERIFY(inventory.ok());
            QCOMPARE(inventory.value()->save(doc, u"dana"_s, Role::Author, 0)->revision, 1);
            doc.review.comments = u"Second look."_s;
            QCOMPARE(inventory.value()->save(doc, u"dana"_s, Role::Author, 1)->revision, 2);
        }
        // Someone edits the stored text of revision 1 behind the application's back.
        QCOMPARE(runSql(location, {u"UPDATE smout_revisions SET document = REPLACE(document, '\"met\"', '\"not_met\"') WHERE revision = 1"_s}),
                 QStringList());
        auto inventory = InventoryStore::open(location);
        QVERIFY(inventory.ok());
        const auto tampered = inventory.value()->load(doc.id, 1);
        QVERIFY(!tampered.ok());
        QVERIFY2(tampered.error().contains(u"revision 1 of SMOUT %1 does not match its checksum"_s.arg(doc.id)), qPrintable(tampered.error()));
        QVERIFY(inventory.value()->load(doc.id).ok()); // revision 2 is intact
        const auto report = inventory.value()->check();
        QVERIFY(report.ok());
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems[0].smoutId, doc.id);
        QCOMPARE(report->problems[0].revision, 1);

        CliRun r = runSmout({u"db"_s, u"check"_s, u"--database"_s, location});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"SMOUT %1 revision 1: does not match its checksum"_s.arg(doc.id)), qPrintable(r.outText()));
        r = runSmout({u"db"_s, u"export"_s, doc.id, u"--revision"_s, u"1"_s, u"-o"_s, dir.filePath(u"out.smout"_s), u"--database"_s, location});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(dir.filePath(u"out.smout"_s)));
    }

    void missingRevisionsAndAuditRowsAreFound()
    {
        FRESH(location);
        SmoutDocument doc = example();
        {
            auto inventory = InventoryStore::open(location);
            for (int r = 0; r < 3; ++r) {
                doc.review.comments = u"Edit %1"_s.arg(r);
                QCOMPARE(inventory.value()->save(doc, u"dana"_s, Role::Author, r)->revision, r + 1);
            }
            QVERIFY(inventory.value()->check()->ok());
            QCOMPARE(runSmout({u"db"_s, u"check"_s, u"--database"_s, location}).exitCode, 0);
        }
        QCOMPARE(runSql(location, {u"DELETE FROM smout_revisions WHERE revision = 2"_s, u"DELETE FROM smout_audit_log WHERE revision = 3"_s}),
                 QStringList());
        auto inventory = InventoryStore::open(location);
        const auto report = inventory.value()->check();
        QVERIFY(report.ok());
        QStringList found;
        for (const CheckProblem &p : report->problems)
            found << u"%1 %2"_s.arg(p.revision).arg(p.message);
        QCOMPARE(found.size(), 2);
        QVERIFY2(found[0].startsWith(u"2 is missing"_s), qPrintable(found.join(u"; "_s)));
        QVERIFY2(found[1].startsWith(u"3 has no audit row"_s), qPrintable(found.join(u"; "_s)));
    }

    void aCorruptedPageIsReportedWithTheDocumentsItAffects()
    {
        QFETCH_GLOBAL(QString, driver);
        if (driver != u"sqlite")
            QSKIP("pages of a file: SQLite only");
        const QString path = dir.filePath(u"damaged.sqlite"_s);
        QStringList ids;
        {
            auto inventory = InventoryStore::open(path);
            for (int i = 0; i < 20; ++i) {
                SmoutDocument d = example();
                d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                // Long enough to fill pages of its own; the marker, past the title's 80 characters, is only in the revision.
                d.questions.q1Description = QString(u"Use of public social media. "_s).repeated(300) + u"MARK%1ER"_s.arg(i, 2, 10, QChar(u'0'));
                ids << d.id;
                QVERIFY(inventory.value()->save(d, u"dana"_s, Role::Author, 0).ok());
            }
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf("MARK07ER");
        QVERIFY(at > 0);
        QCOMPARE(bytes.indexOf("MARK07ER", at + 1), -1);
        const qint64 page = at / 4096;
        file.seek(page * 4096);
        file.write(QByteArray(4096, '\x5a'));
        file.close();

        auto inventory = InventoryStore::open(path);
        QVERIFY2(inventory.ok(), qPrintable(inventory ? QString() : inventory.error()));
        const auto report = inventory.value()->check();
        QVERIFY(report.ok());
        QVERIFY(!report->storage.isEmpty());
        QSet<QString> affected;
        for (const CheckProblem &p : report->problems)
            affected.insert(p.smoutId);
        QVERIFY2(affected.contains(ids[7]), qPrintable(report->storage.join(u"\n"_s)));
        QVERIFY(affected.size() < 20); // the others are reported as readable
        const CliRun r = runSmout({u"db"_s, u"check"_s, u"--database"_s, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.outText().contains(ids[7]));
        QVERIFY2(r.errText().contains(u"SMOUT(s) affected"_s), qPrintable(r.errText()));
    }
};

QTEST_GUILESS_MAIN(TestStoreIntegrity)
#include "tst_store_integrity.moc"
