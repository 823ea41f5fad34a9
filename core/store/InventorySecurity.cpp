// `smout db setup`, `grant`, `revoke` and `who`: the PostgreSQL roles and rules of a shared
// inventory (InventorySecurity.h). Every statement of the setup is idempotent, and the whole
// setup is one transaction: run twice, it changes nothing; interrupted, it leaves nothing.

#include "InventorySecurity.h"

#include "InventoryStore.h"
#include "InventoryStorePrivate.h"
#include "Schema.h"
#include "io/SmoutJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {

struct SecurityText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::InventorySecurity)
};

const QString Readers = u"smout_program_office, smout_counsel, smout_component_privacy, smout_privacy_office, smout_auditor"_s;
const QString Writers = u"smout_program_office, smout_counsel, smout_privacy_office"_s;
// Access requests (and their audit rows) are also the component privacy officers' work.
const QString AccessWriters = Writers + u", smout_component_privacy"_s;
// The groups whose components a kind of access counts, as SQL arrays.
const QString ReadGroups = u"ARRAY['smout_program_office', 'smout_counsel', 'smout_component_privacy']"_s;
const QString WriteGroups = u"ARRAY['smout_program_office', 'smout_counsel']"_s;
const QString AccessGroups = u"ARRAY['smout_program_office', 'smout_counsel', 'smout_component_privacy']"_s;

const QStringList SecuredTables{u"smout_studio"_s, u"smout_members"_s, u"smout_documents"_s, u"smout_revisions"_s,
                                u"smout_audit_log"_s, u"smout_signatures"_s, u"smout_access_requests"_s, u"smout_audit_links"_s, u"smout_role_registry"_s};

