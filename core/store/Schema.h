#pragma once

// The versioned schema of the inventory: each migration takes the database from version
// N-1 to N inside a transaction.

#include "model/Result.h"

class QSqlDatabase;

namespace smout::store {

// Brings `db` to `targetVersion` (default: the current one).
Status migrate(QSqlDatabase &db, int targetVersion);
int currentSchemaVersion(const QSqlDatabase &db);

} // namespace smout::store
