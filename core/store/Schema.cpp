#include "Schema.h"

#include "AuditChain.h"
#include "SearchText.h"
#include "StoredColumns.h"
#include "io/SmoutJson.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {

struct SchemaText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::Schema)
};

const QString ApplicationName = u"SMOUT Studio inventory"_s;
constexpr qint64 PostgresLockKey = 0x534D4F5554; // "SMOUT": serialises schema changes between clients

// The tables of the first releases, before the inventory had names of its own.
const QStringList LegacyTables{u"schema_version"_s, u"smouts"_s, u"revisions"_s, u"audit_log"_s, u"signatures"_s};

QStringList ownTables(Driver driver)
{
    QStringList names{u"smout_studio"_s, u"smout_documents"_s, u"smout_revisions"_s, u"smout_audit_log"_s, u"smout_signatures"_s,
                      u"smout_access_requests"_s, u"smout_members"_s, u"smout_audit_links"_s, u"smout_role_registry"_s};
    if (driver == Driver::Sqlite)
        for (const auto *suffix : {"", "_data", "_idx", "_content", "_docsize", "_config"})
            names << u"smout_search"_s + QLatin1StringView(suffix);
    return names;
}

struct DatabaseState {
    QStringList tables; // schema-qualified on PostgreSQL when outside the current schema
    int applicationId = 0;
    QString application; // the smout_studio row, when there is one
    int version = 0;
    bool legacy = false;
    QStringList foreign;
};