QString quoted(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

// The review section of a new SMOUT, as the file format writes it: what a first revision
// stored by anyone but the Privacy Office must hold.
QString emptyReview()
{
    const auto written = io::writeSmout(SmoutDocument{});
    const QJsonObject review = written ? QJsonDocument::fromJson(written.value()).object().value(u"review"_s).toObject() : QJsonObject();
    return QString::fromUtf8(QJsonDocument(review).toJson(QJsonDocument::Compact));
}

QStringList setupStatements(const QString &schema, const QMap<QString, QString> &sequences)
{
    QStringList sql;
    for (const InventoryRole r : allInventoryRoles()) {
        const QString group = inventoryRoleName(r);
        // Clients of other databases on the server may create the same group at this moment.
        sql << u"DO $body$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 NOLOGIN; END IF; "
               "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $body$"_s.arg(group);
    }
    const QString settings = u" SET search_path = pg_catalog, "_s + schema + u", pg_temp"_s;
    // Owner: a member of the role owning the tables, in the current privilege context (so the
    // owner's own definer functions, such as the audit chain's, act as the owner).
    sql << u"CREATE OR REPLACE FUNCTION smout_is_owner() RETURNS boolean LANGUAGE sql STABLE"_s + settings
               + u" AS $body$ SELECT pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class c "
                 "WHERE c.oid = 'smout_studio'::regclass $body$"_s
        // A role counts in this inventory when both PostgreSQL (the server-wide membership) and
        // this inventory's smout_members say so: a server may hold several inventories.
        << u"CREATE OR REPLACE FUNCTION smout_holds(groups text[]) RETURNS boolean LANGUAGE sql STABLE"_s + settings
               + u" AS $body$ SELECT EXISTS (SELECT 1 FROM smout_members m WHERE m.login = session_user AND m.role = ANY (groups) "
                 "AND pg_has_role(session_user, m.role, 'MEMBER')) $body$"_s
        << u"CREATE OR REPLACE FUNCTION smout_sees_all() RETURNS boolean LANGUAGE sql STABLE"_s + settings
               + u" AS $body$ SELECT smout_holds(ARRAY['smout_privacy_office', 'smout_auditor']) $body$"_s
        << u"CREATE OR REPLACE FUNCTION smout_changes_all() RETURNS boolean LANGUAGE sql STABLE"_s + settings
               + u" AS $body$ SELECT smout_holds(ARRAY['smout_privacy_office']) $body$"_s
        // The person's components in the given groups: rows of smout_members backed by a membership in PostgreSQL.
        << u"CREATE OR REPLACE FUNCTION smout_components(groups text[]) RETURNS text[] LANGUAGE sql STABLE"_s + settings
               + u" AS $body$ SELECT coalesce(array_agg(DISTINCT m.component), '{}') FROM smout_members m "
                 "WHERE m.login = session_user AND m.role = ANY (groups) AND pg_has_role(session_user, m.role, 'MEMBER') $body$"_s
        // Whether the person may add to SMOUT `target`: one of their components in `groups`.
        << u"CREATE OR REPLACE FUNCTION smout_may_change(target text, groups text[]) RETURNS boolean LANGUAGE plpgsql STABLE"_s
               + settings
               + u" AS $body$ BEGIN RETURN EXISTS (SELECT 1 FROM smout_documents d WHERE d.id = target "
                 "AND d.component = ANY (smout_components(groups))); END $body$"_s
        << u"CREATE OR REPLACE FUNCTION smout_append_only() RETURNS trigger LANGUAGE plpgsql"_s + settings
               + u" AS $body$ BEGIN IF NOT smout_is_owner() THEN RAISE EXCEPTION '%: rows are never changed or deleted "
                 "(the history is append-only)', TG_TABLE_NAME USING ERRCODE = '42501'; END IF; RETURN NULL; END $body$"_s
        << u"CREATE OR REPLACE FUNCTION smout_review_guard() RETURNS trigger LANGUAGE plpgsql"_s + settings
               + u" AS $body$ DECLARE before jsonb; BEGIN "
                 // Whoever may not add to this SMOUT at all is refused by the policies, in those words.
                 "IF smout_changes_all() OR NOT smout_may_change(NEW.smout_id, "_s + WriteGroups + u") THEN RETURN NEW; END IF; "
                 "SELECT r.document::jsonb -> 'review' INTO before FROM smout_revisions r "
                 "WHERE r.smout_id = NEW.smout_id AND r.revision = NEW.revision - 1; "
                 "IF NOT FOUND THEN before := "_s
               + quoted(emptyReview())
               + u"::jsonb; END IF; "
                 "IF (NEW.document::jsonb -> 'review') IS DISTINCT FROM before THEN "
                 "RAISE EXCEPTION 'smout_revisions: only the DHS Privacy Office may change the review section of SMOUT %', "
                 "NEW.smout_id USING ERRCODE = '42501'; END IF; RETURN NEW; END $body$"_s;

    sql << u"GRANT USAGE ON SCHEMA "_s + schema + u" TO "_s + Readers;
    for (const QString &table : SecuredTables)
        sql << u"REVOKE ALL ON "_s + table + u" FROM PUBLIC, "_s + Readers << u"GRANT SELECT ON "_s + table + u" TO "_s + Readers
            << u"ALTER TABLE "_s + table + u" ENABLE ROW LEVEL SECURITY"_s << u"ALTER TABLE "_s + table + u" FORCE ROW LEVEL SECURITY"_s;
    sql << u"GRANT INSERT, UPDATE ON smout_documents TO "_s + Writers << u"GRANT INSERT ON smout_revisions, smout_signatures TO "_s + Writers
        << u"GRANT INSERT ON smout_audit_log TO "_s + AccessWriters << u"GRANT INSERT, UPDATE ON smout_access_requests TO "_s + AccessWriters
        << u"GRANT INSERT, DELETE ON smout_role_registry TO smout_privacy_office"_s;
    for (auto it = sequences.cbegin(); it != sequences.cend(); ++it)
        sql << u"REVOKE ALL ON SEQUENCE "_s + it.value() + u" FROM PUBLIC"_s
            << u"GRANT USAGE ON SEQUENCE "_s + it.value() + u" TO "_s + (it.key() == u"smout_signatures" ? Writers : AccessWriters);

    // Row-level security: each policy dropped and made again, so a newer setup replaces it.
    const QString owner = u"(SELECT smout_is_owner())"_s, seesAll = u"(SELECT smout_sees_all())"_s,
                  changesAll = u"(SELECT smout_changes_all())"_s;
    const auto policy = [&](const QString &table, const QString &name, const QString &rest) {
        sql << u"DROP POLICY IF EXISTS "_s + name + u" ON "_s + table << u"CREATE POLICY "_s + name + u" ON "_s + table + u' ' + rest;
    };
    // The owner administers (the version in smout_studio, who holds which role, the audit
    // chain's links) but is held like anyone else on the SMOUTs themselves: forced row-level security
    // shows an owner logged in as a user only their components.
    for (const QString &table : {u"smout_studio"_s, u"smout_members"_s, u"smout_audit_links"_s, u"smout_role_registry"_s})
        policy(table, u"smout_owner"_s, u"FOR ALL USING ("_s + owner + u") WITH CHECK ("_s + owner + u')');
    // The role registry: read by every inventory role (verification checks signers against it),
    // changed by the Privacy Office (and the owner), each change an audit row of no SMOUT.
    policy(u"smout_role_registry"_s, u"smout_read"_s, u"FOR SELECT USING (true)"_s);
    policy(u"smout_role_registry"_s, u"smout_change"_s, u"FOR ALL USING ("_s + changesAll + u") WITH CHECK ("_s + changesAll + u')');
    policy(u"smout_audit_log"_s, u"smout_registry_audit"_s,
           u"FOR INSERT WITH CHECK (smout_id = '' AND action IN ('role_granted', 'role_revoked') AND ("_s + owner + u" OR "_s + changesAll
               + u"))"_s);
    policy(u"smout_audit_links"_s, u"smout_read"_s, u"FOR SELECT USING ("_s + seesAll + u')');
    policy(u"smout_studio"_s, u"smout_read"_s, u"FOR SELECT USING (true)"_s);
    policy(u"smout_members"_s, u"smout_read"_s, u"FOR SELECT USING (login = session_user)"_s);
    const QString writable = changesAll + u" OR component = ANY ((SELECT smout_components("_s + WriteGroups + u"))::text[])"_s;
    policy(u"smout_documents"_s, u"smout_read"_s,
           u"FOR SELECT USING ("_s + seesAll + u" OR component = ANY ((SELECT smout_components("_s + ReadGroups + u"))::text[]))"_s);
    policy(u"smout_documents"_s, u"smout_add"_s, u"FOR INSERT WITH CHECK ("_s + writable + u')');
    policy(u"smout_documents"_s, u"smout_change"_s, u"FOR UPDATE USING ("_s + writable + u") WITH CHECK ("_s + writable + u')');
    for (const QString &table : {u"smout_revisions"_s, u"smout_audit_log"_s, u"smout_signatures"_s, u"smout_access_requests"_s}) {
        // What belongs to a SMOUT is seen with the SMOUT (the subquery is under its policies).
        policy(table, u"smout_read"_s,
               u"FOR SELECT USING ("_s + seesAll + u" OR EXISTS (SELECT 1 FROM smout_documents d WHERE d.id = smout_id))"_s);
        const bool access = table == u"smout_audit_log" || table == u"smout_access_requests";
        const QString mayChange = changesAll + u" OR smout_may_change(smout_id, "_s + (access ? AccessGroups : WriteGroups) + u')';
        policy(table, u"smout_add"_s, u"FOR INSERT WITH CHECK ("_s + mayChange + u')');
        if (table == u"smout_access_requests")
            policy(table, u"smout_change"_s, u"FOR UPDATE USING ("_s + mayChange + u") WITH CHECK ("_s + mayChange + u')');
    }
    for (const QString &table : {u"smout_revisions"_s, u"smout_audit_log"_s})
        sql << u"REVOKE UPDATE, DELETE, TRUNCATE ON "_s + table + u" FROM PUBLIC, "_s + Readers
            << u"CREATE OR REPLACE TRIGGER smout_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "_s + table
                   + u" FOR EACH STATEMENT EXECUTE FUNCTION smout_append_only()"_s;
    sql << u"CREATE OR REPLACE TRIGGER smout_review_guard BEFORE INSERT ON smout_revisions FOR EACH ROW "
           "EXECUTE FUNCTION smout_review_guard()"_s;
    return sql;
}

// The group roles exist once `db setup` has run on the server.
Result<bool> groupsExist(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM pg_roles WHERE rolname IN ('smout_program_office', 'smout_counsel', "
                "'smout_component_privacy', 'smout_privacy_office', 'smout_auditor')"_s)
        || !q.next())
        return Error{describeSqlError(q.lastError(), Driver::Postgres)};
    return q.value(0).toInt() == 5;
}

