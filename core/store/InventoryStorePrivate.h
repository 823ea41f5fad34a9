#pragma once

// What an open InventoryStore holds: its connection, its driver, and the statements it
// prepares once per connection (PostgreSQL otherwise prepares and deallocates each
// statement for every document).

#include "InventoryStore.h"
#include "StoreError.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSqlQuery>

namespace smout::store {

struct InventoryStore::Private {
    QString connection;
    Driver driver = Driver::Sqlite;
    QString display; // the location as shown to the user

    struct Statements {
        QSqlQuery current, byChecksum, previousDocument, insertRequestAudit;
        // SQLite: one statement per table (in-process, cheap).
        QSqlQuery insertDocument, updateDocument, insertRevision, insertAudit, deleteWords, insertWords;
        // PostgreSQL: the document, its revision and audit row in one round trip.
        QSqlQuery writeNew, writeNext;
    };
    std::unique_ptr<Statements> statements;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    QString describe(const QSqlError &e) const { return describeSqlError(e, driver); }
    Status prepareStatements();
    // SQLite takes the write lock at the start, so two writers queue (busy timeout)
    // instead of failing when both try to upgrade a read lock.
    Status beginWrite();
    Status commit();
    void rollback();
    bool exec(const QString &sql, QSqlError *error = nullptr);

    struct Current {
        bool exists = false;
        int revision = 0;
        SmoutStatus status = SmoutStatus::Draft;
        QString checksum;
        bool hadRequests = false; // the stored revision has requests for additional information
        QString component;
    };
    Result<Current> current(const QString &id);
    // The current state of many SMOUTs in one query (absent ones are not in the map).
    Result<QHash<QString, Current>> currents(const QStringList &ids);
    // Writes revision current.revision + 1; false when another client's write came first.
    // The audit trail gains a row per request event since the stored revision (RequestChanges.h).
    Result<bool> writeRevision(const SmoutDocument &doc, const QString &text, const QString &checksum, const QString &who, Role role,
                               const Current &current, const QString &action, const SignedRoles &signedBy = {});
    // Why PostgreSQL refused to store a revision of `doc` (42501), as the user reads it.
    QString refusalOfWrite(const SmoutDocument &doc, const QSqlError &error) const;
    // The id of a new SMOUT is taken by one the user cannot see.
    static QString hiddenSmout(const QString &id);
    // The requests of the stored revision `current` (none when it has none).
    Result<QList<InformationRequest>> storedRequests(const QString &id, const Current &current);
};

} // namespace smout::store
