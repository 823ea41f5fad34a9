// The role registry kept in the inventory (`smout db roles`): which certificates may sign in
// which role, per component. Every grant and revocation is an audit row of its own (no SMOUT
// id), entered by whoever the system knows is there.

#include "InventoryStore.h"
#include "InventoryStorePrivate.h"

#include <QCoreApplication>
#include <QSqlError>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {

struct GrantText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::RoleGrants)
};

QString describeGrant(const StoredRoleGrant &g)
{
    const QString who = g.subject.isEmpty() ? g.certificate : GrantText::tr("%1 (SHA-256 %2)").arg(g.subject, g.certificate);
    return g.component.isEmpty() ? GrantText::tr("%1 as %2, every component").arg(who, QString(codeOf(g.role)))
                                 : GrantText::tr("%1 as %2 for %3").arg(who, QString(codeOf(g.role)), g.component);
}

} // namespace

Result<QList<StoredRoleGrant>> InventoryStore::roleGrants() const
{
    QSqlQuery q(d->db());
    if (!q.exec(u"SELECT role, certificate, subject, component FROM smout_role_registry ORDER BY role, component, subject"_s))
        return Error{d->describe(q.lastError())};
    QList<StoredRoleGrant> out;
    while (q.next())
        if (const auto role = fromCode<Role>(q.value(0).toString()))
            out.append({*role, q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

namespace {
// Text columns are NOT NULL: "every component" is stored as empty text.
StoredRoleGrant stored(StoredRoleGrant g)
{
    for (QString *text : {&g.certificate, &g.subject, &g.component})
        if (text->isNull())
            *text = u""_s;
    return g;
}
} // namespace

Result<bool> InventoryStore::grantRole(const StoredRoleGrant &given, const QString &who)
{
    const StoredRoleGrant grant = stored(given);
    if (const Status begun = d->beginWrite(); !begun)
        return Error{begun.error()};
    QSqlQuery q(d->db());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.prepare(u"INSERT INTO smout_role_registry (role, certificate, subject, component, added_at) SELECT ?, ?, ?, ?, ? "
              "WHERE NOT EXISTS (SELECT 1 FROM smout_role_registry WHERE role = ? AND certificate = ? AND component = ?)"_s);
    for (const QVariant &v : {QVariant(QString(codeOf(grant.role))), QVariant(grant.certificate), QVariant(grant.subject),
                              QVariant(grant.component), QVariant(now), QVariant(QString(codeOf(grant.role))),
                              QVariant(grant.certificate), QVariant(grant.component)})
        q.addBindValue(v);
    if (!q.exec()) {
        const QString why = d->describe(q.lastError());
        d->rollback();
        return Error{why};
    }
    const bool added = q.numRowsAffected() == 1;
    if (added) {
        QSqlQuery a(d->db());
        a.prepare(u"INSERT INTO smout_audit_log (smout_id, who, role, at, action, detail) VALUES ('', ?, ?, ?, 'role_granted', ?)"_s);
        for (const QVariant &v : {QVariant(who), QVariant(QString(codeOf(grant.role))), QVariant(now), QVariant(describeGrant(grant))})
            a.addBindValue(v);
        if (!a.exec()) {
            const QString why = d->describe(a.lastError());
            d->rollback();
            return Error{why};
        }
    }
    if (const Status committed = d->commit(); !committed)
        return Error{committed.error()};
    return added;
}

Result<bool> InventoryStore::revokeRole(const StoredRoleGrant &given, const QString &who)
{
    const StoredRoleGrant grant = stored(given);
    if (const Status begun = d->beginWrite(); !begun)
        return Error{begun.error()};
    QSqlQuery q(d->db());
    q.prepare(u"SELECT subject FROM smout_role_registry WHERE role = ? AND certificate = ? AND component = ?"_s);
    for (const QVariant &v : {QVariant(QString(codeOf(grant.role))), QVariant(grant.certificate), QVariant(grant.component)})
        q.addBindValue(v);
    if (!q.exec()) {
        const QString why = d->describe(q.lastError());
        d->rollback();
        return Error{why};
    }
    if (!q.next()) {
        d->rollback();
        return false;
    }
    StoredRoleGrant removed = grant;
    removed.subject = q.value(0).toString();
    q.finish();
    q.prepare(u"DELETE FROM smout_role_registry WHERE role = ? AND certificate = ? AND component = ?"_s);
    for (const QVariant &v : {QVariant(QString(codeOf(grant.role))), QVariant(grant.certificate), QVariant(grant.component)})
        q.addBindValue(v);
    QSqlQuery a(d->db());
    a.prepare(u"INSERT INTO smout_audit_log (smout_id, who, role, at, action, detail) VALUES ('', ?, ?, ?, 'role_revoked', ?)"_s);
    for (const QVariant &v : {QVariant(who), QVariant(QString(codeOf(grant.role))),
                              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), QVariant(describeGrant(removed))})
        a.addBindValue(v);
    if (!q.exec() || !a.exec()) {
        const QString why = d->describe(q.lastError().isValid() ? q.lastError() : a.lastError());
        d->rollback();
        return Error{why};
    }
    if (const Status committed = d->commit(); !committed)
        return Error{committed.error()};
    return true;
}

Result<QList<AuditEntry>> InventoryStore::roleAuditLog() const
{
    return auditLog(QString());
}

} // namespace smout::store