QStringList lines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

} // namespace

QList<InventoryRole> allInventoryRoles()
{
    const auto all = allOf<InventoryRole>();
    return {all.begin(), all.end()};
}

QString inventoryRoleName(InventoryRole r)
{
    return codeOf(r);
}

std::optional<InventoryRole> inventoryRoleFromName(const QString &name)
{
    if (const auto r = fromCode<InventoryRole>(name))
        return r;
    return fromCode<InventoryRole>(QString(u"smout_"_s + name));
}

bool isComponentScoped(InventoryRole r)
{
    return r == InventoryRole::ProgramOffice || r == InventoryRole::Counsel || r == InventoryRole::ComponentPrivacy;
}

QString refusalMessage(const QString &what)
{
    return SecurityText::tr("%1 (inventory permission)").arg(what);
}

bool isRefusal(const QString &message)
{
    return message.endsWith(refusalMessage(QString()).trimmed());
}

Status InventoryStore::setUpSecurity()
{
    if (d->driver != Driver::Postgres)
        return Error{SecurityText::tr("a SQLite inventory is personal: its file's permissions decide who reads and changes it, "
                                      "so it has no roles to set up; use a PostgreSQL inventory to share one")};
    QSqlDatabase db = d->db();
    if (const Status begun = beginSchemaChange(db, Driver::Postgres); !begun)
        return begun;
    QSqlQuery q(db);
    const auto fail = [&](const QSqlError &error) {
        d->rollback();
        if (error.nativeErrorCode() == u"42501")
            return Error{refusalMessage(SecurityText::tr("the inventory's roles were not set up: that needs the owner of its tables, "
                                                         "with the right to create roles (CREATEROLE)"))};
        return Error{SecurityText::tr("the inventory's roles were not set up: %1").arg(d->describe(error))};
    };
    // DROP POLICY IF EXISTS and a repeated GRANT only talk; the setup says what it did.
    if (!q.exec(u"SET LOCAL client_min_messages = error"_s))
        return fail(q.lastError());
    QString schema;
    QMap<QString, QString> sequences;
    if (!q.exec(u"SELECT quote_ident(current_schema()), pg_get_serial_sequence('smout_audit_log', 'id'), "
                "pg_get_serial_sequence('smout_signatures', 'id'), pg_get_serial_sequence('smout_access_requests', 'id')"_s)
        || !q.next())
        return fail(q.lastError());
    schema = q.value(0).toString();
    const QStringList tables{u"smout_audit_log"_s, u"smout_signatures"_s, u"smout_access_requests"_s};
    for (int i = 0; i < tables.size(); ++i)
        if (!q.value(i + 1).isNull())
            sequences.insert(tables[i], q.value(i + 1).toString());
    q.finish();
    for (const QString &sql : setupStatements(schema, sequences))
        if (!q.exec(sql))
            return fail(q.lastError());
    return d->commit();
}