Result<DatabaseState> inspect(const QSqlDatabase &db, Driver driver)
{
    DatabaseState s;
    QSqlQuery q(db);
    const auto failed = [&] { return Error{describeSqlError(q.lastError(), driver)}; };
    if (driver == Driver::Sqlite) {
        if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
            return failed();
        s.applicationId = q.value(0).toInt();
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s))
            return failed();
        while (q.next())
            s.tables << q.value(0).toString();
    } else {
        if (!q.exec(u"SELECT n.nspname, c.relname, n.nspname = current_schema() FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                    "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"_s))
            return failed();
        while (q.next())
            s.tables << (q.value(2).toBool() ? q.value(1).toString() : q.value(0).toString() + u'.' + q.value(1).toString());
    }
    q.finish();
    if (s.tables.contains(u"smout_studio"_s)) {
        if (!q.exec(u"SELECT key, value FROM smout_studio"_s))
            return failed();
        while (q.next()) {
            if (q.value(0).toString() == u"application")
                s.application = q.value(1).toString();
            if (q.value(0).toString() == u"schema_version")
                s.version = q.value(1).toString().toInt();
        }
        const QStringList own = ownTables(driver);
        for (const QString &t : std::as_const(s.tables))
            if (!own.contains(t))
                s.foreign << t;
        return s;
    }
    // The first releases' layout: exactly those tables, one integer version row.
    bool legacy = !s.tables.isEmpty() && s.applicationId == 0;
    for (const QString &t : std::as_const(s.tables))
        legacy = legacy && LegacyTables.contains(t);
    for (const auto *t : {"schema_version", "smouts", "revisions", "audit_log"})
        legacy = legacy && s.tables.contains(QLatin1StringView(t));
    if (legacy && q.exec(u"SELECT CAST(version AS TEXT) FROM schema_version"_s)) {
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString();
        legacy = rows.size() == 1 && (rows[0] == u"1" || rows[0] == u"2");
        s.version = legacy ? rows[0].toInt() : 0;
    } else {
        legacy = false;
    }
    q.finish();
    s.legacy = legacy;
    if (!legacy)
        s.foreign = s.tables;
    return s;
}

Status refuseIfNotOurs(const DatabaseState &s, Driver driver)
{
    if (driver == Driver::Sqlite && s.applicationId != 0 && s.applicationId != SqliteApplicationId)
        return Error{SchemaText::tr("this SQLite file belongs to another application (application id %1); SMOUT Studio leaves it untouched")
                         .arg(s.applicationId)};
    if (!s.foreign.isEmpty()) {
        QStringList shown = s.foreign.mid(0, 8);
        if (s.foreign.size() > shown.size())
            shown << SchemaText::tr("%n more", nullptr, int(s.foreign.size() - shown.size()));
        return Error{SchemaText::tr("this database holds tables SMOUT Studio did not create (%1); SMOUT Studio keeps its inventory only "
                                    "in a database of its own and has left this one untouched — choose a new file or an empty database")
                         .arg(shown.join(u", "_s))};
    }
    if (s.tables.contains(u"smout_studio"_s) && s.application != ApplicationName)
        return Error{SchemaText::tr("this database's smout_studio table does not name SMOUT Studio; it has been left untouched")};
    if (driver == Driver::Sqlite && s.tables.contains(u"smout_studio"_s) && s.applicationId != SqliteApplicationId)
        return Error{SchemaText::tr("this SQLite file lacks SMOUT Studio's application id; it has been left untouched")};
    return success();
}

QStringList migrationTo(int version, Driver driver, const QString &schema)
{
    const QString serial = driver == Driver::Postgres ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    switch (version) {
    case 1:
        return {
            u"CREATE TABLE smout_documents (id TEXT PRIMARY KEY, component TEXT NOT NULL, title TEXT NOT NULL, "
            "status TEXT NOT NULL, revision INTEGER NOT NULL, updated_at TEXT NOT NULL, rereview_due TEXT, "
            "search_text TEXT NOT NULL)"_s,
            u"CREATE TABLE smout_revisions (smout_id TEXT NOT NULL REFERENCES smout_documents(id), revision INTEGER NOT NULL, "
            "document TEXT NOT NULL, author TEXT NOT NULL, role TEXT NOT NULL, saved_at TEXT NOT NULL, "
            "PRIMARY KEY (smout_id, revision))"_s,
            u"CREATE TABLE smout_audit_log (id "_s + serial + u", smout_id TEXT NOT NULL, who TEXT NOT NULL, "
            "role TEXT NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)"_s,
        };
    case 2:
        return {
            u"ALTER TABLE smout_documents ADD COLUMN category TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE TABLE smout_signatures (id "_s + serial + u", smout_id TEXT NOT NULL REFERENCES smout_documents(id), "
            "signer TEXT NOT NULL, role TEXT NOT NULL, signed_at TEXT NOT NULL, valid INTEGER NOT NULL)"_s,
            u"CREATE INDEX smout_documents_status ON smout_documents(status)"_s,
            u"CREATE INDEX smout_documents_rereview ON smout_documents(rereview_due)"_s,
            u"CREATE INDEX smout_audit_smout ON smout_audit_log(smout_id)"_s,
        };
    case 3: {
        QStringList steps{
            u"ALTER TABLE smout_revisions ADD COLUMN sha256 TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE smout_audit_log ADD COLUMN revision INTEGER"_s,
            // SQLite: the row of the document's words in smout_search (its rowid there).
            u"ALTER TABLE smout_documents ADD COLUMN search_rowid INTEGER"_s,
            // Saves wrote "revision N" as the detail of their audit row.
            u"UPDATE smout_audit_log SET revision = CAST(SUBSTR(detail, 10) AS INTEGER) WHERE detail LIKE 'revision %'"_s,
            u"CREATE INDEX smout_audit_revision ON smout_audit_log(smout_id, revision)"_s,
        };
        if (driver == Driver::Sqlite)
            steps << u"CREATE VIRTUAL TABLE smout_search USING fts5(id UNINDEXED, words, tokenize = 'unicode61 remove_diacritics 2')"_s;
        else
            steps << u"CREATE INDEX smout_documents_words ON smout_documents USING GIN (to_tsvector('simple', search_text))"_s;
        return steps;
    }
    case 4:
        return {
            u"CREATE TABLE smout_access_requests (id "_s + serial + u", employee TEXT NOT NULL, office TEXT NOT NULL, "
            "phone TEXT NOT NULL, email TEXT NOT NULL, supervisor TEXT NOT NULL, mode TEXT NOT NULL, smout_id TEXT NOT NULL, "
            "justification TEXT NOT NULL, training_date TEXT, rob_signed INTEGER NOT NULL, created_at TEXT NOT NULL, "
            "determination TEXT NOT NULL, reasons TEXT NOT NULL, required_approver TEXT NOT NULL, decided_by TEXT NOT NULL, "
            "decided_at TEXT NOT NULL, flagged INTEGER NOT NULL DEFAULT 0, approver TEXT, approver_level TEXT, approved_at TEXT, "
            "implemented_on TEXT, implementation_ref TEXT)"_s,
            u"CREATE INDEX smout_access_smout ON smout_access_requests(smout_id)"_s,
        };
    case 6:
        // PostgreSQL only (a SQLite inventory is personal): who holds which inventory role for
        // which components (`smout db grant`), and the audit trail's hash chain.
        if (driver == Driver::Sqlite)
            return {};
        return QStringList{u"CREATE TABLE IF NOT EXISTS smout_members (login TEXT NOT NULL, role TEXT NOT NULL, component TEXT NOT NULL, "
                           "PRIMARY KEY (login, role, component))"_s}
            + auditChainMigration(schema);
    case 7: {
        // Who may sign in which role (`smout db roles`). Who entered each audit row, as the
        // system knows them, is db_user: on PostgreSQL the audit chain's trigger writes the
        // session user (version 6); on SQLite each connection's trigger writes the OS login
        // (InventoryStore::open).
        QStringList steps{u"CREATE TABLE IF NOT EXISTS smout_role_registry (role TEXT NOT NULL, certificate TEXT NOT NULL, "
                          "subject TEXT NOT NULL, component TEXT NOT NULL, added_at TEXT NOT NULL, PRIMARY KEY (role, certificate, component))"_s};
        if (driver == Driver::Sqlite)
            steps << u"ALTER TABLE smout_audit_log ADD COLUMN db_user TEXT NOT NULL DEFAULT ''"_s;
        return steps;
    }
    default: return {};
    }
}

// Version 3 also computes what SQL cannot: each revision's checksum and the folded search words.
Status backfillVersion3(QSqlDatabase &db, Driver driver)
{
    QSqlQuery read(db), write(db);
    const auto failed = [&](const QSqlQuery &q) { return Error{describeSqlError(q.lastError(), driver)}; };
    if (!read.exec(u"SELECT smout_id, revision, document FROM smout_revisions"_s))
        return failed(read);
    write.prepare(u"UPDATE smout_revisions SET sha256 = ? WHERE smout_id = ? AND revision = ?"_s);
    while (read.next()) {
        write.addBindValue(checksumOf(read.value(2).toString()));
        write.addBindValue(read.value(0));
        write.addBindValue(read.value(1));
        if (!write.exec())
            return failed(write);
    }
    if (!read.exec(u"SELECT d.id, r.document, d.search_text FROM smout_documents d JOIN smout_revisions r "
                   "ON r.smout_id = d.id AND r.revision = d.revision"_s))
        return failed(read);
    write.prepare(u"UPDATE smout_documents SET search_text = ? WHERE id = ?"_s);
    while (read.next()) {
        const auto doc = io::readSmout(read.value(1).toString().toUtf8());
        write.addBindValue(doc ? searchTextOf(doc.value()) : searchableText({read.value(2).toString()}));
        write.addBindValue(read.value(0));
        if (!write.exec())
            return failed(write);
    }
    if (driver == Driver::Sqlite
        && (!write.exec(u"INSERT INTO smout_search (rowid, id, words) SELECT rowid, id, search_text FROM smout_documents"_s)
            || !write.exec(u"UPDATE smout_documents SET search_rowid = rowid"_s)))
        return failed(write);
    return success();
}

// Version 5 adds the statuses of the review round trip (returned, resubmitted), which an
// older SMOUT Studio would misread as drafts and overwrite: the version number keeps it out.
// A SMOUT whose stored revision has an open request is returned from now on.
Status backfillVersion5(QSqlDatabase &db, Driver driver)
{
    QSqlQuery read(db), write(db);
    const auto failed = [&](const QSqlQuery &q) { return Error{describeSqlError(q.lastError(), driver)}; };
    if (!read.exec(u"SELECT d.id, r.document, d.status FROM smout_documents d JOIN smout_revisions r "
                   "ON r.smout_id = d.id AND r.revision = d.revision WHERE r.document LIKE '%\"requests\"%'"_s))
        return failed(read);
    write.prepare(u"UPDATE smout_documents SET status = ? WHERE id = ?"_s);
    while (read.next()) {
        const auto doc = io::readSmout(read.value(1).toString().toUtf8());
        if (!doc)
            continue; // `smout db check` names a damaged revision; its status stays as it was
        const SmoutStatus was = statusFromCode(read.value(2).toString()).value_or(SmoutStatus::Draft);
        if (statusOf(doc.value(), was) != SmoutStatus::Returned || was == SmoutStatus::Returned)
            continue;
        write.addBindValue(statusCode(SmoutStatus::Returned));
        write.addBindValue(read.value(0));
        if (!write.exec())
            return failed(write);
    }
    return success();
}

Status adoptLegacy(QSqlDatabase &db, const DatabaseState &s, Driver driver)
{
    QSqlQuery q(db);
    QStringList steps{u"ALTER TABLE smouts RENAME TO smout_documents"_s, u"ALTER TABLE revisions RENAME TO smout_revisions"_s,
                      u"ALTER TABLE audit_log RENAME TO smout_audit_log"_s};
    if (s.tables.contains(u"signatures"_s))
        steps << u"ALTER TABLE signatures RENAME TO smout_signatures"_s;
    steps << u"DROP TABLE schema_version"_s;
    if (s.version >= 2) {
        // The legacy indexes keep their old names; give them the new ones so a later migration finds them.
        steps << u"DROP INDEX IF EXISTS smouts_status"_s << u"DROP INDEX IF EXISTS smouts_rereview"_s << u"DROP INDEX IF EXISTS audit_smout"_s
              << u"CREATE INDEX smout_documents_status ON smout_documents(status)"_s
              << u"CREATE INDEX smout_documents_rereview ON smout_documents(rereview_due)"_s
              << u"CREATE INDEX smout_audit_smout ON smout_audit_log(smout_id)"_s;
    }
    for (const QString &sql : steps)
        if (!q.exec(sql))
            return Error{describeSqlError(q.lastError(), driver)};
    return success();
}

Status beginLocked(QSqlDatabase &db, Driver driver)
{
    QSqlQuery q(db);
    if (driver == Driver::Sqlite) {
        if (!q.exec(u"BEGIN IMMEDIATE"_s))
            return Error{describeSqlError(q.lastError(), driver)};
        return success();
    }
    if (!q.exec(u"BEGIN"_s))
        return Error{describeSqlError(q.lastError(), driver)};
    q.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
    q.addBindValue(PostgresLockKey);
    if (!q.exec()) {
        const QString why = describeSqlError(q.lastError(), driver);
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error{why};
    }
    return success();
}

Status migrateLocked(QSqlDatabase &db, Driver driver, int targetVersion)
{
    auto state = inspect(db, driver);
    if (!state)
        return Error{state.error()};
    if (const Status ours = refuseIfNotOurs(state.value(), driver); !ours)
        return ours;
    if (state->version > targetVersion)
        return Error{SchemaText::tr("this inventory was made by a newer SMOUT Studio (schema %1; this one knows %2); update SMOUT Studio")
                         .arg(state->version).arg(targetVersion)};
    if (state->legacy)
        if (const Status adopted = adoptLegacy(db, state.value(), driver); !adopted)
            return adopted;
    QSqlQuery q(db);
    const auto failed = [&](int version) {
        return Error{SchemaText::tr("updating the inventory to version %1 failed: %2").arg(version).arg(describeSqlError(q.lastError(), driver))};
    };
    if (!state->tables.contains(u"smout_studio"_s)) {
        if (!q.exec(u"CREATE TABLE smout_studio (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s))
            return failed(0);
        q.prepare(u"INSERT INTO smout_studio (key, value) VALUES ('application', ?), ('schema_version', '0')"_s);
        q.addBindValue(ApplicationName);
        if (!q.exec())
            return failed(0);
        if (driver == Driver::Sqlite && !q.exec(u"PRAGMA application_id = %1"_s.arg(SqliteApplicationId)))
            return failed(0);
    }
    QString schema;
    QStringList forced; // tables whose row-level security holds their owner too (`smout db setup`)
    if (driver == Driver::Postgres) {
        if (!q.exec(u"SELECT quote_ident(current_schema())"_s) || !q.next())
            return failed(state->version + 1);
        schema = q.value(0).toString();
        q.finish();
        // The owner migrates every row, whichever components they see: lifted inside this
        // transaction only, so no other client ever finds the tables unforced.
        if (!q.exec(u"SELECT quote_ident(relname) FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
                    "AND relname LIKE 'smout\\_%' AND relkind = 'r' AND relforcerowsecurity"_s))
            return failed(state->version + 1);
        while (q.next())
            forced << q.value(0).toString();
        q.finish();
        for (const QString &table : std::as_const(forced))
            if (!q.exec(u"ALTER TABLE "_s + table + u" NO FORCE ROW LEVEL SECURITY"_s))
                return failed(state->version + 1);
    }
    for (int version = state->version + 1; version <= targetVersion; ++version) {
        for (const QString &sql : migrationTo(version, driver, schema))
            if (!q.exec(sql))
                return failed(version);
        const auto backfill = version == 3 ? backfillVersion3 : version == 5 ? backfillVersion5 : nullptr;
        if (backfill)
            if (const Status filled = backfill(db, driver); !filled)
                return Error{SchemaText::tr("updating the inventory to version %1 failed: %2").arg(version).arg(filled.error())};
    }
    q.prepare(u"UPDATE smout_studio SET value = ? WHERE key = 'schema_version'"_s);
    q.addBindValue(QString::number(std::max(state->version, targetVersion)));
    if (!q.exec())
        return failed(targetVersion);
    for (const QString &table : std::as_const(forced))
        if (!q.exec(u"ALTER TABLE "_s + table + u" FORCE ROW LEVEL SECURITY"_s))
            return failed(targetVersion);
    return success();
}

} // namespace

int currentSchemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM smout_studio WHERE key = 'schema_version'"_s) || !q.next())
        return 0;
    return q.value(0).toString().toInt();
}

Status beginSchemaChange(QSqlDatabase &db, Driver driver)
{
    return beginLocked(db, driver);
}

Status prepareSchema(QSqlDatabase &db, Driver driver, int targetVersion)
{
    // Without a lock first: an up-to-date inventory needs no write (so a read-only one opens),
    // and a foreign database is refused before anything could touch it. SQLite reads it in
    // one read transaction, so that a client creating it at this moment is seen whole or not at all.
    if (driver == Driver::Sqlite)
        QSqlQuery(db).exec(u"BEGIN"_s);
    auto state = inspect(db, driver);
    if (driver == Driver::Sqlite)
        QSqlQuery(db).exec(u"COMMIT"_s);
    if (!state)
        return Error{state.error()};
    if (const Status ours = refuseIfNotOurs(state.value(), driver); !ours)
        return ours;
    if (!state->legacy && state->tables.contains(u"smout_studio"_s) && state->version > targetVersion)
        return Error{SchemaText::tr("this inventory was made by a newer SMOUT Studio (schema %1; this one knows %2); update SMOUT Studio")
                         .arg(state->version).arg(targetVersion)};
    if (!state->legacy && state->tables.contains(u"smout_studio"_s) && state->version == targetVersion)
        return success();
    if (const Status locked = beginLocked(db, driver); !locked)
        return Error{SchemaText::tr("the inventory cannot be set up: %1").arg(locked.error())};
    if (const Status migrated = migrateLocked(db, driver, targetVersion); !migrated) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return migrated;
    }
    QSqlQuery commit(db);
    if (!commit.exec(u"COMMIT"_s)) {
        const QString why = describeSqlError(commit.lastError(), driver);
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Error{SchemaText::tr("the inventory cannot be set up: %1").arg(why)};
    }
    return success();
}

} // namespace smout::store
