// A shared PostgreSQL inventory after `db setup`: each login sees and changes what its role
// and components allow, enforced by the server (the store is only one of its clients), the
// review section is the Privacy Office's, history is append-only, and the audit trail's hash
// chain catches rows the owner forged or edited. Needs tests/store/with-postgres.sh.

#include "RoleTestSupport.h"
#include "store/Schema.h"
#include "store/StoredColumns.h"

#include <QTest>
#include <QTimeZone>

using namespace smout;
using namespace smout::store;
using namespace Qt::StringLiterals;
using namespace role_test;

class TestStoreRoles : public QObject {
    Q_OBJECT

    static std::unique_ptr<InventoryStore> openAs(const QString &location, const QString &login)
    {
        auto opened = InventoryStore::open(asUser(location, login));
        if (!opened)
            qWarning("%s", qPrintable(opened.error()));
        return opened ? std::move(opened.value()) : nullptr;
    }

    static QStringList ids(const InventoryStore &inventory)
    {
        QStringList out;
        const auto listed = inventory.list();
        if (!listed)
            return {listed.error()};
        for (const InventoryEntry &e : listed.value())
            out << e.id;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void eachComponentSeesItsOwn()
    {
        SHARED_INVENTORY(location);
        const auto cbp = openAs(location, u"cbp_author"_s);
        const auto ice = openAs(location, u"ice_author"_s);
        const auto office = openAs(location, u"dhs_privacy"_s);
        QVERIFY(cbp && ice && office);
        QCOMPARE(ids(*cbp), QStringList{CbpId});
        QCOMPARE(ids(*ice), QStringList{IceId});
        QCOMPARE(ids(*office), (QStringList{CbpId, IceId}));
        // Neither the document nor its history nor its audit trail of the other component.
        const auto hidden = cbp->load(IceId);
        QVERIFY(!hidden.ok());
        QVERIFY2(hidden.error().contains(u"no SMOUT with id"_s), qPrintable(hidden.error()));
        QVERIFY(cbp->revisions(IceId)->isEmpty());
        QVERIFY(cbp->auditLog(IceId)->isEmpty());
        QCOMPARE(office->auditLog(IceId)->size(), 1);
        // The Privacy Office may change both; the CBP user CBP's only, and sees so.
        QVERIFY(cbp->load(CbpId)->writable);
        QVERIFY(office->load(IceId)->writable);
        const auto access = cbp->access();
        QVERIFY(access->secured && !access->seesAll && !access->changesAll);
        QCOMPARE(access->writable, QStringList{u"CBP"_s});
    }

    void aUserCannotChangeAnotherComponentsSmouts()
    {
        SHARED_INVENTORY(location);
        const auto cbp = openAs(location, u"cbp_author"_s);
        QVERIFY(cbp);
        // Saving over ICE's SMOUT (which the CBP user cannot see: a new SMOUT to them).
        SmoutDocument ice = iceSmout();
        ice.summary.itSystems << u" (edited by CBP)"_s;
        const auto saved = cbp->save(ice, u"Carl"_s, Role::Author, 0);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error(), u"you may not change ICE's SMOUTs (inventory permission)"_s);
        QVERIFY(isRefusal(saved.error()));
        // Importing it is refused the same way, and moving CBP's own SMOUT to ICE too.
        const auto imported = cbp->importDocuments(QList<SmoutDocument>{ice}, u"Carl"_s, Role::Author);
        QCOMPARE(imported->lines.first().status, ImportStatus::Failed);
        QCOMPARE(imported->lines.first().reason, u"you may not change ICE's SMOUTs (inventory permission)"_s);
        SmoutDocument moved = cbpSmout();
        moved.summary.component = u"ICE"_s;
        QVERIFY(isRefusal(cbp->save(moved, u"Carl"_s, Role::Author, 1).error()));
        // A CBP SMOUT given an ICE SMOUT's id cannot take its place.
        SmoutDocument taken = cbpSmout();
        taken.id = IceId;
        const auto clash = cbp->save(taken, u"Carl"_s, Role::Author, 0);
        QVERIFY(!clash.ok());
        QVERIFY2(clash.error().contains(u"a component you may not see"_s), qPrintable(clash.error()));
        // Nothing of ICE's changed; CBP's own SMOUT takes a revision.
        const auto office = openAs(location, u"dhs_privacy"_s);
        QCOMPARE(office->revisions(IceId)->size(), 1);
        SmoutDocument cbpEdit = cbpSmout();
        cbpEdit.summary.itSystems << u" Updated."_s;
        QCOMPARE(cbp->save(cbpEdit, u"Carl"_s, Role::Author, 1)->revision, 2);
    }