Result<InventoryAccess> InventoryStore::access() const
{
    InventoryAccess access;
    if (d->driver != Driver::Postgres)
        return access;
    QSqlQuery q(d->db());
    if (!q.exec(u"SELECT c.relforcerowsecurity FROM pg_class c WHERE c.oid = to_regclass('smout_documents')"_s))
        return Error{d->describe(q.lastError())};
    access.secured = q.next() && q.value(0).toBool();
    q.finish();
    if (!access.secured)
        return access;
    // Superusers and BYPASSRLS roles pass every policy.
    if (!q.exec(u"SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user"_s))
        return Error{d->describe(q.lastError())};
    if (q.next() && q.value(0).toBool())
        return access;
    q.finish();
    if (!q.exec(u"SELECT smout_sees_all(), smout_changes_all(), array_to_string(smout_components("_s + WriteGroups + u"), E'\\n')"_s)
        || !q.next())
        return Error{d->describe(q.lastError())};
    access.seesAll = q.value(0).toBool();
    access.changesAll = q.value(1).toBool();
    access.writable = lines(q.value(2).toString());
    access.writable.sort();
    return access;
}

Status InventoryStore::grant(const QString &login, InventoryRole role, const QStringList &components)
{
    return changeMembership(login, role, components, true);
}

Status InventoryStore::revoke(const QString &login, std::optional<InventoryRole> role, const QStringList &components)
{
    if (role)
        return changeMembership(login, *role, components, false);
    for (const InventoryRole r : allInventoryRoles())
        if (const Status revoked = changeMembership(login, r, {}, false); !revoked)
            return revoked;
    return success();
}

