#pragma once

// The SMOUT inventory over Qt SQL, one schema for SQLite (the default, a file in the user's
// data folder, WAL mode) and PostgreSQL (a shared office inventory): every saved revision,
// signatures seen, an append-only audit log, and optimistic locking so that two people
// saving the same SMOUT never silently overwrite each other.

#include "model/Result.h"
#include "model/SmoutDocument.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace smout::store {

enum class SmoutStatus { Draft, WithCounsel, Submitted, UnderReview, AdjudicatedMet, AdjudicatedNotMet };
QString statusCode(SmoutStatus s);
std::optional<SmoutStatus> statusFromCode(const QString &code);
QString statusName(SmoutStatus s);

struct InventoryEntry {
    QString id, component, category, title;
    SmoutStatus status = SmoutStatus::Draft;
    int revision = 0;
    QDateTime updated;
    QDate rereviewDue; // invalid unless adjudicated met
};

struct RevisionInfo {
    int revision = 0;
    QString author, role;
    QDateTime saved;
};

struct AuditEntry {
    QDateTime at;
    QString who, role, action, detail;
};

struct SignatureSeen {
    QString signer, role, time;
    bool valid = false;
};

struct StoredSmout {
    SmoutDocument document;
    InventoryEntry entry;
    int revision = 0;
};

struct ListFilter {
    std::optional<SmoutStatus> status;
    std::optional<int> dueWithinDays; // due for re-review within N days, overdue included
    QString search;                  // words found in id, component, title, contacts, systems, authorities
    QDate today = QDate::currentDate();
};

// What a save did: the new revision, or that someone else saved first.
struct SaveOutcome {
    int revision = 0;
    bool conflict = false;
    int currentRevision = 0; // when conflict: the revision in the store
};

class InventoryStore {
public:
    ~InventoryStore();
    // `location`: empty for the default SQLite file, a file path, or
    // postgresql://user[:password]@host[:port]/dbname. Runs the schema migrations.
    static Result<std::unique_ptr<InventoryStore>> open(const QString &location);
    static QString defaultLocation();
    static constexpr int SchemaVersion = 2;

    // Saves `doc` as a new revision if the stored one is still `expectedRevision` (0 for a
    // SMOUT not stored yet); otherwise reports the conflict and writes nothing.
    Result<SaveOutcome> save(const SmoutDocument &doc, const QString &who, Role role, int expectedRevision,
                             const QString &action = {});
    // Saves many documents in one transaction each batch (import); returns how many were stored.
    Result<int> importDocuments(const QList<SmoutDocument> &docs, const QString &who, Role role);

    Result<QList<InventoryEntry>> list(const ListFilter &filter = {}) const;
    Result<StoredSmout> load(const QString &id, std::optional<int> revision = std::nullopt) const;
    Result<QList<RevisionInfo>> revisions(const QString &id) const;
    Result<QList<AuditEntry>> auditLog(const QString &id) const;
    Status audit(const QString &id, const QString &who, Role role, const QString &action, const QString &detail = {});
    Status recordSignatures(const QString &id, const QList<SignatureSeen> &signatures);
    Result<QList<SignatureSeen>> signatures(const QString &id) const;
    // PRAGMA integrity_check on SQLite; a plain query on PostgreSQL.
    Status checkIntegrity() const;
    int schemaVersion() const;

private:
    struct Private;
    explicit InventoryStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace smout::store
