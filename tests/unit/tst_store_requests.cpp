// The review round trip in the inventory, on SQLite and on PostgreSQL (SMOUT_TEST_PG_URL, set
// by tests/store/with-postgres.sh): a SMOUT with an open request is "returned", answering
// keeps it with the program office until the author signs again ("resubmitted"); every
// request, answer and close since the previous stored revision is an audit row naming who
// did it, in which role, on which request and field; an inventory of schema 4 holding a
// SMOUT with an open request opens as returned.

#include "StoreTestSupport.h"
#include "io/SmoutJson.h"
#include "review/RequestLog.h"
#include "store/InventoryStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace smout;
using namespace smout::review;
using namespace smout::store;
using namespace store_test;
using namespace Qt::StringLiterals;

namespace {

// The example, not yet reviewed.
SmoutDocument unreviewed()
{
    auto doc = io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES) + u"/fictional-uscis-benefit-fraud.smout"_s).value();
    doc.review = Review{};
    return doc;
}

QList<AuditEntry> requestRows(InventoryStore &inventory, const QString &id)
{
    QList<AuditEntry> out;
    const auto log = inventory.auditLog(id);
    for (const AuditEntry &a : log.value())
        if (a.action.startsWith(u"request_"))
            out << a;
    return out;
}

QString describe(const AuditEntry &a)
{
    return u"%1|%2|%3|%4"_s.arg(a.action, a.who, a.role, a.detail);
}

SmoutStatus statusIn(InventoryStore &inventory, const QString &id)
{
    return inventory.load(id).value().entry.status;
}

} // namespace

class TestStoreRequests : public QObject {
    Q_OBJECT

    QTemporaryDir dir;