    void onlyThePrivacyOfficeChangesTheReviewSection()
    {
        SHARED_INVENTORY(location);
        const auto cbp = openAs(location, u"cbp_author"_s);
        SmoutDocument reviewed = cbpSmout();
        reviewed.review.comments = u"Approved by CBP itself."_s;
        const auto refused = cbp->save(reviewed, u"Carl"_s, Role::Author, 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error(), u"only the DHS Privacy Office may change the review section of SMOUT %1 (inventory permission)"_s.arg(CbpId));
        // A new SMOUT from a component starts with an empty review section.
        SmoutDocument fresh = cbpSmout();
        fresh.id = u"0cb00000-0000-4000-8000-000000000002"_s;
        QVERIFY(cbp->save(fresh, u"Carl"_s, Role::Author, 0).error().contains(u"review section"_s));
        fresh.review = Review{};
        const auto added = cbp->save(fresh, u"Carl"_s, Role::Author, 0);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error()));
        const auto office = openAs(location, u"dhs_privacy"_s);
        QCOMPARE(office->save(reviewed, u"Priya"_s, Role::Reviewer, 1)->revision, 2);
    }

    void anAuditorReadsEverythingAndChangesNothing()
    {
        SHARED_INVENTORY(location);
        const auto auditor = openAs(location, u"oig_auditor"_s);
        QVERIFY(auditor);
        QCOMPARE(ids(*auditor), (QStringList{CbpId, IceId}));
        QVERIFY(!auditor->load(CbpId)->writable);
        SmoutDocument edit = cbpSmout();
        edit.summary.itSystems << u" Audited."_s;
        const auto saved = auditor->save(edit, u"Olga"_s, Role::Reviewer, 1);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error(), u"you may not change CBP's SMOUTs (inventory permission)"_s);
        QVERIFY(isRefusal(auditor->audit(CbpId, u"Olga"_s, Role::Reviewer, u"looked"_s).error()));
        QVERIFY(auditor->check()->ok());
        QVERIFY(auditor->check()->chainUnchecked.isEmpty());
        const auto office = openAs(location, u"dhs_privacy"_s);
        QCOMPARE(office->revisions(CbpId)->size(), 1);
        QCOMPARE(office->auditLog(CbpId)->size(), 1);
    }

    void setupTwiceChangesNothing()
    {
        SHARED_INVENTORY(location);
        const QByteArray once = store_test::dumpPostgres(location);
        QVERIFY(once.contains("ENABLE ROW LEVEL SECURITY") && once.contains("FORCE ROW LEVEL SECURITY"));
        auto owner = InventoryStore::open(location);
        QVERIFY(owner.value()->setUpSecurity().ok());
        QCOMPARE(store_test::dumpPostgres(location), once);
        const auto office = openAs(location, u"dhs_privacy"_s);
        QCOMPARE(ids(*office), (QStringList{CbpId, IceId}));
    }

    void everySmoutTableIsHeld()
    {
        SHARED_INVENTORY(location);
        const QStringList unforced = store_test::runSql(
            location, {u"SELECT relname FROM pg_class WHERE relname LIKE 'smout\\_%' AND relkind = 'r' "
                       "AND NOT (relrowsecurity AND relforcerowsecurity) ORDER BY 1"_s});
        QCOMPARE(unforced, QStringList());
        QCOMPARE(store_test::runSql(location, {u"SELECT count(*) FROM pg_class WHERE relname LIKE 'smout\\_%' AND relkind = 'r'"_s}),
                 QStringList{u"9"_s});
    }

    void auditRowsCarryTheServersWhoAndWhen()
    {
        SHARED_INVENTORY(location);
        const auto cbp = openAs(location, u"cbp_author"_s);
        SmoutDocument edit = cbpSmout();
        edit.summary.itSystems << u" Updated."_s;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(cbp->save(edit, u"Typed Name"_s, Role::Author, 1).ok());
        QCOMPARE(store_test::runSql(location, {u"SELECT db_user FROM smout_audit_log WHERE smout_id = '%1' ORDER BY chain"_s.arg(CbpId)}),
                 (QStringList{u"smout"_s, u"cbp_author"_s}));
        const AuditEntry last = cbp->auditLog(CbpId)->last();
        QVERIFY(last.at >= before && last.at <= QDateTime::currentDateTimeUtc().addSecs(60));
        QCOMPARE(last.who, u"Typed Name"_s);
    }

    void theAuditChainCatchesForgedAndEditedRows()
    {
        SHARED_INVENTORY(location);
        auto owner = InventoryStore::open(location);
        InventoryStore &o = *owner.value();
        QVERIFY(o.check()->ok());
        QVERIFY(!o.check()->chainHead.isEmpty());
        // The owner edits an audit row: its hash no longer covers it.
        QCOMPARE(store_test::runSql(location, {u"UPDATE smout_audit_log SET who = 'Someone Else' WHERE smout_id = '%1'"_s.arg(IceId)}),
                 QStringList());
        auto report = o.check();
        QVERIFY(!report->ok());
        QVERIFY2(report->chainBreak.contains(u"was changed after it was written"_s), qPrintable(report->chainBreak));
        QCOMPARE(store_test::runSql(location, {u"UPDATE smout_audit_log SET who = 'Ilse' WHERE smout_id = '%1'"_s.arg(IceId)}),
                 QStringList());
        QVERIFY(o.check()->ok());
        // A row slipped in behind the trigger's back, with a plausible place in the chain.
        QCOMPARE(store_test::runSql(location,
                                    {u"ALTER TABLE smout_audit_log DISABLE TRIGGER smout_audit_chain"_s,
                                     u"INSERT INTO smout_audit_log (smout_id, who, role, at, action, detail, db_user, chain, prev_hash, hash) "
                                     "SELECT '%1', 'Priya', 'reviewer', '2020-01-01T00:00:00.000Z', 'edited', 'forged', 'dhs_privacy', "
                                     "chain + 1, hash, repeat('0', 64) FROM smout_audit_log ORDER BY chain DESC LIMIT 1"_s.arg(CbpId),
                                     u"ALTER TABLE smout_audit_log ENABLE TRIGGER smout_audit_chain"_s}),
                 QStringList());
        report = o.check();
        QVERIFY(!report->ok());
        QVERIFY2(report->chainBreak.contains(u"was changed after it was written"_s), qPrintable(report->chainBreak));
        // Without a place in the chain, or removed: seen too.
        QCOMPARE(store_test::runSql(location, {u"UPDATE smout_audit_log SET chain = NULL WHERE detail = 'forged'"_s}), QStringList());
        QVERIFY2(o.check()->chainBreak.contains(u"outside the chain"_s), qPrintable(o.check()->chainBreak));
        QCOMPARE(store_test::runSql(location, {u"DELETE FROM smout_audit_log WHERE detail = 'forged'"_s}), QStringList());
        QVERIFY(o.check()->ok());
        QCOMPARE(store_test::runSql(location, {u"DELETE FROM smout_audit_log WHERE chain = 1"_s}), QStringList());
        QVERIFY2(o.check()->chainBreak.contains(u"are missing: they were deleted"_s), qPrintable(o.check()->chainBreak));
        // The newest row removed (here, the last one): its link outlives it.
        QCOMPARE(store_test::runSql(location, {u"DELETE FROM smout_audit_log WHERE chain = (SELECT max(chain) FROM smout_audit_log)"_s}),
                 QStringList());
        QVERIFY2(o.check()->chainBreak.contains(u"newest rows are missing"_s), qPrintable(o.check()->chainBreak));
    }

    void upgradingKeepsEveryRowAndItsHistory()
    {
        const QString location = store_test::newPostgresDatabase();
        if (location.isEmpty())
            QSKIP("needs the PostgreSQL test server (tests/store/with-postgres.sh)");
        // A version 5 inventory, as the previous release left it, with two revisions and their audit rows.
        {
            const QUrl url(location);
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"v5"_s);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            QVERIFY(db.open());
            QVERIFY(prepareSchema(db, Driver::Postgres, 5).ok());
            QCOMPARE(currentSchemaVersion(db), 5);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v5"_s);
        SmoutDocument first = cbpSmout(), second = cbpSmout();
        second.summary.itSystems << u" Updated."_s;
        QStringList sql{u"INSERT INTO smout_documents (id, component, title, status, revision, updated_at, search_text, category) "
                        "VALUES ('%1', 'CBP', 'Old', 'draft', 2, '2024-02-01T00:00:00.000Z', 'old', '')"_s.arg(CbpId)};
        int revision = 0;
        for (const SmoutDocument &d : {first, second}) {
            const QString text = QString::fromUtf8(io::writeSmout(d).value());
            ++revision;
            sql << u"INSERT INTO smout_revisions (smout_id, revision, document, author, role, saved_at, sha256) VALUES "
                   "('%1', %2, '%3', 'Dana', 'author', '2024-0%2-01T00:00:00.000Z', '%4')"_s.arg(CbpId).arg(revision)
                       .arg(QString(text).replace(u'\'', u"''"_s), checksumOf(text))
                << u"INSERT INTO smout_audit_log (smout_id, who, role, at, action, detail, revision) VALUES "
                   "('%1', 'Dana', 'author', '2024-0%2-01T00:00:00.000Z', 'edited', 'revision %2', %2)"_s.arg(CbpId).arg(revision);
        }
        QCOMPARE(store_test::runSql(location, sql), QStringList());
        const QStringList countAll{u"SELECT (SELECT count(*) FROM smout_documents) || '/' || (SELECT count(*) FROM smout_revisions) "
                                   "|| '/' || (SELECT count(*) FROM smout_audit_log)"_s};
        QCOMPARE(store_test::runSql(location, countAll), QStringList{u"1/2/2"_s});

        auto owner = InventoryStore::open(location);
        QVERIFY2(owner.ok(), qPrintable(owner ? QString() : owner.error()));
        InventoryStore &o = *owner.value();
        QCOMPARE(o.schemaVersion(), InventoryStore::SchemaVersion);
        QCOMPARE(store_test::runSql(location, countAll), QStringList{u"1/2/2"_s});
        const auto log = o.auditLog(CbpId);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->first().at, QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(o.load(CbpId, 1)->document.summary.itSystems, first.summary.itSystems);
        const auto report = o.check();
        QVERIFY2(report->ok(), qPrintable(report->chainBreak + report->storage.join(u' ')));
        QCOMPARE(report->chainHead.section(u':', 0, 0), u"2"_s);
        // Then secured: the rows stay, the CBP user sees them, the chain goes on.
        QVERIFY(o.setUpSecurity().ok());
        QVERIFY(o.grant(u"cbp_author"_s, InventoryRole::ProgramOffice, {u"CBP"_s}).ok());
        const auto cbp = openAs(location, u"cbp_author"_s);
        QCOMPARE(cbp->revisions(CbpId)->size(), 2);
        QCOMPARE(cbp->save(second, u"Dana"_s, Role::Author, 2).ok(), true);
        QVERIFY(o.check()->ok());
        QCOMPARE(store_test::runSql(location, countAll), QStringList{u"1/3/3"_s});
    }

    void anOwnerLoggedInIsHeldToo()
    {
        if (store_test::serverUrl().isEmpty())
            QSKIP("needs the PostgreSQL test server (tests/store/with-postgres.sh)");
        const QString name = u"smout_o_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
        QCOMPARE(store_test::runSql(store_test::serverUrl(), {u"CREATE DATABASE %1 OWNER inventory_owner"_s.arg(name)}), QStringList());
        const QString location = asUser(store_test::urlOfDatabase(name), u"inventory_owner"_s);
        {
            auto owner = InventoryStore::open(location);
            QVERIFY2(owner.ok(), qPrintable(owner ? QString() : owner.error()));
            InventoryStore &o = *owner.value();
            QVERIFY(o.save(cbpSmout(), u"Dana"_s, Role::Author, 0).ok());
            QVERIFY(o.save(iceSmout(), u"Ilse"_s, Role::Author, 0).ok());
            const Status setUp = o.setUpSecurity();
            QVERIFY2(setUp.ok(), qPrintable(setUp ? QString() : setUp.error()));
            // The tables' owner, logged in, sees no component until given one.
            QCOMPARE(ids(o), QStringList());
            QVERIFY(o.grant(u"inventory_owner"_s, InventoryRole::ProgramOffice, {u"CBP"_s}).ok());
            QCOMPARE(ids(o), QStringList{CbpId});
            QVERIFY(o.grant(u"oig_auditor"_s, InventoryRole::Auditor, {}).ok());
            QVERIFY(!o.check()->chainUnchecked.isEmpty());
        }
        // A migration run by the owner still reaches every row, and leaves the tables forced.
        QCOMPARE(store_test::runSql(location, {u"UPDATE smout_studio SET value = '5' WHERE key = 'schema_version'"_s}), QStringList());
        auto again = InventoryStore::open(location);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error()));
        QCOMPARE(again.value()->schemaVersion(), InventoryStore::SchemaVersion);
        QCOMPARE(ids(*again.value()), QStringList{CbpId});
        QCOMPARE(store_test::runSql(store_test::urlOfDatabase(name),
                                    {u"SELECT count(*) FROM pg_class WHERE relname LIKE 'smout\\_%' AND relkind = 'r' AND relforcerowsecurity"_s}),
                 QStringList{u"9"_s});
        QCOMPARE(store_test::runSql(store_test::urlOfDatabase(name), {u"SELECT count(*) FROM smout_audit_log WHERE chain IS NOT NULL"_s}),
                 QStringList{u"2"_s});
        const auto office = openAs(store_test::urlOfDatabase(name), u"oig_auditor"_s);
        QVERIFY(office);
        QVERIFY(office->check()->ok());
    }

    void grantRevokeAndWho()
    {
        SHARED_INVENTORY(location);
        auto owner = InventoryStore::open(location);
        InventoryStore &o = *owner.value();
        QVERIFY(o.grant(u"cbp_author"_s, InventoryRole::Counsel, {u"CBP"_s, u"TSA"_s}).ok());
        auto members = o.memberships();
        QList<QStringList> seen;
        for (const Membership &m : members.value())
            seen << QStringList{m.login, inventoryRoleName(m.role), m.components.join(u',')};
        QVERIFY(seen.contains(QStringList{u"cbp_author"_s, u"smout_counsel"_s, u"CBP,TSA"_s}));
        QVERIFY(seen.contains(QStringList{u"dhs_privacy"_s, u"smout_privacy_office"_s, u""_s}));
        // Usage mistakes are named; nobody is created or granted by them.
        QVERIFY(o.grant(u"nobody_here"_s, InventoryRole::Auditor, {}).error().contains(u"no database user"_s));
        QVERIFY(o.grant(u"cbp_author"_s, InventoryRole::ProgramOffice, {}).error().contains(u"--component"_s));
        QVERIFY(o.grant(u"cbp_author"_s, InventoryRole::Auditor, {u"CBP"_s}).error().contains(u"every component"_s));
        // Revoked: the rows vanish from the login's view at once. (A login of its own: the
        // membership in PostgreSQL is server-wide, and other tests use the others meanwhile.)
        QVERIFY(o.grant(u"inventory_owner"_s, InventoryRole::ProgramOffice, {u"ICE"_s}).ok());
        QCOMPARE(ids(*openAs(location, u"inventory_owner"_s)), QStringList{IceId});
        QVERIFY(o.revoke(u"inventory_owner"_s, std::nullopt, {}).ok());
        const auto revoked = openAs(location, u"inventory_owner"_s);
        QVERIFY(!revoked || ids(*revoked) != QStringList{IceId});
        // Membership in PostgreSQL alone, without this inventory's row, gives nothing.
        QCOMPARE(store_test::runSql(location, {u"GRANT smout_privacy_office TO ice_author"_s,
                                               u"DELETE FROM smout_members WHERE login = 'ice_author'"_s}),
                 QStringList());
        QCOMPARE(ids(*openAs(location, u"ice_author"_s)), QStringList());
        QCOMPARE(store_test::runSql(location, {u"REVOKE smout_privacy_office FROM ice_author"_s,
                                               u"INSERT INTO smout_members VALUES ('ice_author', 'smout_program_office', 'ICE')"_s}),
                 QStringList());
        // Only the owner changes memberships.
        const auto cbp = openAs(location, u"cbp_author"_s);
        const Status self = cbp->grant(u"cbp_author"_s, InventoryRole::ProgramOffice, {u"ICE"_s});
        QVERIFY(!self.ok());
        QVERIFY2(isRefusal(self.error()), qPrintable(self.error()));
        QCOMPARE(ids(*cbp), QStringList{CbpId});
    }

    void aSqliteInventoryIsTheUsersAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mine.sqlite"_s);
        auto opened = InventoryStore::open(path);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->save(cbpSmout(), u"Dana"_s, Role::Author, 0).ok());
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!opened.value()->setUpSecurity().ok());
        QVERIFY(!opened.value()->memberships().ok());
        QVERIFY(opened.value()->access()->mayChange(u"ICE"_s));
    }
};

QTEST_GUILESS_MAIN(TestStoreRoles)
#include "tst_store_roles.moc"
