#include "AuditChain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 AuditChainLockKey = 0x534D4F5541; // "SMOUA": one audit row at a time joins the chain

struct ChainText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::AuditChain)
};

// The fields a row's hash covers, in order, as SQL over the row `r`.
QString hashedFields(const QString &r, const QString &previous, const QString &place, const QString &dbUser)
{
    return u"ARRAY[%2, %3::text, %1.smout_id, %1.who, %1.role, %1.at, %1.action, %1.detail, coalesce(%1.revision::text, ''), %4]"_s
        .arg(r, previous, place, dbUser);
}

} // namespace

QStringList auditChainMigration(const QString &schema)
{
    return {
        u"ALTER TABLE smout_audit_log ADD COLUMN IF NOT EXISTS db_user TEXT NOT NULL DEFAULT '', ADD COLUMN IF NOT EXISTS chain BIGINT UNIQUE, "
        "ADD COLUMN IF NOT EXISTS prev_hash TEXT, ADD COLUMN IF NOT EXISTS hash TEXT"_s,
        u"CREATE OR REPLACE FUNCTION smout_audit_hash(fields text[]) RETURNS text LANGUAGE sql IMMUTABLE AS $body$ "
        "SELECT encode(sha256(convert_to(string_agg(octet_length(convert_to(f, 'UTF8'))::text || ':' || f, ',' ORDER BY n), 'UTF8')), 'hex') "
        "FROM unnest(fields) WITH ORDINALITY AS t(f, n) $body$"_s,
        // The chain's links, one per audit row, in a table only the owner writes: the newest
        // one shows when the newest audit rows were removed. Rows, never updated: a row updated
        // for each audit row written in one transaction slows every next write.
        u"CREATE TABLE IF NOT EXISTS smout_audit_links (place BIGINT PRIMARY KEY, hash TEXT NOT NULL)"_s,
        // The rows already there, oldest first (a row from before the chain has no database user).
        u"DO $body$ DECLARE r record; previous text := ''; place bigint := 0; BEGIN "
        "DELETE FROM smout_audit_links; "
        "FOR r IN SELECT * FROM smout_audit_log ORDER BY chain NULLS LAST, id LOOP "
        "place := place + 1; "
        "UPDATE smout_audit_log SET chain = place, prev_hash = previous, hash = smout_audit_hash("_s
            + hashedFields(u"r"_s, u"previous"_s, u"place"_s, u"r.db_user"_s)
            + u") WHERE id = r.id RETURNING hash INTO previous; "
              "INSERT INTO smout_audit_links VALUES (place, previous); "
              "END LOOP; END $body$"_s,
        // Definer: the links are the owner's. The advisory lock makes writers take turns.
        u"CREATE OR REPLACE FUNCTION smout_audit_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, "_s
            + schema
            + u", pg_temp AS $body$ DECLARE place bigint; previous text; BEGIN "
              "PERFORM pg_advisory_xact_lock("_s
            + QString::number(AuditChainLockKey)
            + u"); "
              "SELECT l.place, l.hash INTO place, previous FROM smout_audit_links l ORDER BY l.place DESC LIMIT 1; "
              "NEW.db_user := session_user; "
              "NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); "
              "NEW.chain := coalesce(place, 0) + 1; "
              "NEW.prev_hash := coalesce(previous, ''); "
              "NEW.hash := smout_audit_hash("_s
            + hashedFields(u"NEW"_s, u"NEW.prev_hash"_s, u"NEW.chain"_s, u"NEW.db_user"_s)
            + u"); "
              "INSERT INTO smout_audit_links VALUES (NEW.chain, NEW.hash); "
              "RETURN NEW; END $body$"_s,
        u"CREATE OR REPLACE TRIGGER smout_audit_chain BEFORE INSERT ON smout_audit_log FOR EACH ROW EXECUTE FUNCTION smout_audit_chain()"_s,
    };
}

QString auditRowHash(const QStringList &fields)
{
    QByteArrayList parts;
    for (const QString &f : fields) {
        const QByteArray bytes = f.toUtf8();
        parts << QByteArray::number(bytes.size()) + ':' + bytes;
    }
    return QString::fromLatin1(QCryptographicHash::hash(parts.join(','), QCryptographicHash::Sha256).toHex());
}

Result<std::optional<ChainBreak>> verifyAuditChain(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, smout_id, who, role, at, action, detail, COALESCE(CAST(revision AS TEXT), ''), db_user, chain, "
                "prev_hash, hash FROM smout_audit_log ORDER BY chain NULLS FIRST, id"_s))
        return Error{describeSqlError(q.lastError(), Driver::Postgres)};
    qint64 expected = 1;
    QString previous;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString smoutId = q.value(1).toString();
        const auto broken = [&](const QString &message) { return std::optional<ChainBreak>(ChainBreak{id, smoutId, message}); };
        if (q.value(9).isNull())
            return broken(ChainText::tr("audit row %1 is outside the chain: it was written behind the trigger's back").arg(id));
        const qint64 place = q.value(9).toLongLong();
        if (place != expected)
            return broken(ChainText::tr("the audit rows before row %1 (chain positions %2 to %3) are missing: they were deleted")
                              .arg(id).arg(expected).arg(place - 1));
        if (q.value(10).toString() != previous)
            return broken(ChainText::tr("audit row %1 does not follow the row before it: a row was forged or replaced").arg(id));
        QStringList fields{previous, QString::number(place)};
        for (int column = 1; column <= 8; ++column)
            fields << q.value(column).toString();
        if (auditRowHash(fields) != q.value(11).toString())
            return broken(ChainText::tr("audit row %1 was changed after it was written: its contents no longer match its hash").arg(id));
        previous = q.value(11).toString();
        ++expected;
    }
    q.finish();
    if (!q.exec(u"SELECT place || ':' || hash FROM smout_audit_links ORDER BY place DESC LIMIT 1"_s))
        return Error{describeSqlError(q.lastError(), Driver::Postgres)};
    const QString head = q.next() ? q.value(0).toString() : QString();
    if (expected > 1 ? head != QString::number(expected - 1) + u':' + previous : !head.isEmpty())
        return std::optional<ChainBreak>(ChainBreak{0, QString(),
                                                    ChainText::tr("the chain's newest rows are missing or its links were altered: the "
                                                                  "audit rows end at position %1, smout_audit_links at %2")
                                                        .arg(expected - 1)
                                                        .arg(head.section(u':', 0, 0))});
    return std::optional<ChainBreak>();
}

} // namespace smout::store
