// The inventory, the same suite against SQLite and against PostgreSQL (SMOUT_TEST_PG_URL,
// set by tests/store/with-postgres.sh): migrations, revisions and audit trail, re-review
// dates, filters and search, optimistic locking between clients and between processes, a
// process killed mid-save 200 times, and faults with clear messages.

#include "io/SmoutJson.h"
#include "store/InventoryStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;

class TestStore : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

    static SmoutDocument example()
    {
        auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s);
        return doc.value();
    }

    // A fresh, empty inventory on the driver of the current row.
    QString freshLocation()
    {
        QFETCH_GLOBAL(QString, driver);
        if (driver == u"sqlite")
            return dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".sqlite"_s);
        const QString url = qEnvironmentVariable("SMOUT_TEST_PG_URL");
        if (url.isEmpty())
            return {};
        // Each test starts from empty tables.
        auto opened = InventoryStore::open(url);
        if (opened) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"cleaner"_s);
            const QUrl u(url);
            db.setHostName(u.host());
            db.setPort(u.port());
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
            if (db.open()) {
                QSqlQuery q(db);
                for (const auto *t : {"smout_access_requests", "smout_signatures", "smout_audit_log", "smout_revisions", "smout_documents", "smout_studio",
                                      "smout_members", "smout_audit_links", "smout_role_registry"})
                    q.exec(u"DROP TABLE IF EXISTS "_s + QLatin1StringView(t) + u" CASCADE"_s);
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"cleaner"_s);
        }
        return url;
    }

    std::unique_ptr<InventoryStore> openFresh(QString *location = nullptr)
    {
        const QString where = freshLocation();
        if (location)
            *location = where;
        if (where.isEmpty())
            return nullptr;
        auto opened = InventoryStore::open(where);
        if (!opened)
            qWarning("%s", qPrintable(opened.error()));
        return opened ? std::move(opened.value()) : nullptr;
    }