Status InventoryStore::changeMembership(const QString &login, InventoryRole role, const QStringList &components, bool add)
{
    if (d->driver != Driver::Postgres)
        return Error{SecurityText::tr("a SQLite inventory is personal and has no roles: its file's permissions decide who uses it")};
    static const QRegularExpression componentCode(u"^[A-Za-z0-9][A-Za-z0-9 ._&/-]{0,39}$"_s);
    for (const QString &c : components)
        if (!componentCode.match(c).hasMatch())
            return Error{SecurityText::tr("'%1' is not a component code (such as CBP or ICE)").arg(c)};
    if (add && isComponentScoped(role) && components.isEmpty())
        return Error{SecurityText::tr("%1 acts for components: name them with --component").arg(inventoryRoleName(role))};
    if (!isComponentScoped(role) && !components.isEmpty())
        return Error{SecurityText::tr("%1 covers every component: give no --component").arg(inventoryRoleName(role))};
    if (inventoryRoleFromName(login) || login.startsWith(u"pg_"_s))
        return Error{SecurityText::tr("'%1' is a group, not a person's login").arg(login)};
    const QSqlDatabase db = d->db();
    const auto exist = groupsExist(db);
    if (!exist)
        return Error{exist.error()};
    if (!exist.value())
        return Error{SecurityText::tr("the inventory's roles do not exist yet: run 'smout db setup' first, as the database owner")};
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
    q.addBindValue(login);
    if (!q.exec())
        return Error{d->describe(q.lastError())};
    if (!q.next())
        return Error{SecurityText::tr("the server has no database user '%1'; create it first (CREATE ROLE … LOGIN, its password "
                                      "set with psql's \\password, never on a command line)")
                         .arg(login)};
    q.finish();
    if (const Status begun = d->beginWrite(); !begun)
        return begun;
    const QString group = inventoryRoleName(role);
    const auto fail = [&](const QSqlError &error) {
        const QString why = error.nativeErrorCode() == u"42501"
            ? refusalMessage(SecurityText::tr("only the inventory's owner may change who holds its roles"))
            : d->describe(error);
        d->rollback();
        return Error{why};
    };
    // A repeated GRANT, or a REVOKE of what was not granted, only talks.
    if (!q.exec(u"SET LOCAL client_min_messages = error"_s))
        return fail(q.lastError());
    const QStringList rows = components.isEmpty() && !isComponentScoped(role) ? QStringList{u""_s} : components;
    if (add) {
        q.prepare(u"INSERT INTO smout_members (login, role, component) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
    } else {
        q.prepare(components.isEmpty() ? u"DELETE FROM smout_members WHERE login = ? AND role = ?"_s
                                       : u"DELETE FROM smout_members WHERE login = ? AND role = ? AND component = ?"_s);
    }
    for (const QString &component : (add || !components.isEmpty()) ? rows : QStringList{QString()}) {
        q.addBindValue(login);
        q.addBindValue(group);
        if (add || !components.isEmpty())
            q.addBindValue(component);
        if (!q.exec())
            return fail(q.lastError());
    }
    // The membership in PostgreSQL follows: granted with the first component, revoked with the last.
    q.prepare(u"SELECT format(CASE WHEN ? OR EXISTS (SELECT 1 FROM smout_members WHERE login = ? AND role = ?) "
              "THEN 'GRANT %I TO %I' ELSE 'REVOKE %I FROM %I' END, ?::text, ?::text)"_s);
    for (const QVariant &v : {QVariant(add), QVariant(login), QVariant(group), QVariant(group), QVariant(login)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return fail(q.lastError());
    const QString statement = q.value(0).toString();
    q.finish();
    if (!q.exec(statement))
        return fail(q.lastError());
    return d->commit();
}

Result<QList<Membership>> InventoryStore::memberships() const
{
    if (d->driver != Driver::Postgres)
        return Error{SecurityText::tr("a SQLite inventory is personal and has no roles: its file's permissions decide who uses it")};
    QSqlQuery q(d->db());
    // This inventory's members whose membership PostgreSQL also holds (the groups are server-wide).
    if (!q.exec(u"SELECT m.login, m.role, coalesce(string_agg(m.component, E'\\n' ORDER BY m.component) "
                "FILTER (WHERE m.component <> ''), '') FROM smout_members m WHERE EXISTS (SELECT 1 FROM pg_auth_members a "
                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles r ON r.oid = a.member WHERE g.rolname = m.role "
                "AND r.rolname = m.login) GROUP BY m.login, m.role ORDER BY 1, 2"_s))
        return Error{d->describe(q.lastError())};
    QList<Membership> out;
    while (q.next())
        if (const auto role = inventoryRoleFromName(q.value(1).toString()))
            out.append({q.value(0).toString(), *role, lines(q.value(2).toString())});
    return out;
}

} // namespace smout::store
