#pragma once

// The inventory's own tables, and the migrations that take them from version N-1 to N.
// A database is used only when it is unmistakably ours (SQLite application_id, the
// smout_studio row naming the application, no table we did not create) or empty; anything
// else is refused untouched. Migrations run in one transaction under a lock (SQLite
// BEGIN IMMEDIATE, a PostgreSQL advisory lock), so clients opening a new database at the
// same moment wait for each other instead of racing.

#include "StoreError.h"
#include "model/Result.h"

class QSqlDatabase;

namespace smout::store {

inline constexpr int SqliteApplicationId = 0x534D4F55; // "SMOU"
inline constexpr int LatestSchemaVersion = 7;

Status prepareSchema(QSqlDatabase &db, Driver driver, int targetVersion = LatestSchemaVersion);
int currentSchemaVersion(const QSqlDatabase &db);
// Begins a transaction holding the lock that migrations hold.
Status beginSchemaChange(QSqlDatabase &db, Driver driver);

} // namespace smout::store
