#pragma once

// What went wrong in the database, said plainly: SQLite result codes and PostgreSQL
// SQLSTATEs (QSqlError::nativeErrorCode) decide the message, never the English text of
// the error, which PostgreSQL translates. The server's or library's own text follows in
// parentheses for whoever has to fix it.

#include <QSqlError>
#include <QString>

namespace smout::store {

struct InventoryLocation;

enum class Driver { Sqlite, Postgres };

QString describeSqlError(const QSqlError &error, Driver driver);
// True for errors after which the same statement may succeed when tried again
// (a unique key taken by a concurrent writer, a deadlock, a serialization failure).
bool isRetryable(const QSqlError &error, Driver driver);
bool isUniqueViolation(const QSqlError &error, Driver driver);
// A refusal by PostgreSQL's grants, row-level security or the inventory's triggers (42501).
bool isPermissionDenied(const QSqlError &error, Driver driver);

// Why a PostgreSQL connection fails. Qt's driver drops the SQLSTATE of a failed
// connection, so this connects once more through libpq with verbose errors to read it.
QString describeConnectionFailure(const InventoryLocation &location, const QString &qtText);

} // namespace smout::store
