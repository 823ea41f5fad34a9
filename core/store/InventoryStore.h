#pragma once

// The SMOUT inventory over Qt SQL, one schema for SQLite (the default, a file in the user's
// data folder, WAL mode) and PostgreSQL (a shared office inventory): every saved revision,
// signatures seen, an append-only audit log, and optimistic locking so that two people
// saving the same SMOUT never silently overwrite each other.

#include "InventorySecurity.h"
#include "model/Codes.h"
#include "model/Result.h"
#include "model/SmoutDocument.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace smout::store {

// Returned: a request for additional information is open on the stored revision (the SMOUT
// is back with the program office). Resubmitted: after a return, every request answered
// and the author signed again (the stored revision came from an author-signed PDF).
enum class SmoutStatus { Draft, WithCounsel, Submitted, UnderReview, AdjudicatedMet, AdjudicatedNotMet, Returned, Resubmitted };
// Every status, in the order of the lifecycle.
QList<SmoutStatus> allStatuses();
QString statusCode(SmoutStatus s);
std::optional<SmoutStatus> statusFromCode(const QString &code);
QString statusName(SmoutStatus s);

} // namespace smout::store

namespace smout {
// In the order of the lifecycle.
SMOUT_CODES(store::SmoutStatus, 8, {store::SmoutStatus::Draft, "draft"_L1},
            {store::SmoutStatus::WithCounsel, "with_counsel"_L1}, {store::SmoutStatus::Submitted, "submitted"_L1},
            {store::SmoutStatus::UnderReview, "under_review"_L1}, {store::SmoutStatus::Returned, "returned"_L1},
            {store::SmoutStatus::Resubmitted, "resubmitted"_L1},
            {store::SmoutStatus::AdjudicatedMet, "adjudicated_met"_L1},
            {store::SmoutStatus::AdjudicatedNotMet, "adjudicated_not_met"_L1})
} // namespace smout

namespace smout::store {

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

// Saves and imports write "created", "edited" or "imported"; each request for additional
// information asked, answered, closed (and reworded, reopened…) since the previous stored
// revision adds a row "request_<change>" (RequestChanges.h codes) naming the person who
// did it, their role, the request, its field and the date they gave.
struct AuditEntry {
    QDateTime at;
    QString who, role, action, detail;
    // Who entered the row as the system knows them: the PostgreSQL session user, or the OS
    // login on SQLite (empty for rows from before schema 7 on SQLite, 6 on PostgreSQL). `who` is the name as typed.
    QString enteredBy;
};
// A SMOUT id as the inventory compares it: lower case, without braces.
QString canonicalSmoutId(const QString &id);
// Why `id` may not be stored as it is written, naming it; empty when it is canonical.
QString nonCanonicalIdProblem(const QString &id);

// "Marcus Oyelaran (typed; entered by login jdoe)"; `who` alone when the login is not known.
QString attributionOf(const AuditEntry &entry);

// A certificate the inventory lets act in a role (`smout db roles`).
struct StoredRoleGrant {
    Role role = Role::Author;
    QString certificate; // SHA-256 fingerprint, lower-case hex
    QString subject;     // the certificate's subject DN, to show
    QString component;   // empty: every component
};
// The action as people read it ("request answered"); unknown actions as they are.
QString auditActionName(const QString &action);

struct SignatureSeen {
    QString signer, role, time;
    bool valid = false;
};

struct StoredSmout {
    SmoutDocument document;
    InventoryEntry entry;
    int revision = 0;
    bool writable = true; // the user may store revisions of it (InventoryAccess)
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

// What importing one document did.
enum class ImportStatus { Imported, Unchanged, Conflict, Failed };
QString importStatusCode(ImportStatus s); // imported, unchanged, conflict, failed

} // namespace smout::store

namespace smout {
SMOUT_CODES(store::ImportStatus, 4, {store::ImportStatus::Imported, "imported"_L1},
            {store::ImportStatus::Unchanged, "unchanged"_L1}, {store::ImportStatus::Conflict, "conflict"_L1},
            {store::ImportStatus::Failed, "failed"_L1})
} // namespace smout

namespace smout::store {

// The roles whose signatures on a revision hold up: valid, trusted, nothing changed after
// signing, and listed in the role registry where there is one. The signing layer finds them
// (signing/SignedRoles.h); the inventory believes nothing else about signatures.
struct SignedRoles {
    bool author = false, counsel = false;
    bool reviewer = false; // on an adjudication whose embedded submission holds up too
    // Who signed, as their verified certificates name them ("counsel: CN=…, SHA-256 …"): the
    // audit row of the stored revision records them.
    QStringList signers{};
};

struct ImportItem {
    SmoutDocument document;
    // The stored revision the file was edited from, when the user knows it; without it, a
    // file for a SMOUT already stored is imported only when identical to a revision.
    std::optional<int> baseRevision;
    // Whose signatures on the file hold up: an author's makes the revision a submission (after
    // a return, the resubmission), counsel's a certified one, the reviewer's the adjudication.
    SignedRoles signedBy;
};

struct ImportLine {
    QString id;
    ImportStatus status = ImportStatus::Failed;
    int revision = 0; // imported: the new revision; unchanged or conflict: the stored one
    QString reason;   // conflict and failed: why; imported: what the status does not believe ("determination not signed")
};

struct ImportReport {
    QList<ImportLine> lines; // in the order of the items given
    int count(ImportStatus s) const;
};

// What `db check` found: each problem names the SMOUT and revision it affects.
struct CheckProblem {
    QString smoutId;
    int revision = 0; // 0: the SMOUT as a whole
    QString message;
};

struct CheckReport {
    int smouts = 0, revisions = 0;
    QStringList storage; // SQLite integrity_check findings
    QList<CheckProblem> problems;
    // PostgreSQL: the audit trail's hash chain. Its first broken link (empty: whole), its head
    // ("position:hash", to note down elsewhere), or why it was not checked.
    QString chainBreak, chainHead, chainUnchecked;
    bool ok() const { return storage.isEmpty() && problems.isEmpty() && chainBreak.isEmpty(); }
};

struct InventoryLocation;
class AccessRequests;

// A store holds its own uniquely named Qt SQL connection, which belongs to the thread that
// opened it: open, use and destroy a store in one thread; other threads open their own.
class InventoryStore {
public:
    ~InventoryStore();
    // `location`: empty for the default SQLite file, a file path (or file: URL), or
    // postgresql://user@host[:port]/dbname[?libpq options] (see InventoryLocation). Refuses a
    // database holding tables it did not create; runs the schema migrations.
    static Result<std::unique_ptr<InventoryStore>> open(const QString &location);
    // The one default for the window and the CLI ($SMOUT_DATABASE, else "SMOUT Studio/
    // inventory.sqlite" in the user's data folder), whatever the application's name.
    static QString defaultLocation();
    // The defaults of earlier versions, which depended on the application's name (the window's
    // and the CLI's differed): those that exist as files, to be offered for moving.
    static QStringList earlierDefaultLocations();
    static constexpr int SchemaVersion = 7;

