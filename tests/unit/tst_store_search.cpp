// Search, side by side on SQLite (FTS5) and PostgreSQL (text search): the same documents
// found by both, Unicode case and diacritics folded ("STRASSE" finds "Straße", "ΣΊΣΥΦΟΣ"
// finds "Σίσυφος"), and nothing typed acting as a wildcard (% _ \).

#include "StoreTestSupport.h"
#include "io/SmoutJson.h"
#include "store/InventoryStore.h"

#include <QTest>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;
using namespace store_test;

namespace {
// What each document holds as its IT system, and so in its searchable text.
const QStringList Systems{
    u"Straße der Einheit"_s, // 0
    u"STRASSE CASEFILE"_s,   // 1
    u"Σίσυφος monitoring"_s, // 2
    u"ΣΙΣΥΦΟΣ"_s,            // 3
    u"Café Müller"_s,        // 4
    u"100% coverage"_s,      // 5
    u"1000 accounts"_s,      // 6
    u"abc ledger"_s,         // 7
    u"a_c ledger"_s,         // 8
    u"back\\slash share"_s,  // 9
    u"O'Brien desk"_s,       // 10
    u"ﬁnance Ⅻ"_s,           // 11: a ligature and a Roman numeral, compatibility forms
};
} // namespace

class TestStoreSearch : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<InventoryStore> sqlite, postgres;
    QStringList ids;

    static QSet<int> found(InventoryStore &store, const QString &search, const QStringList &ids)
    {
        ListFilter f;
        f.search = search;
        QSet<int> out;
        const auto entries = store.list(f);
        if (!entries) {
            qWarning("%s", qPrintable(entries.error()));
            return {-1};
        }
        for (const auto &e : entries.value())
            out.insert(int(ids.indexOf(e.id)));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString pg = newPostgresDatabase();
        if (pg.isEmpty())
            QSKIP("side by side needs PostgreSQL: run under tests/store/with-postgres.sh");
        auto a = InventoryStore::open(dir.filePath(u"search.sqlite"_s));
        auto b = InventoryStore::open(pg);
        QVERIFY(a.ok() && b.ok());
        sqlite = std::move(a.value());
        postgres = std::move(b.value());
        const SmoutDocument base = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s).value();
        QList<SmoutDocument> docs;
        for (const QString &system : Systems) {
            SmoutDocument d = base;
            d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            d.summary.itSystems = {system};
            ids << d.id;
            docs << d;
        }
        QCOMPARE(sqlite->importDocuments(docs, u"dana"_s, Role::Author)->count(ImportStatus::Imported), Systems.size());
        QCOMPARE(postgres->importDocuments(docs, u"dana"_s, Role::Author)->count(ImportStatus::Imported), Systems.size());
    }

    void sameResultsOnBothDrivers_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("ß folded") << u"strasse"_s << QList<int>{0, 1};
        QTest::newRow("capitals find ß") << u"STRASSE"_s << QList<int>{0, 1};
        QTest::newRow("ß finds capitals") << u"Straße"_s << QList<int>{0, 1};
        QTest::newRow("greek lower") << u"σίσυφος"_s << QList<int>{2, 3};
        QTest::newRow("greek capitals") << u"ΣΊΣΥΦΟΣ"_s << QList<int>{2, 3};
        QTest::newRow("diacritics") << u"cafe MULLER"_s << QList<int>{4};
        QTest::newRow("prefix") << u"casef"_s << QList<int>{1};
        QTest::newRow("percent is not a wildcard") << u"100%"_s << QList<int>{5};
        QTest::newRow("percent alone") << u"%"_s << QList<int>{};
        QTest::newRow("underscore is not a wildcard") << u"a_c"_s << QList<int>{8};
        QTest::newRow("underscore alone") << u"_"_s << QList<int>{};
        QTest::newRow("backslash") << u"back\\slash"_s << QList<int>{9};
        QTest::newRow("backslash alone") << u"\\"_s << QList<int>{};
        QTest::newRow("quote") << u"o'brien"_s << QList<int>{10};
        QTest::newRow("double quote") << u"\"ledger"_s << QList<int>{7, 8};
        QTest::newRow("two words") << u"ledger abc"_s << QList<int>{7};
        QTest::newRow("ligature") << u"finance"_s << QList<int>{11};
        QTest::newRow("query syntax typed") << u"ledger OR NEAR(x) * -abc"_s << QList<int>{};
        QTest::newRow("empty") << u"  "_s << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    }
    void sameResultsOnBothDrivers()
    {
        QFETCH(QString, search);
        QFETCH(QList<int>, expected);
        const QSet<int> onSqlite = found(*sqlite, search, ids);
        const QSet<int> onPostgres = found(*postgres, search, ids);
        QCOMPARE(onSqlite, onPostgres);
        QCOMPARE(onSqlite, QSet<int>(expected.begin(), expected.end()));
    }

    void cleanupTestCase()
    {
        sqlite.reset();
        postgres.reset();
    }
};

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_store_search.moc"
