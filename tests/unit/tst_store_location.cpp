// Inventory locations parsed strictly: the known schemes in any case, ports checked, libpq
// options passed through, and every typo, other scheme, bad port, unknown option or
// password in the URL refused with a message.

#include "store/InventoryLocation.h"

#include <QTest>

using namespace smout::store;
using namespace Qt::StringLiterals;

class TestStoreLocation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");
        QTest::newRow("full") << u"postgresql://dana@db.example.gov:5433/inventory"_s << true << u"db.example.gov"_s << 5433 << u"inventory"_s << QString();
        QTest::newRow("scheme in capitals") << u"PostgreSQL://dana@db/inv"_s << true << u"db"_s << -1 << u"inv"_s << QString();
        QTest::newRow("postgres") << u"postgres://db/inv"_s << true << u"db"_s << -1 << u"inv"_s << QString();
        QTest::newRow("ipv6") << u"postgresql://dana@[::1]:6543/inv"_s << true << u"::1"_s << 6543 << u"inv"_s << QString();
        QTest::newRow("socket folder") << u"postgresql://dana@%2Fvar%2Frun%2Fpostgresql/inv"_s << true << u"/var/run/postgresql"_s << -1 << u"inv"_s << QString();
        QTest::newRow("libpq options")
            << u"postgresql://db/inv?sslmode=verify-full&sslrootcert=/etc/ssl/office-ca.pem&connect_timeout=3&application_name=Privacy%20Office"_s
            << true << u"db"_s << -1 << u"inv"_s
            << u"sslmode='verify-full';sslrootcert='/etc/ssl/office-ca.pem';connect_timeout='3';application_name='Privacy Office'"_s;
        QTest::newRow("kerberos") << u"postgresql://dana@db/inv?gssencmode=require&krbsrvname=postgres"_s << true << u"db"_s << -1
                                  << u"inv"_s << u"gssencmode='require';krbsrvname='postgres';connect_timeout=5;application_name='SMOUT Studio'"_s;
        QTest::newRow("absolute file") << u"/srv/smout/inventory.sqlite"_s << false << QString() << -1 << QString() << QString();
        QTest::newRow("relative file") << u"inventory.sqlite"_s << false << QString() << -1 << QString() << QString();
        QTest::newRow("file url") << u"file:///srv/smout/inventory.sqlite"_s << false << QString() << -1 << QString() << QString();
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(bool, postgres);
        const auto parsed = InventoryLocation::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(parsed->kind == InventoryLocation::Kind::Postgres, postgres);
        if (!postgres) {
            QVERIFY(parsed->path.endsWith(u"inventory.sqlite"_s));
            return;
        }
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, options);
        QCOMPARE(parsed->host, host);
        QCOMPARE(parsed->port, port);
        QCOMPARE(parsed->database, database);
        if (!options.isEmpty())
            QCOMPARE(parsed->connectOptions(), options);
        else
            QCOMPARE(parsed->connectOptions(), u"connect_timeout=5;application_name='SMOUT Studio'"_s);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("one slash") << u"postgres:/db/inv"_s << u"not a PostgreSQL URL"_s;
        QTest::newRow("colon missing") << u"postgresql//db/inv"_s << u"':' missing"_s;
        QTest::newRow("mysql") << u"mysql://db/inv"_s << u"not a known kind"_s;
        QTest::newRow("sqlite url") << u"sqlite:///tmp/inv.sqlite"_s << u"not a known kind"_s;
        QTest::newRow("port not a number") << u"postgresql://db:54x2/inv"_s << u"port '54x2'"_s;
        QTest::newRow("port too large") << u"postgresql://db:70000/inv"_s << u"port '70000'"_s;
        QTest::newRow("port zero") << u"postgresql://db:0/inv"_s << u"port '0'"_s;
        QTest::newRow("port empty") << u"postgresql://db:/inv"_s << u"port ''"_s;
        QTest::newRow("password") << u"postgresql://dana:secret@db/inv"_s << u"~/.pgpass or PGPASSWORD"_s;
        QTest::newRow("password option") << u"postgresql://db/inv?password=secret"_s << u"~/.pgpass or PGPASSWORD"_s;
        QTest::newRow("bad sslmode") << u"postgresql://db/inv?sslmode=maybe"_s << u"sslmode 'maybe'"_s;
        QTest::newRow("bad gssencmode") << u"postgresql://db/inv?gssencmode=always"_s << u"gssencmode 'always'"_s;
        QTest::newRow("unknown option") << u"postgresql://db/inv?options=-c%20x"_s << u"unknown connection option 'options'"_s;
        QTest::newRow("no database") << u"postgresql://db"_s << u"names no database"_s;
        QTest::newRow("fragment") << u"postgresql://db/inv#x"_s << u"not a PostgreSQL URL"_s;
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("blank") << u"   "_s << u"empty"_s;
        QTest::newRow("file url query") << u"file:///tmp/inv.sqlite?cache=shared"_s << u"only ?mode=ro"_s;
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto parsed = InventoryLocation::parse(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
    }
};

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_store_location.moc"
