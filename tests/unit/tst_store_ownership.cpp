// The inventory uses only a database of its own: another application's database is refused
// and left byte for byte as it was (SQLite file bytes, pg_dump), our own is marked (SQLite
// application id, the smout_studio row), and four processes opening one empty database at
// the same moment all succeed, on SQLite and on PostgreSQL.

#include "StoreTestSupport.h"
#include "store/InventoryStore.h"
#include "store/Schema.h"

#include <QFile>
#include <QTest>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;
using namespace store_test;

class TestStoreOwnership : public QObject {
    Q_OBJECT

    QTemporaryDir dir;


    QByteArray snapshot(const QString &location)
    {
        if (location.startsWith(u"postgresql"_s))
            return dumpPostgres(location);
        QFile f(location);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }


private Q_SLOTS:
    void initTestCase_data() { addDriverRows(); }

    void anotherApplicationsDatabaseIsLeftUntouched()
    {
        FRESH(location);
        // Another application's version table, which the first releases would have taken for theirs.
        QCOMPARE(runSql(location, {u"CREATE TABLE schema_version (version text)"_s,
                                   u"INSERT INTO schema_version VALUES ('1.0.0')"_s, u"INSERT INTO schema_version VALUES ('1.4.2')"_s}),
                 QStringList());
        const QByteArray before = snapshot(location);
        QVERIFY(!before.isEmpty() && !before.startsWith("pg_dump failed"));
        const auto opened = InventoryStore::open(location);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"did not create"_s) && opened.error().contains(u"schema_version"_s), qPrintable(opened.error()));
        QCOMPARE(snapshot(location), before);
        QCOMPARE(runSql(location, {u"SELECT version FROM schema_version ORDER BY version"_s}), (QStringList{u"1.0.0"_s, u"1.4.2"_s}));
    }

    void aForeignTableBesideOursIsRefused()
    {
        FRESH(location);
        QVERIFY(InventoryStore::open(location).ok());
        QCOMPARE(runSql(location, {u"CREATE TABLE invoices (id integer)"_s}), QStringList());
        const QByteArray before = snapshot(location);
        const auto opened = InventoryStore::open(location);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"invoices"_s), qPrintable(opened.error()));
        QCOMPARE(snapshot(location), before);
    }

    void ourDatabaseIsMarked()
    {
        QFETCH_GLOBAL(QString, driver);
        FRESH(location);
        auto opened = InventoryStore::open(location);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error()));
        opened.value().reset();
        QCOMPARE(runSql(location, {u"SELECT value FROM smout_studio WHERE key = 'application'"_s}), QStringList{u"SMOUT Studio inventory"_s});
        if (driver == u"sqlite")
            QCOMPARE(runSql(location, {u"PRAGMA application_id"_s}), QStringList{QString::number(SqliteApplicationId)});
        // Opening it again changes nothing and needs no migration.
        QVERIFY(InventoryStore::open(location).ok());
    }

    void otherFilesAreRefusedUntouched()
    {
        QFETCH_GLOBAL(QString, driver);
        if (driver != u"sqlite")
            QSKIP("SQLite files only");
        const QString text = dir.filePath(u"notes.txt"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("Meeting notes, not a database.\n").repeated(200));
        f.close();
        const QByteArray before = snapshot(text);
        auto opened = InventoryStore::open(text);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"not a SQLite database"_s), qPrintable(opened.error()));
        QCOMPARE(snapshot(text), before);

        const QString other = dir.filePath(u"other-app.db"_s);
        QCOMPARE(runSql(other, {u"PRAGMA application_id = 1234"_s}), QStringList());
        const QByteArray otherBefore = snapshot(other);
        opened = InventoryStore::open(other);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"another application"_s), qPrintable(opened.error()));
        QCOMPARE(snapshot(other), otherBefore);
    }

    // Four processes open the same empty database at once, ten times over: each migrates or
    // waits for the one that does, and every save lands.
    void fourFirstOpensAtOnce()
    {
        for (int round = 0; round < 10; ++round) {
            FRESH(location);
            QList<QProcess *> writers;
            for (int i = 0; i < 4; ++i) {
                auto *p = new QProcess(this);
                p->start(QStringLiteral(STORE_WRITER), {location, u"race-%1-%2"_s.arg(round).arg(i), u"2"_s});
                writers << p;
            }
            for (QProcess *p : writers) {
                QVERIFY(p->waitForFinished(60000));
                QVERIFY2(p->exitCode() == 0, qPrintable(u"round %1: %2"_s.arg(round).arg(QString::fromUtf8(p->readAllStandardError()))));
                p->deleteLater();
            }
            auto inventory = InventoryStore::open(location);
            QVERIFY(inventory.ok());
            QCOMPARE(inventory.value()->list()->size(), 4);
            QCOMPARE(inventory.value()->schemaVersion(), InventoryStore::SchemaVersion);
            const auto report = inventory.value()->check();
            QVERIFY(report.ok() && report->ok());
            QCOMPARE(report->revisions, 8);
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreOwnership)
#include "tst_store_ownership.moc"