    std::unique_ptr<InventoryStore> open(const QString &location)
    {
        auto opened = InventoryStore::open(location);
        if (!opened)
            qWarning("%s", qPrintable(opened.error()));
        return opened ? std::move(opened.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase_data() { addDriverRows(); }

    void returnedThenResubmittedWithAnAuditRowPerEvent()
    {
        FRESH(location);
        auto inventory = open(location);
        QVERIFY(inventory);
        SmoutDocument doc = unreviewed();
        QCOMPARE(inventory->save(doc, u"dana"_s, Role::Author, 0)->revision, 1);
        QVERIFY(inventory->recordSignatures(doc.id, {{u"Dana"_s, u"author"_s, u"2026-11-01T00:00:00Z"_s, true},
                                                     {u"Carl"_s, u"counsel"_s, u"2026-11-02T00:00:00Z"_s, true}})
                    .ok());
        QCOMPARE(statusIn(*inventory, doc.id), SmoutStatus::Submitted);

        // The reviewer asks about question 1, counsel about the whole document.
        QVERIFY(addRequest(doc, {u"questions.q1_description"_s, u"Which sites?"_s, u"Priya Raman"_s, Role::Reviewer, QDate(2026, 11, 20)}));
        QVERIFY(addRequest(doc, {u""_s, u"Cite the SORN."_s, u"Carl Ortiz"_s, Role::Counsel, QDate(2026, 11, 21)}));
        QCOMPARE(inventory->save(doc, u"priya"_s, Role::Reviewer, 1)->revision, 2);
        QCOMPARE(statusIn(*inventory, doc.id), SmoutStatus::Returned);
        ListFilter returned;
        returned.status = SmoutStatus::Returned;
        QCOMPARE(inventory->list(returned)->size(), 1);
        QCOMPARE(statusCode(SmoutStatus::Returned), u"returned"_s);

        // One answer: still returned (R2 is open).
        QVERIFY(answerRequest(doc, u"R1"_s, Role::Author, u"Facebook only."_s, u"Dana Whitfield"_s, QDate(2026, 11, 22)));
        QCOMPARE(inventory->save(doc, u"dana"_s, Role::Author, 2)->revision, 3);
        QCOMPARE(statusIn(*inventory, doc.id), SmoutStatus::Returned);
        // Both answered, not yet signed again: still with the program office.
        QVERIFY(answerRequest(doc, u"R2"_s, Role::Author, u"DHS/USCIS-006."_s, u"Dana Whitfield"_s, QDate(2026, 11, 23)));
        QCOMPARE(inventory->save(doc, u"dana"_s, Role::Author, 3)->revision, 4);
        QCOMPARE(statusIn(*inventory, doc.id), SmoutStatus::Returned);

        // The author-signed PDF of the answered document: resubmitted.
        doc.summary.contacts[0].phone = u"202-555-0199"_s;
        const auto imported = inventory->importDocuments({ImportItem{doc, 4, {.author = true}}}, u"dana"_s, Role::Author);
        QVERIFY(imported.ok());
        QCOMPARE(imported->lines[0].status, ImportStatus::Imported);
        QCOMPARE(statusIn(*inventory, doc.id), SmoutStatus::Resubmitted);
        ListFilter resubmitted;
        resubmitted.status = SmoutStatus::Resubmitted;
        QCOMPARE(inventory->list(resubmitted)->size(), 1);

        // The reviewer closes one: still resubmitted; a new request returns it again.
        QVERIFY(closeRequest(doc, u"R1"_s, Role::Reviewer, u"Priya Raman"_s, QDate(2026, 11, 24)));
        QCOMPARE(inventory->save(doc, u"priya"_s, Role::Reviewer, 5)->revision, 6);
        QCOMPARE(statusIn(*inventory, doc.id), SmoutStatus::Resubmitted);
        QVERIFY(addRequest(doc, {u"summary.contacts[0].phone"_s, u"Whose number?"_s, u"Priya Raman"_s, Role::Reviewer, QDate(2026, 11, 25)}));
        QCOMPARE(inventory->save(doc, u"priya"_s, Role::Reviewer, 6)->revision, 7);
        QCOMPARE(statusIn(*inventory, doc.id), SmoutStatus::Returned);

        const QStringList rows = [&] {
            QStringList out;
            for (const AuditEntry &a : requestRows(*inventory, doc.id))
                out << describe(a);
            return out;
        }();
        const QStringList expected{
            u"request_added|Priya Raman|reviewer|R1 about questions.q1_description, dated 2026-11-20"_s,
            u"request_added|Carl Ortiz|counsel|R2 about the whole document, dated 2026-11-21"_s,
            u"request_answered|Dana Whitfield|author|R1 about questions.q1_description, dated 2026-11-22"_s,
            u"request_answered|Dana Whitfield|author|R2 about the whole document, dated 2026-11-23"_s,
            u"request_closed|Priya Raman|reviewer|R1 about questions.q1_description, dated 2026-11-24"_s,
            u"request_added|Priya Raman|reviewer|R3 about summary.contacts[0].phone, dated 2026-11-25"_s,
        };
        QCOMPARE(rows, expected);
        // The audit trail as people read it.
        QCOMPARE(auditActionName(u"request_answered"_s), u"request answered"_s);
        QVERIFY(inventory->checkIntegrity().ok());
    }

    void aFirstImportRecordsEveryEventAndAnUnchangedOneNone()
    {
        FRESH(location);
        auto inventory = open(location);
        QVERIFY(inventory);
        SmoutDocument doc = unreviewed();
        QVERIFY(addRequest(doc, {u"questions.q1_description"_s, u"Which sites?"_s, u"Priya Raman"_s, Role::Reviewer, QDate(2026, 11, 20)}));
        QVERIFY(answerRequest(doc, u"R1"_s, Role::Author, u"Facebook only."_s, u"Dana Whitfield"_s, QDate(2026, 11, 22)));
        QVERIFY(closeRequest(doc, u"R1"_s, Role::Reviewer, u"Priya Raman"_s, QDate(2026, 11, 24)));
        QCOMPARE(inventory->importDocuments({doc}, u"importer"_s, Role::Author)->lines[0].status, ImportStatus::Imported);
        QStringList actions;
        for (const AuditEntry &a : requestRows(*inventory, doc.id))
            actions << a.action + u' ' + a.who;
        QCOMPARE(actions, (QStringList{u"request_added Priya Raman"_s, u"request_answered Dana Whitfield"_s, u"request_closed Priya Raman"_s}));
        // Every request closed, never returned while stored: the status goes on as before.
        QCOMPARE(statusIn(*inventory, doc.id), SmoutStatus::Draft);
        QCOMPARE(inventory->importDocuments({doc}, u"importer"_s, Role::Author)->lines[0].status, ImportStatus::Unchanged);
        QCOMPARE(requestRows(*inventory, doc.id).size(), 3);
    }

    void aRemovedRequestIsRecordedAgainstWhoeverStoredIt()
    {
        FRESH(location);
        auto inventory = open(location);
        QVERIFY(inventory);
        SmoutDocument doc = unreviewed();
        QVERIFY(addRequest(doc, {u""_s, u"Why?"_s, u"Carl Ortiz"_s, Role::Counsel, QDate(2026, 11, 20)}));
        QCOMPARE(inventory->save(doc, u"dana"_s, Role::Author, 0)->revision, 1);
        doc.requests.clear();
        QCOMPARE(inventory->save(doc, u"mallory"_s, Role::Author, 1)->revision, 2);
        const auto rows = requestRows(*inventory, doc.id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(describe(rows[1]), u"request_removed|mallory|author|R1 about the whole document"_s);
    }

    // A revision changed behind the inventory's back is not used to say what was answered.
    void aTamperedPreviousRevisionStopsTheSave()
    {
        FRESH(location);
        auto inventory = open(location);
        QVERIFY(inventory);
        SmoutDocument doc = unreviewed();
        QVERIFY(addRequest(doc, {u""_s, u"Why?"_s, u"Carl Ortiz"_s, Role::Counsel, QDate(2026, 11, 20)}));
        QCOMPARE(inventory->save(doc, u"dana"_s, Role::Author, 0)->revision, 1);
        QCOMPARE(runSql(location, {u"UPDATE smout_revisions SET document = REPLACE(document, 'Why?', 'How?')"_s}), QStringList());
        QVERIFY(answerRequest(doc, u"R1"_s, Role::Author, u"Because."_s, u"Dana"_s, QDate(2026, 11, 21)));
        const auto saved = inventory->save(doc, u"dana"_s, Role::Author, 1);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(u"revision 1"_s) && saved.error().contains(u"checksum"_s), qPrintable(saved.error()));
        QCOMPARE(inventory->revisions(doc.id)->size(), 1);
    }

    // An inventory of schema 4 (before these statuses) holding a SMOUT with an open request:
    // opening it upgrades it in one transaction, and the SMOUT is returned.
    void schemaFourUpgradesAndMarksOpenRequestsReturned()
    {
        FRESH(location);
        SmoutDocument asked = unreviewed();
        QVERIFY(addRequest(asked, {u""_s, u"Why?"_s, u"Carl Ortiz"_s, Role::Counsel, QDate(2026, 11, 20)}));
        SmoutDocument answered = asked;
        answered.id = u"00000000-0000-4000-8000-00000000000a"_s;
        QVERIFY(answerRequest(answered, u"R1"_s, Role::Author, u"Because."_s, u"Dana"_s, QDate(2026, 11, 21)));
        {
            auto inventory = open(location);
            QVERIFY(inventory);
            QVERIFY(inventory->save(asked, u"dana"_s, Role::Author, 0).ok());
            QVERIFY(inventory->save(answered, u"dana"_s, Role::Author, 0).ok());
        }
        // Back to schema 4: without what version 7 added (version 6 adds only what is missing).
        QStringList back{u"UPDATE smout_documents SET status = 'submitted'"_s, u"DROP TABLE smout_role_registry"_s,
                         u"UPDATE smout_studio SET value = '4' WHERE key = 'schema_version'"_s};
        if (!location.startsWith(u"postgresql://"_s))
            back << u"ALTER TABLE smout_audit_log DROP COLUMN db_user"_s;
        QCOMPARE(runSql(location, back), QStringList());
        auto inventory = open(location);
        QVERIFY(inventory);
        QCOMPARE(inventory->schemaVersion(), InventoryStore::SchemaVersion);
        QCOMPARE(statusIn(*inventory, asked.id), SmoutStatus::Returned);
        QCOMPARE(statusIn(*inventory, answered.id), SmoutStatus::Submitted);
    }
};

QTEST_GUILESS_MAIN(TestStoreRequests)
#include "tst_store_requests.moc"
