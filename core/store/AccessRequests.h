#pragma once

// Access requests kept in the inventory (same database, both drivers, audit log): who asks
// for which access mode under which SMOUT, the Privacy Office's determination with its
// reasons, the supervisor's approval at the level the mode needs, and implementation.
// When a SMOUT changes (a new determination, or its re-review falls due), every request
// relying on it is decided again; a changed determination is flagged and audited.

#include "AccessDecision.h"

namespace smout::store {

struct AccessRequest {
    int id = 0;
    QString employee, office, phone, email, supervisor;
    AccessFacts facts;
    QDateTime created;
    // The Privacy Office's determination, as last decided.
    AccessDecision decision;
    QString decidedBy;
    QDateTime decidedAt;
    bool flagged = false; // the determination changed because its SMOUT did: to be looked at
    // The supervisor's decision.
    QString approver;
    std::optional<ApproverLevel> approverLevel;
    QDateTime approvedAt;
    std::optional<QDate> implementedOn;
    QString implementationReference;
};

struct AccessFilter {
    std::optional<AccessDetermination> determination;
    QString smoutId;
    std::optional<AccessMode> mode;
};

// A supervisor approval that the procedure does not allow.
struct ApprovalOutcome {
    bool refused = false;
    QString why;
};

class AccessRequests {
public:
    explicit AccessRequests(InventoryStore &store) : m_store(store) {}

    // What a request lacks of what the SOP's application must include (the employee's name,
    // location and supervisor, the SMOUT and a business justification), as a sentence.
    static Status complete(const AccessRequest &request);
    // Stores the request with its first determination; returns its id.
    Result<int> add(const AccessRequest &request, QDate today, const QString &who);
    Result<AccessRequest> get(int id) const;
    // Decides again from the inventory as it is `today`, stores it and clears the flag.
    Result<AccessRequest> decide(int id, QDate today, const QString &who);
    Result<ApprovalOutcome> approve(int id, const QString &approver, ApproverLevel level, QDate today, const QString &who);
    // Who is connected, as the system knows it (never a typed name): the database's session
    // user for PostgreSQL, the system login for a personal SQLite file.
    Result<QString> actingUser() const;
    // approve() with the acting user as the approver.
    Result<ApprovalOutcome> approveAsActingUser(int id, ApproverLevel level, QDate today, const QString &who);
    Status recordImplementation(int id, QDate on, const QString &reference, const QString &who);
    Result<QList<AccessRequest>> list(const AccessFilter &filter = {}) const;
    // Decides every request again (after a SMOUT changed, or as days pass); flags and audits
    // each whose determination changed. Returns how many changed.
    Result<int> redecide(QDate today, const QString &who, const QString &smoutId = {});

private:
    Result<std::optional<SmoutFacts>> factsOf(const QString &smoutId) const;
    // decide() inside the caller's transaction.
    Result<AccessRequest> decideWithin(int id, QDate today, const QString &who);
    Result<ApprovalOutcome> approveWithin(int id, const QString &approver, ApproverLevel level, QDate today, const QString &who);
    Result<int> redecideWithin(QDate today, const QString &who, const QString &smoutId);
    // Runs `write` in one transaction: committed when it succeeds, rolled back otherwise.
    template <typename T, typename Write>
    Result<T> inTransaction(Write write);
    Status store(const AccessRequest &request, bool flagged);
    InventoryStore &m_store;
};

} // namespace smout::store