    // Saves `doc` as a new revision if the stored one is still `expectedRevision` (0 for a
    // SMOUT not stored yet); otherwise reports the conflict and writes nothing.
    // A determination counts only with `signedBy.reviewer`: otherwise the SMOUT is a draft.
    Result<SaveOutcome> save(const SmoutDocument &doc, const QString &who, Role role, int expectedRevision,
                             const QString &action = {}, const SignedRoles &signedBy = {});
    // Imports many documents, a batch per transaction with a savepoint per document, under
    // the same optimistic lock as save(): a document identical to the stored one adds
    // nothing, one that would overwrite a newer revision is a conflict and is skipped.
    // Fails as a whole only when the inventory cannot be written at all.
    Result<ImportReport> importDocuments(const QList<ImportItem> &items, const QString &who, Role role,
                                         const std::function<void(qsizetype done, qsizetype total)> &progress = {});
    Result<ImportReport> importDocuments(const QList<SmoutDocument> &docs, const QString &who, Role role);

    Result<QList<InventoryEntry>> list(const ListFilter &filter = {}) const;
    // Verifies the revision's checksum: a document changed outside SMOUT Studio is an error.
    Result<StoredSmout> load(const QString &id, std::optional<int> revision = std::nullopt) const;
    Result<QList<RevisionInfo>> revisions(const QString &id) const;
    Result<QList<AuditEntry>> auditLog(const QString &id) const;
    Status audit(const QString &id, const QString &who, Role role, const QString &action, const QString &detail = {});
    Status recordSignatures(const QString &id, const QList<SignatureSeen> &signatures);
    // The role registry: listed, granted (false when already granted) and revoked (false when
    // not granted); each change is an audit row.
    Result<QList<StoredRoleGrant>> roleGrants() const;
    Result<bool> grantRole(const StoredRoleGrant &grant, const QString &who);
    Result<bool> revokeRole(const StoredRoleGrant &grant, const QString &who);
    // The audit rows of the role registry.
    Result<QList<AuditEntry>> roleAuditLog() const;
    // The program office sends the draft to counsel, who answers 2a in it before anyone signs:
    // the SMOUT's status becomes "with counsel" and an audit row "sent_to_counsel" names the
    // revision sent. Refused unless `revision` is the latest and the SMOUT is a draft (or was
    // returned, or is with counsel already).
    Status sendToCounsel(const QString &id, int revision, const QString &who);
    Result<QList<SignatureSeen>> signatures(const QString &id) const;
    // Every revision read and checked against its checksum, the revision sequence of each
    // SMOUT, an audit row per revision, and SQLite's integrity_check.
    Result<CheckReport> check() const;
    // check(), as one message naming the first problems.
    Status checkIntegrity() const;
    int schemaVersion() const;

    // PostgreSQL roles and rules (InventorySecurity.h): `db setup`, `grant`, `revoke`, `who`,
    // and what the connected user may do.
    Status setUpSecurity();
    Status grant(const QString &login, InventoryRole role, const QStringList &components);
    // Without a role: every role of the login; without components: every component of the role.
    Status revoke(const QString &login, std::optional<InventoryRole> role, const QStringList &components);
    Result<QList<Membership>> memberships() const;
    Result<InventoryAccess> access() const;

private:
    Result<CheckReport> checkIn(const QSqlDatabase &db) const;
    void checkAuditChain(CheckReport &report) const;
    Status changeMembership(const QString &login, InventoryRole role, const QStringList &components, bool add);
    friend class AccessRequests;
    struct Private;
    explicit InventoryStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace smout::store
