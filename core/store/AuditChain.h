#pragma once

// The PostgreSQL audit trail as a hash chain. A trigger gives every new audit row the
// database user (session_user), the server's time, its place in the chain and a SHA-256
// over its contents and the previous row's hash; each link (place and hash) is also kept in
// smout_audit_links, so that removing the newest rows is seen too.
// `smout db check` recomputes the chain from the rows and names the first broken link.

#include "StoreError.h"
#include "model/Result.h"

#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace smout::store {

// Schema version 6 on PostgreSQL: the chain's columns, its trigger, and the chain over the
// rows already there (oldest first). `schema`: the inventory's schema, quoted.
QStringList auditChainMigration(const QString &schema);

// The hash of one audit row as the trigger computes it: SHA-256 (hex) of each field's UTF-8
// length, a colon and the field, joined by commas.
QString auditRowHash(const QStringList &fields);

// The first broken link, or nothing when the chain is whole. Needs every audit row: run by
// the owner, the Privacy Office or an auditor.
struct ChainBreak {
    qint64 row = 0; // the audit row's id (0: the head)
    QString smoutId, message;
};
Result<std::optional<ChainBreak>> verifyAuditChain(const QSqlDatabase &db);

} // namespace smout::store
