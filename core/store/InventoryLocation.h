#pragma once

// Where an inventory lives, parsed strictly from what the user typed: a SQLite file path
// (or a file: URL), or postgresql://user@host:port/dbname?option=value. Anything else —
// another scheme, a typo of one, a bad port, an unknown option, a password in the URL — is
// refused with a message, so that a typo never silently opens or creates another inventory.

#include "model/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace smout::store {

struct InventoryLocation {
    enum class Kind { SqliteFile, Postgres };
    Kind kind = Kind::SqliteFile;
    QString path;     // SQLite
    bool readOnly = false;
    bool createFolder = false; // only for the default inventory in the user's data folder
    QString host, user, database;
    int port = -1;    // -1: libpq's default
    QList<QPair<QString, QString>> options; // libpq connection options, in the order given

    // What to show the user: the path, or the URL with its options.
    QString display() const;
    // The libpq options as one conninfo fragment, each value quoted.
    QString connectOptions() const;

    static Result<InventoryLocation> parse(const QString &text);
};

} // namespace smout::store
