#pragma once

// Inventories for the store tests on both drivers: a new SQLite file, or a new database on
// the throwaway PostgreSQL server of tests/store/with-postgres.sh (SMOUT_TEST_PG_URL), and
// raw SQL on either to set up what a test needs behind the store's back.

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace store_test {

using namespace Qt::StringLiterals;

inline QString serverUrl()
{
    return qEnvironmentVariable("SMOUT_TEST_PG_URL");
}

// The same server, another database.
inline QString urlOfDatabase(const QString &name)
{
    QUrl url(serverUrl());
    url.setPath(u'/' + name);
    return url.toString();
}

// Runs `sql` on a database of the test server or on a SQLite file; returns the first
// column of every row, or the error text prefixed by "ERROR:".
inline QStringList runSql(const QString &location, const QStringList &statements)
{
    const QString name = u"store-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList rows;
    {
        const bool postgres = location.startsWith(u"postgresql://"_s);
        QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, name);
        if (postgres) {
            const QUrl url(location);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(location);
        }
        if (!db.open()) {
            rows << u"ERROR:"_s + db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    rows << u"ERROR:"_s + q.lastError().text();
                    break;
                }
                while (q.isSelect() && q.next())
                    rows << q.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// A new, empty database on the test server; empty when there is no server.
inline QString newPostgresDatabase()
{
    if (serverUrl().isEmpty())
        return {};
    const QString name = u"smout_t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QStringList r = runSql(serverUrl(), {u"CREATE DATABASE "_s + name});
    if (!r.isEmpty())
        qWarning("%s", qPrintable(r.join(u' ')));
    return urlOfDatabase(name);
}

// pg_dump of a database, to show that nothing in it changed.
inline QByteArray dumpPostgres(const QString &location)
{
    const QUrl url(location);
    QString bin;
    for (const QString &v : {u"17"_s, u"16"_s, u"15"_s, u"14"_s, u"13"_s})
        if (QFile::exists(u"/usr/lib/postgresql/%1/bin/pg_dump"_s.arg(v))) {
            bin = u"/usr/lib/postgresql/%1/bin/pg_dump"_s.arg(v);
            break;
        }
    QProcess p;
    p.start(bin, {u"-h"_s, url.host(), u"-p"_s, QString::number(url.port()), u"-U"_s, url.userName(), u"--no-owner"_s, url.path().mid(1)});
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        return QByteArray("pg_dump failed: ") + p.readAllStandardError();
    // pg_dump marks each dump with a random \\restrict key; the rest is the database.
    QByteArrayList lines = p.readAllStandardOutput().split('\n');
    lines.removeIf([](const QByteArray &l) { return l.startsWith("\\restrict") || l.startsWith("\\unrestrict"); });
    return lines.join('\n');
}

// The two drivers every store suite runs on, as the global data rows "sqlite" and "postgresql".
inline void addDriverRows()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

// A new empty location on the driver of the current row: a SQLite file in `dir`, or a new
// PostgreSQL database; empty when no test server runs.
inline QString freshLocation(const QTemporaryDir &dir)
{
    QFETCH_GLOBAL(QString, driver);
    if (driver == u"sqlite")
        return dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".sqlite"_s);
    return newPostgresDatabase();
}

} // namespace store_test

// `location`: a new empty location on the current row's driver; the row is skipped without a
// PostgreSQL server.
#define FRESH(location)                                                                              \
    const QString location = store_test::freshLocation(dir);                                         \
    if (location.isEmpty())                                                                          \
        QSKIP("PostgreSQL variant: SMOUT_TEST_PG_URL is not set (run under tests/store/with-postgres.sh)");
