#include "StoreError.h"

#include "InventoryLocation.h"
#include "InventorySecurity.h"
#include "PostgresClient.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <chrono>
#include <thread>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {

struct StoreErrorText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::StoreError)
};

// SQLite primary result codes (the low byte of an extended code).
enum SqliteCode { Corrupt = 11, Busy = 5, Locked = 6, NoMem = 7, ReadOnly = 8, IoErr = 10, Full = 13, CantOpen = 14,
                  Constraint = 19, NotADb = 26, Perm = 3, Auth = 23 };

QString sqliteMessage(int code)
{
    switch (code & 0xff) {
    case Busy:
    case Locked:
        return StoreErrorText::tr("the inventory database is locked by another program that is writing to it; try again in a moment");
    case ReadOnly:
    case Perm:
        return StoreErrorText::tr("the inventory database is read-only (file permissions, a read-only folder or medium, or a "
                                  "leftover -shm file owned by someone else); ask for write access or choose another inventory");
    case CantOpen:
        return StoreErrorText::tr("the inventory file cannot be opened (check that its folder exists and is readable)");
    case Corrupt:
        return StoreErrorText::tr("the inventory database is damaged; run 'smout db check' to see which SMOUTs are affected");
    case NotADb:
        return StoreErrorText::tr("the file is not a SQLite database (or is encrypted or damaged)");
    case Full:
        return StoreErrorText::tr("the disk holding the inventory is full");
    case IoErr:
        return StoreErrorText::tr("the inventory file cannot be read or written (input/output error)");
    case NoMem:
        return StoreErrorText::tr("there is not enough memory for the inventory database");
    case Constraint:
        return StoreErrorText::tr("the inventory refused a change that would break its consistency");
    case Auth:
        return StoreErrorText::tr("access to the inventory database was refused");
    default: return {};
    }
}

QString postgresMessage(const QString &state)
{
    if (state == u"28P01")
        return StoreErrorText::tr("the server refused the password (set it in ~/.pgpass or PGPASSWORD)");
    if (state == u"28000")
        return StoreErrorText::tr("the server does not let this user in: the role does not exist or pg_hba.conf allows no such connection");
    if (state == u"3D000")
        return StoreErrorText::tr("the server has no such database");
    if (state == u"42501")
        return StoreErrorText::tr("the database user lacks a permission the inventory needs");
    if (state == u"25006")
        return StoreErrorText::tr("the server accepts only reads here (a read-only transaction or a standby server)");
    if (state == u"53300")
        return StoreErrorText::tr("the server has too many connections; try again in a moment");
    if (state == u"57P03")
        return StoreErrorText::tr("the server is starting up or shutting down; try again in a moment");
    if (state == u"57014" || state == u"55P03")
        return StoreErrorText::tr("the server gave up waiting for a lock held by another client; try again in a moment");
    if (state == u"40P01" || state == u"40001")
        return StoreErrorText::tr("the server stopped this change to resolve a conflict with another client's; try again");
    if (state == u"23505")
        return StoreErrorText::tr("another client stored the same record at the same moment");
    if (state.startsWith(u"53"))
        return StoreErrorText::tr("the server ran out of a resource (disk, memory or connections)");
    if (state.startsWith(u"08") || state.startsWith(u"57P"))
        return StoreErrorText::tr("the connection to the inventory server was lost; your unsaved work is kept");
    if (state.startsWith(u"XX"))
        return StoreErrorText::tr("the inventory server reports internal damage; ask its administrator");
    return {};
}

// The server's own sentence, without the severity and SQLSTATE the driver wraps around it.
QString serverText(const QSqlError &error)
{
    static const QRegularExpression wrapping(u"^(ERROR|FATAL):\\s*|\\s*\\([0-9A-Z]{5}\\)$"_s);
    return error.databaseText().simplified().remove(wrapping);
}

QString withDetail(const QString &message, const QString &detail)
{
    const QString text = detail.simplified();
    if (message.isEmpty())
        return text.isEmpty() ? StoreErrorText::tr("the database reported an error without a description") : text;
    return text.isEmpty() ? message : StoreErrorText::tr("%1 (%2)").arg(message, text);
}

} // namespace

QString describeSqlError(const QSqlError &error, Driver driver)
{
    const QString code = error.nativeErrorCode();
    if (driver == Driver::Sqlite) {
        bool numeric = false;
        const int number = code.toInt(&numeric);
        return withDetail(numeric ? sqliteMessage(number) : QString(), error.text());
    }
    // The server's rules (grants, row-level security, the inventory's triggers) said no.
    if (isPermissionDenied(error, driver))
        return refusalMessage(StoreErrorText::tr("your database user may not do this in the inventory: %1").arg(serverText(error)));
    QString message = postgresMessage(code);
    if (message.isEmpty() && code.isEmpty() && error.type() == QSqlError::ConnectionError)
        message = StoreErrorText::tr("the connection to the inventory server failed; your unsaved work is kept");
    return withDetail(message, error.text());
}

