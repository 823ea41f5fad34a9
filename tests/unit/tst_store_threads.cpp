// One InventoryStore per thread (the window's background inventory work): Qt SQL
// connections belong to the thread that opened them, and each store opens, uses and closes
// its own uniquely named connection, so stores in several threads at once all save and
// read, and the main thread sees everything they stored.

#include "StoreTestSupport.h"
#include "store/InventoryStore.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;

class TestStoreThreads : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase_data() { store_test::addDriverRows(); }

    void oneStorePerThread()
    {
        FRESH(location);
        {
            // Created once up front, so that the threads race on saving, not on the schema.
            auto created = InventoryStore::open(location);
            QVERIFY2(created, qPrintable(created ? QString() : created.error()));
        }
        constexpr int threads = 4, each = 5;
        std::atomic<int> saved{0};
        std::vector<QString> failures(threads);
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t)
            workers.emplace_back([&, t] {
                auto store = InventoryStore::open(location);
                if (!store) {
                    failures[t] = store.error();
                    return;
                }
                for (int i = 0; i < each; ++i) {
                    const SmoutDocument doc = SmoutDocument::createNew(u"ICE"_s);
                    auto outcome = store.value()->save(doc, u"worker"_s, Role::Author, 0);
                    if (!outcome || outcome->conflict) {
                        failures[t] = outcome ? u"conflict"_s : outcome.error();
                        return;
                    }
                    if (!store.value()->load(doc.id)) {
                        failures[t] = u"not read back"_s;
                        return;
                    }
                    ++saved;
                }
            });
        for (std::thread &w : workers)
            w.join();
        for (const QString &f : failures)
            QVERIFY2(f.isEmpty(), qPrintable(f));
        QCOMPARE(saved.load(), threads * each);
        auto store = InventoryStore::open(location);
        QVERIFY(store);
        QCOMPARE(store.value()->list()->size(), threads * each);
        QVERIFY(store.value()->checkIntegrity().ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreThreads)
#include "tst_store_threads.moc"
