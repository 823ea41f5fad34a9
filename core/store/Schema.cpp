#include "Schema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {

struct SchemaText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::Schema)
};

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL";
}

QStringList migrationTo(int version, const QSqlDatabase &db)
{
    const QString serial = isPostgres(db) ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    switch (version) {
    case 1:
        return {
            u"CREATE TABLE smouts (id TEXT PRIMARY KEY, component TEXT NOT NULL, title TEXT NOT NULL, "
            "status TEXT NOT NULL, revision INTEGER NOT NULL, updated_at TEXT NOT NULL, rereview_due TEXT, "
            "search_text TEXT NOT NULL)"_s,
            u"CREATE TABLE revisions (smout_id TEXT NOT NULL REFERENCES smouts(id), revision INTEGER NOT NULL, "
            "document TEXT NOT NULL, author TEXT NOT NULL, role TEXT NOT NULL, saved_at TEXT NOT NULL, "
            "PRIMARY KEY (smout_id, revision))"_s,
            u"CREATE TABLE audit_log (id "_s + serial + u", smout_id TEXT NOT NULL, who TEXT NOT NULL, "
            "role TEXT NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)"_s,
        };
    case 2:
        return {
            u"ALTER TABLE smouts ADD COLUMN category TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE TABLE signatures (id "_s + serial + u", smout_id TEXT NOT NULL REFERENCES smouts(id), "
            "signer TEXT NOT NULL, role TEXT NOT NULL, signed_at TEXT NOT NULL, valid INTEGER NOT NULL)"_s,
            u"CREATE INDEX smouts_status ON smouts(status)"_s,
            u"CREATE INDEX smouts_rereview ON smouts(rereview_due)"_s,
            u"CREATE INDEX audit_smout ON audit_log(smout_id)"_s,
        };
    default: return {};
    }
}

} // namespace

int currentSchemaVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(u"schema_version"_s))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT version FROM schema_version"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status migrate(QSqlDatabase &db, int targetVersion)
{
    QSqlQuery q(db);
    if (!db.tables().contains(u"schema_version"_s)
        && !q.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s))
        return Error{SchemaText::tr("the inventory cannot be set up: %1").arg(q.lastError().text())};
    for (int version = currentSchemaVersion(db) + 1; version <= targetVersion; ++version) {
        if (!db.transaction())
            return Error{SchemaText::tr("the inventory cannot be updated: %1").arg(db.lastError().text())};
        QSqlQuery step(db);
        for (const QString &sql : migrationTo(version, db))
            if (!step.exec(sql)) {
                const QString why = step.lastError().text();
                db.rollback();
                return Error{SchemaText::tr("updating the inventory to version %1 failed: %2").arg(version).arg(why)};
            }
        step.exec(u"DELETE FROM schema_version"_s);
        step.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s);
        step.addBindValue(version);
        if (!step.exec() || !db.commit()) {
            db.rollback();
            return Error{SchemaText::tr("updating the inventory to version %1 failed: %2").arg(version).arg(db.lastError().text())};
        }
    }
    return success();
}

} // namespace smout::store
