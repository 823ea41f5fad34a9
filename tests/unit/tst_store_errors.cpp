// Faults say what they are, decided by SQLite result code or PostgreSQL SQLSTATE: a write
// lock held by another program, a read-only inventory, a wrong password, a missing
// database, a missing role, a server that cannot be reached; libpq options in the URL
// reach the server.

#include "StoreTestSupport.h"
#include "io/SmoutJson.h"
#include "store/InventoryStore.h"

#include <QElapsedTimer>
#include <QTest>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;
using namespace store_test;

class TestStoreErrors : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

    static SmoutDocument example()
    {
        return io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s).value();
    }

    static QString pgOr(const QString &url)
    {
        if (serverUrl().isEmpty())
            QTest::qSkip("SMOUT_TEST_PG_URL is not set (run under tests/store/with-postgres.sh)", __FILE__, __LINE__);
        return url;
    }

    static QString openError(const QString &location)
    {
        const auto opened = InventoryStore::open(location);
        return opened ? QString() : opened.error();
    }

private Q_SLOTS:
    void sqliteWriteLockHeldByAnotherProgram()
    {
        const QString path = dir.filePath(u"locked.sqlite"_s);
        auto inventory = InventoryStore::open(path);
        QVERIFY(inventory.ok());
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery hold(other);
            QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));
            QElapsedTimer t;
            t.start();
            const auto saved = inventory.value()->save(example(), u"dana"_s, Role::Author, 0);
            QVERIFY(!saved.ok());
            QVERIFY2(saved.error().contains(u"locked by another program"_s), qPrintable(saved.error()));
            QVERIFY(t.elapsed() >= 4000); // it waited before giving up
            hold.exec(u"ROLLBACK"_s);
            other.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QVERIFY(inventory.value()->save(example(), u"dana"_s, Role::Author, 0).ok());
    }

    void sqliteReadOnly()
    {
        const QString path = dir.filePath(u"archive.sqlite"_s);
        QVERIFY(InventoryStore::open(path).ok());
        auto readOnly = InventoryStore::open(u"file://"_s + path + u"?mode=ro"_s);
        QVERIFY2(readOnly.ok(), qPrintable(readOnly ? QString() : readOnly.error()));
        QVERIFY(readOnly.value()->list().ok());
        const auto saved = readOnly.value()->save(example(), u"dana"_s, Role::Author, 0);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(u"read-only"_s), qPrintable(saved.error()));
    }

    void sqliteMissingFolderCreatesNothing()
    {
        const QString error = openError(dir.filePath(u"typo/inventory.sqlite"_s));
        QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"typo"_s)));
    }

    void postgresWrongPassword()
    {
        const QString url = pgOr(newPostgresDatabase());
        qputenv("PGPASSWORD", "not-the-password");
        const QString error = openError(url);
        qunsetenv("PGPASSWORD");
        QVERIFY2(error.contains(u"refused the password"_s), qPrintable(error));
        QVERIFY(openError(url).isEmpty());
    }

    void postgresMissingDatabase()
    {
        const QString error = openError(pgOr(urlOfDatabase(u"no_such_inventory"_s)));
        QVERIFY2(error.contains(u"has no such database"_s), qPrintable(error));
    }

    void postgresMissingRole()
    {
        // Over the socket, where the test server trusts every role that exists.
        const QUrl server(pgOr(serverUrl()));
        const QString socket = QString::fromUtf8(QUrl::toPercentEncoding(qEnvironmentVariable("SMOUT_TEST_PG_SOCKET")));
        const QString error = openError(u"postgresql://no_such_role@"_s + socket + u':' + QString::number(server.port()) + u"/smout_test"_s);
        QVERIFY2(error.contains(u"the role does not exist"_s), qPrintable(error));
    }

    void postgresUnreachable()
    {
        const QString error = openError(u"postgresql://smout@127.0.0.1:1/inventory"_s);
        QVERIFY2(error.contains(u"cannot be reached"_s), qPrintable(error));
    }

    void postgresReadOnlyDatabase()
    {
        const QString url = pgOr(newPostgresDatabase());
        QVERIFY(InventoryStore::open(url).ok());
        const QString name = QUrl(url).path().mid(1);
        QCOMPARE(runSql(serverUrl(), {u"ALTER DATABASE %1 SET default_transaction_read_only = on"_s.arg(name)}), QStringList());
        auto inventory = InventoryStore::open(url);
        QVERIFY(inventory.ok());
        const auto saved = inventory.value()->save(example(), u"dana"_s, Role::Author, 0);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(u"accepts only reads"_s), qPrintable(saved.error()));
    }

    void postgresOptionsReachTheServer()
    {
        const QString url = pgOr(serverUrl());
        auto inventory = InventoryStore::open(url + u"?application_name=smout-options-test&connect_timeout=7"_s);
        QVERIFY(inventory.ok());
        QCOMPARE(runSql(serverUrl(), {u"SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'smout-options-test'"_s}),
                 QStringList{u"1"_s});
        // The test server has no TLS: requiring it must fail, not silently connect in the clear.
        const QString error = openError(url + u"?sslmode=require"_s);
        QVERIFY2(!error.isEmpty(), "sslmode=require connected without TLS");
    }
};

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "tst_store_errors.moc"