#define FRESH_STORE(var, location)                                                                 \
    QString location;                                                                              \
    auto var = openFresh(&location);                                                               \
    if (location.isEmpty())                                                                        \
        QSKIP("PostgreSQL variant: SMOUT_TEST_PG_URL is not set (run under tests/store/with-postgres.sh)"); \
    QVERIFY(var)

    struct WriterRun {
        QStringList saved;
        bool finished = false;
    };

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

    void migratesFromEmpty()
    {
        FRESH_STORE(inventory, location);
        QCOMPARE(inventory->schemaVersion(), InventoryStore::SchemaVersion);
        QVERIFY(inventory->checkIntegrity().ok());
    }

    void migratesFromTheFirstSchema()
    {
        QFETCH_GLOBAL(QString, driver);
        if (driver != u"sqlite")
            QSKIP("covered on SQLite: the migration steps are the same statements");
        const QString path = dir.filePath(u"v1.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The tables of schema version 1, with one SMOUT in them.
            QVERIFY(q.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s));
            QVERIFY(q.exec(u"INSERT INTO schema_version VALUES (1)"_s));
            QVERIFY(q.exec(u"CREATE TABLE smouts (id TEXT PRIMARY KEY, component TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL, "
                           "revision INTEGER NOT NULL, updated_at TEXT NOT NULL, rereview_due TEXT, search_text TEXT NOT NULL)"_s));
            QVERIFY(q.exec(u"CREATE TABLE revisions (smout_id TEXT NOT NULL REFERENCES smouts(id), revision INTEGER NOT NULL, document TEXT NOT NULL, "
                           "author TEXT NOT NULL, role TEXT NOT NULL, saved_at TEXT NOT NULL, PRIMARY KEY (smout_id, revision))"_s));
            QVERIFY(q.exec(u"CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, smout_id TEXT NOT NULL, who TEXT NOT NULL, role TEXT NOT NULL, "
                           "at TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)"_s));
            q.prepare(u"INSERT INTO smouts VALUES (?, 'USCIS', 'old', 'draft', 1, '2025-01-01T00:00:00Z', NULL, 'uscis')"_s);
            q.addBindValue(example().id);
            QVERIFY(q.exec());
            q.prepare(u"INSERT INTO revisions VALUES (?, 1, ?, 'dana', 'author', '2025-01-01T00:00:00Z')"_s);
            q.addBindValue(example().id);
            q.addBindValue(QString::fromUtf8(io::writeSmout(example()).value()));
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        auto opened = InventoryStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error()));
        QCOMPARE(opened.value()->schemaVersion(), InventoryStore::SchemaVersion);
        const auto loaded = opened.value()->load(example().id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->document == example());
        QVERIFY(opened.value()->recordSignatures(example().id, {{u"Dana Whitfield"_s, u"author"_s, u"2026-01-01T00:00:00Z"_s, true}}).ok());
    }

    void revisionsAuditAndRereview()
    {
        FRESH_STORE(inventory, location);
        SmoutDocument doc = example();
        auto first = inventory->save(doc, u"dana"_s, Role::Author, 0);
        QVERIFY(first.ok() && !first->conflict);
        QCOMPARE(first->revision, 1);
        // The example's determination is typed in, not signed: a draft, due for nothing.
        QCOMPARE(inventory->load(doc.id)->entry.status, SmoutStatus::Draft);
        QVERIFY(!inventory->load(doc.id)->entry.rereviewDue.isValid());
        doc.review.comments = u"Second look."_s;
        auto second = inventory->save(doc, u"priya"_s, Role::Reviewer, 1, u"determination set"_s, {.reviewer = true});
        QCOMPARE(second->revision, 2);

        const auto latest = inventory->load(doc.id);
        QVERIFY(latest.ok());
        QVERIFY(latest->document == doc);
        QCOMPARE(latest->entry.status, SmoutStatus::AdjudicatedMet);
        QCOMPARE(latest->entry.rereviewDue, QDate(2029, 4, 15));
        QCOMPARE(inventory->load(doc.id, 1)->document.review.comments, example().review.comments);
        const auto history = inventory->revisions(doc.id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(1).author, u"priya"_s);
        const auto log = inventory->auditLog(doc.id);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).action, u"created"_s);
        QCOMPARE(log->at(1).action, u"determination set"_s);
        QVERIFY(!inventory->load(u"no-such-id"_s).ok());
        QVERIFY(inventory->checkIntegrity().ok());
    }

    void listFiltersAndSearch()
    {
        FRESH_STORE(inventory, location);
        QList<SmoutDocument> docs;
        for (int i = 0; i < 30; ++i) {
            SmoutDocument d = example();
            d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            d.summary.component = i % 3 ? u"USCIS"_s : u"CBP"_s;
            d.review.dateReviewed = QDate(2023, 1, 1).addDays(i * 10);
            d.review.determination.outcome = i % 5 ? Outcome::Met : Outcome::Unset;
            d.summary.itSystems = {u"Atlas%1x"_s.arg(i)};
            docs << d;
        }
        QList<ImportItem> signedAdjudications;
        for (const SmoutDocument &d : std::as_const(docs))
            signedAdjudications.append({d, std::nullopt, {.reviewer = true}});
        QCOMPARE(inventory->importDocuments(signedAdjudications, u"dana"_s, Role::Author)->count(ImportStatus::Imported), 30);
        QCOMPARE(inventory->list()->size(), 30);
        ListFilter met;
        met.status = SmoutStatus::AdjudicatedMet;
        QCOMPARE(inventory->list(met)->size(), 24);
        ListFilter search;
        search.search = u"atlas17x"_s;
        QCOMPARE(inventory->list(search)->size(), 1);
        ListFilter due;
        due.today = QDate(2026, 1, 1);
        due.dueWithinDays = 90; // review date + 3 years on or before 2026-04-01
        const auto dueSoon = inventory->list(due);
        QVERIFY(dueSoon.ok() && !dueSoon->isEmpty());
        for (const auto &e : dueSoon.value())
            QVERIFY(e.rereviewDue <= QDate(2026, 4, 1));
    }

    void secondSaverIsToldAndNothingIsOverwritten()
    {
        FRESH_STORE(first, location);
        auto second = InventoryStore::open(location);
        QVERIFY(second.ok());
        SmoutDocument doc = example();
        QCOMPARE(first->save(doc, u"dana"_s, Role::Author, 0)->revision, 1);
        SmoutDocument mine = doc, theirs = doc;
        mine.review.comments = u"Mine"_s;
        theirs.review.comments = u"Theirs"_s;
        QCOMPARE(first->save(mine, u"dana"_s, Role::Author, 1)->revision, 2);
        const auto clash = second.value()->save(theirs, u"lee"_s, Role::Author, 1);
        QVERIFY(clash.ok());
        QVERIFY(clash->conflict);
        QCOMPARE(clash->currentRevision, 2);
        QCOMPARE(first->load(doc.id)->document.review.comments, u"Mine"_s);
        // Keeping theirs after seeing the difference is a new revision on top.
        QCOMPARE(second.value()->save(theirs, u"lee"_s, Role::Author, 2)->revision, 3);
        QCOMPARE(first->revisions(doc.id)->size(), 3);
    }

    void twoProcessesLoseNoUpdate()
    {
        FRESH_STORE(inventory, location);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QProcess a, b;
        a.start(QStringLiteral(STORE_WRITER), {location, id, u"40"_s});
        b.start(QStringLiteral(STORE_WRITER), {location, id, u"40"_s});
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const QString out = QString::fromUtf8(a.readAllStandardOutput() + b.readAllStandardOutput());
        QCOMPARE(out.count(u"saved "_s), 80);
        QCOMPARE(inventory->revisions(id)->size(), 80);
        QCOMPARE(inventory->load(id)->revision, 80);
        qInfo("conflicts reported and retried: %s", qPrintable(out.split(u'\n').filter(u"conflicts"_s).join(u", "_s)));
        QVERIFY(inventory->checkIntegrity().ok());
    }

    void killedMidSaveLeavesNoHalfRevision()
    {
        QFETCH_GLOBAL(QString, driver);
        FRESH_STORE(inventory, location);
        const int runs = driver == u"sqlite" ? 200 : 40;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QStringList reported;
        QRandomGenerator rng(1125);
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(STORE_WRITER), {location, id, u"1000"_s});
            QVERIFY(writer.waitForStarted());
            // A PostgreSQL client needs longer to connect (password exchange) before it saves.
            QTest::qWait(int(driver == u"sqlite" ? rng.bounded(5, 40) : rng.bounded(40, 250)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            writer.waitForFinished();
            for (const QString &line : QString::fromUtf8(writer.readAllStandardOutput()).split(u'\n'))
                if (line.startsWith(u"saved "_s))
                    reported << line.mid(6);
            const Status integrity = inventory->checkIntegrity();
            QVERIFY2(integrity.ok(), qPrintable(u"run %1: "_s.arg(run) + (integrity ? QString() : integrity.error())));
        }
        const auto history = inventory->revisions(id);
        QVERIFY(history.ok());
        QSet<int> stored;
        for (const auto &r : history.value())
            stored.insert(r.revision);
        for (const QString &r : reported)
            QVERIFY2(stored.contains(r.toInt()), qPrintable(u"revision %1 was reported saved but is missing"_s.arg(r)));
        qInfo("%d kills, %lld revisions reported saved, all present", runs, qlonglong(reported.size()));
    }

    void faultsGiveClearMessages()
    {
        QFETCH_GLOBAL(QString, driver);
        if (driver == u"sqlite") {
            const auto missing = InventoryStore::open(u"/proc/no-such-folder/inventory.sqlite"_s);
            QVERIFY(!missing.ok());
            QVERIFY2(missing.error().contains(u"/proc/no-such-folder"_s), qPrintable(missing.error()));
        } else {
            const auto down = InventoryStore::open(u"postgresql://smout@127.0.0.1:1/nothing"_s);
            QVERIFY(!down.ok());
            QVERIFY2(down.error().contains(u"cannot be opened"_s), qPrintable(down.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