bool isUniqueViolation(const QSqlError &error, Driver driver)
{
    // SQLITE_CONSTRAINT_PRIMARYKEY (1555) and SQLITE_CONSTRAINT_UNIQUE (2067).
    const QString code = error.nativeErrorCode();
    return driver == Driver::Postgres ? code == u"23505" : (code == u"1555" || code == u"2067");
}

bool isPermissionDenied(const QSqlError &error, Driver driver)
{
    return driver == Driver::Postgres && error.nativeErrorCode() == u"42501";
}

bool isRetryable(const QSqlError &error, Driver driver)
{
    const QString code = error.nativeErrorCode();
    if (driver == Driver::Postgres)
        return code == u"23505" || code == u"40P01" || code == u"40001";
    return false;
}

QString describeConnectionFailure(const InventoryLocation &location, const QString &qtText)
{
    QStringList keys, values;
    const auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            keys << QString::fromLatin1(key);
            values << value;
        }
    };
    add("host", location.host);
    add("port", location.port > 0 ? QString::number(location.port) : QString());
    add("dbname", location.database);
    add("user", location.user);
    int timeoutSeconds = 0;
    for (const auto &[k, v] : location.options) {
        add(k.toLatin1().constData(), v);
        if (k == u"connect_timeout")
            timeoutSeconds = v.toInt();
    }
    if (timeoutSeconds <= 0) {
        timeoutSeconds = 5;
        add("connect_timeout", u"5"_s);
    }
    // A server that did not answer in time would only make the user wait as long again.
    if (qtText.contains(u"timeout expired"_s))
        return withDetail(StoreErrorText::tr("the inventory server did not answer within %n second(s) (is the host, port and "
                                             "network right? your unsaved work is kept)",
                                             nullptr, timeoutSeconds),
                          qtText);
    QList<QByteArray> keyBytes, valueBytes;
    std::vector<const char *> keyPtrs, valuePtrs;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        keyBytes << keys[i].toUtf8();
        valueBytes << values[i].toUtf8();
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        keyPtrs.push_back(keyBytes[i].constData());
        valuePtrs.push_back(valueBytes[i].constData());
    }
    keyPtrs.push_back(nullptr);
    valuePtrs.push_back(nullptr);
    const PostgresClient *pq = postgresClient();
    PGconn *conn = pq ? pq->connectStartParams(keyPtrs.data(), valuePtrs.data(), 0) : nullptr;
    if (!conn)
        return withDetail(StoreErrorText::tr("the connection to the inventory server failed"), qtText);
    // Verbose errors carry the SQLSTATE the server sent ("FATAL:  28P01: …").
    pq->setErrorVerbosity(conn, PQERRORS_VERBOSE);
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    while (pq->status(conn) != CONNECTION_BAD && status != PGRES_POLLING_OK && status != PGRES_POLLING_FAILED
           && std::chrono::steady_clock::now() < deadline) {
        status = pq->connectPoll(conn);
        if (status == PGRES_POLLING_READING || status == PGRES_POLLING_WRITING)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    const QString libpqText = QString::fromUtf8(pq->errorMessage(conn)).trimmed();
    const bool connected = pq->status(conn) == CONNECTION_OK;
    pq->finish(conn);
    if (connected)
        return withDetail(StoreErrorText::tr("the connection to the inventory server failed"), qtText);
    // The first five-character code with a digit (the severity before it, "FATAL", has none).
    static const QRegularExpression sqlState(u"\\b([0-9A-Z]{5}):\\s"_s);
    QString state;
    for (auto it = sqlState.globalMatch(libpqText); it.hasNext() && state.isEmpty();) {
        const QString code = it.next().captured(1);
        if (code.contains(QRegularExpression(u"[0-9]"_s)))
            state = code;
    }
    QString message = postgresMessage(state);
    if (message.isEmpty())
        message = state.isEmpty() ? StoreErrorText::tr("the inventory server cannot be reached (is the host, port and network right? "
                                                       "your unsaved work is kept)")
                                  : StoreErrorText::tr("the server refused the connection");
    // The verbose text repeats the source location of the error; the first line is enough.
    QString detail = libpqText.section(u'\n', 0, 0);
    detail.remove(QRegularExpression(u"\\s*LOCATION:.*$"_s));
    return withDetail(message, detail);
}

} // namespace smout::store
