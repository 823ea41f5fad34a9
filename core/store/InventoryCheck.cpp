// `smout db check`: reads every revision back and names each SMOUT and revision that is
// damaged, missing or unaccounted for, so that a corrupted page is reported with the
// documents it affects rather than as a page number.

#include "InventoryStore.h"
#include "InventoryStorePrivate.h"
#include "AuditChain.h"
#include "StoredColumns.h"

#include <QCoreApplication>
#include <QSqlError>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {
struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::InventoryCheck)
};
} // namespace

Result<CheckReport> InventoryStore::check() const
{
    CheckReport report;
    const QSqlDatabase db = d->db();
    // PostgreSQL: one snapshot for every table read, so that a save committing meanwhile is
    // seen whole or not at all (a counter read before it and its revision after would look
    // like damage).
    if (d->driver == Driver::Postgres) {
        QSqlError error;
        if (!d->exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s, &error))
            return Error{d->describe(error)};
        auto checked = checkIn(db);
        d->exec(u"COMMIT"_s);
        return checked;
    }
    return checkIn(db);
}

Result<CheckReport> InventoryStore::checkIn(const QSqlDatabase &db) const
{
    CheckReport report;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (d->driver == Driver::Sqlite) {
        if (!q.exec(u"PRAGMA integrity_check(100)"_s))
            report.storage << d->describe(q.lastError());
        while (q.isActive() && q.next())
            if (q.value(0).toString() != u"ok")
                report.storage << q.value(0).toString();
        q.finish();
    }
    // The SMOUTs and their revision counters; the revisions' own keys as well, in case the
    // damage is in the table of SMOUTs.
    QMap<QString, int> counters;
    if (q.exec(u"SELECT id, revision FROM smout_documents"_s)) {
        while (q.next())
            counters.insert(q.value(0).toString(), q.value(1).toInt());
        if (q.lastError().isValid())
            report.storage << d->describe(q.lastError());
    } else {
        report.storage << d->describe(q.lastError());
    }
    q.finish();
    QMap<QString, QList<int>> stored;
    if (q.exec(u"SELECT smout_id, revision FROM smout_revisions ORDER BY smout_id, revision"_s)) {
        while (q.next())
            stored[q.value(0).toString()] << q.value(1).toInt();
        if (q.lastError().isValid())
            report.storage << d->describe(q.lastError());
    } else {
        report.storage << d->describe(q.lastError());
    }
    q.finish();
    QSet<QString> ids(counters.keyBegin(), counters.keyEnd());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        ids.insert(it.key());
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    report.smouts = int(sorted.size());

    QSqlQuery read(db), audit(db);
    read.prepare(u"SELECT document, sha256 FROM smout_revisions WHERE smout_id = ? AND revision = ?"_s);
    audit.prepare(u"SELECT COUNT(*) FROM smout_audit_log WHERE smout_id = ? AND revision = ?"_s);
    for (const QString &id : sorted) {
        const int counter = counters.value(id, -1);
        if (counter < 0)
            report.problems.append({id, 0, CheckText::tr("has revisions but no entry in the inventory")});
        const QList<int> revisions = stored.value(id);
        const int newest = std::max(counter, revisions.isEmpty() ? 0 : revisions.last());
        for (int r = 1; r <= newest; ++r) {
            if (!revisions.contains(r)) {
                report.problems.append({id, r, CheckText::tr("is missing")});
                continue;
            }
            ++report.revisions;
            read.addBindValue(id);
            read.addBindValue(r);
            if (!read.exec() || !read.next()) {
                report.problems.append({id, r, CheckText::tr("cannot be read: %1").arg(d->describe(read.lastError()))});
                read.finish();
                continue;
            }
            if (checksumOf(read.value(0).toString()) != read.value(1).toString())
                report.problems.append({id, r, CheckText::tr("does not match its checksum (changed outside SMOUT Studio, or damaged storage)")});
            read.finish();
            audit.addBindValue(id);
            audit.addBindValue(r);
            if (!audit.exec() || !audit.next() || audit.value(0).toInt() < 1)
                report.problems.append({id, r, CheckText::tr("has no audit row")});
            audit.finish();
        }
        if (counter >= 0 && counter != newest)
            report.problems.append({id, 0, CheckText::tr("the inventory says revision %1 is the newest, but revision %2 is stored").arg(counter).arg(newest)});
    }
    if (d->driver == Driver::Postgres)
        checkAuditChain(report);
    return report;
}

void InventoryStore::checkAuditChain(CheckReport &report) const
{
    // A user who sees some components sees part of the chain: it would look broken.
    const auto who = access();
    if (!who) {
        report.chainUnchecked = who.error();
        return;
    }
    if (!who->seesAll) {
        report.chainUnchecked = CheckText::tr("the audit chain is checked by the owner, the Privacy Office or an auditor, who see all of it");
        return;
    }
    const auto chain = verifyAuditChain(d->db());
    if (!chain) {
        report.storage << chain.error();
        return;
    }
    if (chain.value())
        report.chainBreak = chain.value()->message;
    QSqlQuery q(d->db());
    if (q.exec(u"SELECT place || ':' || hash FROM smout_audit_links ORDER BY place DESC LIMIT 1"_s) && q.next())
        report.chainHead = q.value(0).toString();
}

Status InventoryStore::checkIntegrity() const
{
    const auto report = check();
    if (!report)
        return Error{report.error()};
    if (report->ok())
        return success();
    QStringList lines = report->storage.mid(0, 3);
    if (!report->chainBreak.isEmpty())
        lines << report->chainBreak;
    for (const CheckProblem &p : report->problems.mid(0, 5))
        lines << (p.revision ? CheckText::tr("SMOUT %1 revision %2 %3").arg(p.smoutId).arg(p.revision).arg(p.message)
                             : CheckText::tr("SMOUT %1: %2").arg(p.smoutId, p.message));
    return Error{CheckText::tr("the inventory has problems: %1").arg(lines.join(u"; "_s))};
}

} // namespace smout::store
