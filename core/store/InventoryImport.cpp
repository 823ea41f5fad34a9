// Importing many documents under the optimistic lock. A batch of documents per transaction
// (one query reads what the inventory holds for the whole batch), a savepoint around each
// write so that one failure leaves the others in, and a write that loses a race with
// another client is looked at again: it is then unchanged, or a conflict.

#include "AccessRequests.h"
#include "InventoryStore.h"
#include "InventoryStorePrivate.h"
#include "StoredColumns.h"
#include "io/SmoutJson.h"

#include <QCoreApplication>

#include <numeric>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::InventoryStore)
};

constexpr qsizetype ImportBatch = 500;

} // namespace

Result<ImportReport> InventoryStore::importDocuments(const QList<SmoutDocument> &docs, const QString &who, Role role)
{
    QList<ImportItem> items;
    items.reserve(docs.size());
    for (const SmoutDocument &doc : docs)
        items.append({doc, std::nullopt, {}});
    return importDocuments(items, who, role);
}

Result<ImportReport> InventoryStore::importDocuments(const QList<ImportItem> &items, const QString &who, Role role,
                                                     const std::function<void(qsizetype, qsizetype)> &progress)
{
    if (const Status prepared = d->prepareStatements(); !prepared)
        return Error{prepared.error()};
    ImportReport report;
    report.lines.resize(items.size());
    // In id order, so that clients importing the same documents take their row locks in
    // the same order and never deadlock.
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return items[a].document.id < items[b].document.id; });

    // Unchanged, a conflict, or Imported (to be written; its reason a note on the status).
    const auto decide = [&](const ImportItem &item, const Private::Current &current, const QString &checksum) -> Result<ImportLine> {
        const QString &id = item.document.id;
        const int stored = current.revision;
        if (const QString problem = nonCanonicalIdProblem(id); !problem.isEmpty())
            return ImportLine{id, ImportStatus::Failed, 0, problem};
        if (current.exists && current.component != item.document.summary.component)
            return ImportLine{id, ImportStatus::Conflict, stored,
                              ImportText::tr("the file puts the SMOUT under the component %1, but the inventory holds it under %2; "
                                             "importing a file does not move a SMOUT to another component")
                                  .arg(item.document.summary.component.isEmpty() ? ImportText::tr("(none)") : item.document.summary.component,
                                       current.component.isEmpty() ? ImportText::tr("(none)") : current.component)};
        if (!current.exists || item.baseRevision == stored)
            return ImportLine{id, ImportStatus::Imported, stored + 1, unbelievedNote(item.document, item.signedBy)};
        // The stored revision, now with signatures that hold up: they move the status.
        const SignedRoles &by = item.signedBy;
        if (current.checksum == checksum && (by.author || by.counsel || by.reviewer)
            && statusOf(item.document, current.status, by) != current.status)
            return ImportLine{id, ImportStatus::Imported, stored + 1, unbelievedNote(item.document, by)};
        if (current.checksum == checksum)
            return ImportLine{id, ImportStatus::Unchanged, stored, {}};
        if (item.baseRevision)
            return ImportLine{id, ImportStatus::Conflict, stored,
                              ImportText::tr("the file was edited from revision %1, but the inventory holds revision %2, saved since")
                                  .arg(*item.baseRevision).arg(stored)};
        QSqlQuery &q = d->statements->byChecksum;
        q.addBindValue(id);
        q.addBindValue(checksum);
        if (!q.exec())
            return Error{d->describe(q.lastError())};
        const int match = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        return ImportLine{id, ImportStatus::Conflict, stored,
                          match > 0 ? ImportText::tr("the file is revision %1; the inventory holds revision %2, saved since").arg(match).arg(stored)
                                    : ImportText::tr("the file matches none of the stored revisions and the inventory holds revision %1; "
                                                     "compare them, then import with --base %1 to store the file on top")
                                          .arg(stored)};
    };

    // PostgreSQL: releasing one document's savepoint and setting the next's is one round trip.
    bool savepointOpen = false;
    const auto setSavepoint = [&](QSqlError *error) {
        bool ok;
        if (savepointOpen && d->driver == Driver::Postgres)
            ok = d->exec(u"RELEASE SAVEPOINT smout_document; SAVEPOINT smout_document"_s, error);
        else
            ok = (!savepointOpen || d->exec(u"RELEASE SAVEPOINT smout_document"_s, error)) && d->exec(u"SAVEPOINT smout_document"_s, error);
        savepointOpen = ok;
        return ok;
    };

    for (qsizetype start = 0; start < order.size(); start += ImportBatch) {
        const qsizetype end = std::min(order.size(), start + ImportBatch);
        const auto failRest = [&](const QString &why) {
            for (qsizetype i = start; i < order.size(); ++i)
                report.lines[order[i]] = {items[order[i]].document.id, ImportStatus::Failed, 0, why};
        };
        if (const Status begun = d->beginWrite(); !begun) {
            if (start == 0)
                return Error{begun.error()};
            failRest(begun.error());
            return report;
        }
        savepointOpen = false;
        QStringList ids;
        for (qsizetype i = start; i < end; ++i)
            ids << items[order[i]].document.id;
        auto known = d->currents(ids);
        if (!known) {
            d->rollback();
            if (start == 0)
                return Error{known.error()};
            failRest(known.error());
            return report;
        }
        for (qsizetype i = start; i < end; ++i) {
            const ImportItem &item = items[order[i]];
            const QString &id = item.document.id;
            const auto encoded = io::writeSmout(item.document);
            if (!encoded) {
                report.lines[order[i]] = {id, ImportStatus::Failed, 0, encoded.error()};
                continue;
            }
            const QString text = QString::fromUtf8(encoded.value());
            const QString checksum = checksumOf(text);
            Private::Current current = known->value(id);
            ImportLine line{id, ImportStatus::Failed, 0, {}};
            for (int attempt = 0; attempt < 3; ++attempt) {
                auto decided = decide(item, current, checksum);
                if (!decided) {
                    line.reason = decided.error();
                    break;
                }
                line = decided.value();
                if (line.status != ImportStatus::Imported)
                    break;
                QSqlError error;
                if (!setSavepoint(&error)) {
                    line = {id, ImportStatus::Failed, 0, d->describe(error)};
                    break;
                }
                auto written = d->writeRevision(item.document, text, checksum, who, role, current, u"imported"_s, item.signedBy);
                if (written && written.value()) {
                    known.value()[id] = {true, current.revision + 1, statusOf(item.document, current.status, item.signedBy), checksum,
                                         !item.document.requests.isEmpty(), item.document.summary.component};
                    break;
                }
                d->exec(u"ROLLBACK TO SAVEPOINT smout_document"_s);
                line = {id, ImportStatus::Failed, 0,
                        written ? ImportText::tr("other clients kept writing this SMOUT at the same moment; import it again") : written.error()};
                if (!written)
                    break;
                // Another client's write came first: see what it stored.
                auto now = d->current(id);
                if (!now) {
                    line.reason = now.error();
                    break;
                }
                if (!now->exists) {
                    line.reason = Private::hiddenSmout(id);
                    break;
                }
                current = now.value();
            }
            report.lines[order[i]] = line;
        }
        if (const Status committed = d->commit(); !committed) {
            for (qsizetype i = start; i < end; ++i) {
                ImportLine &line = report.lines[order[i]];
                if (line.status == ImportStatus::Imported)
                    line = {line.id, ImportStatus::Failed, 0, ImportText::tr("not stored: %1").arg(committed.error())};
            }
        }
        if (progress)
            progress(end, order.size());
    }
    // Access requests relying on the imported SMOUTs are decided again; a failure there is
    // found by the next decision and must not undo the import.
    if (report.count(ImportStatus::Imported) > 0)
        static_cast<void>(AccessRequests(*this).redecide(QDate::currentDate(), who));
    return report;
}

} // namespace smout::store
