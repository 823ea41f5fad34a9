#include "InventoryStore.h"

#include "AccessRequests.h"
#include "InventoryLocation.h"
#include "InventoryStorePrivate.h"
#include "Schema.h"
#include "SearchText.h"
#include "StoredColumns.h"
#include "UserName.h"
#include "diff/RequestChanges.h"
#include "model/Rereview.h"
#include "io/SmoutJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {

struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::InventoryStore)
};

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Whether a stored revision (r.document) has requests, without reading it out: the writer
// puts the "requests" key only in a document that has some, and a string containing the
// word in quotes is escaped (\"requests\"), so the key alone matches.
const QString HasRequests = u"CASE WHEN r.document LIKE '%\"requests\"%' THEN 1 ELSE 0 END"_s;

// The audit row of one request event: who did it, in which role, on which date they gave.
struct RequestAuditRow {
    QString who, role, action, detail;
};

RequestAuditRow requestAuditRow(const RequestChange &c, const QString &storer, Role storerRole)
{
    const InformationRequest &r = c.after ? *c.after : *c.before;
    QString who = r.by, role = QString(codeOf(r.role));
    OptionalDate date = r.date;
    switch (c.kind) {
    case RequestChangeKind::Answered:
    case RequestChangeKind::AnswerChanged:
        who = r.answer ? r.answer->by : storer;
        role = QString(codeOf(Role::Author));
        date = r.answer ? r.answer->date : std::nullopt;
        break;
    case RequestChangeKind::Closed:
        who = r.closed ? r.closed->by : storer;
        date = r.closed ? r.closed->date : std::nullopt;
        break;
    case RequestChangeKind::Reopened:
    case RequestChangeKind::Edited:
    case RequestChangeKind::Removed:
        // Nobody's name in the document says who did this: the person who stored it.
        who = storer;
        role = QString(codeOf(storerRole));
        date = std::nullopt;
        break;
    case RequestChangeKind::Added:
    case RequestChangeKind::TextChanged:
    case RequestChangeKind::PathChanged: break;
    }
    const QString field = r.path.isEmpty() ? StoreText::tr("the whole document") : r.path;
    const QString detail = date ? StoreText::tr("%1 about %2, dated %3").arg(r.id, field, date->toString(Qt::ISODate))
                                : StoreText::tr("%1 about %2").arg(r.id, field);
    return {who.isNull() ? u""_s : who, role, u"request_"_s + requestChangeCode(c.kind), detail};
}

// A row of `SELECT id, component, category, title, status, revision, updated_at, rereview_due`.
InventoryEntry entryFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            statusFromCode(q.value(4).toString()).value_or(SmoutStatus::Draft), q.value(5).toInt(),
            QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs), QDate::fromString(q.value(7).toString(), Qt::ISODate)};
}


} // namespace

QString InventoryStore::Private::refusalOfWrite(const SmoutDocument &doc, const QSqlError &error) const
{
    // The review guard's refusal names the review section (its text is the inventory's own).
    if (error.databaseText().contains(u"review section"_s))
        return refusalMessage(StoreText::tr("only the DHS Privacy Office may change the review section of SMOUT %1").arg(doc.id));
    if (doc.summary.component.isEmpty())
        return refusalMessage(StoreText::tr("you may not change SMOUT %1").arg(doc.id));
    return refusalMessage(StoreText::tr("you may not change %1's SMOUTs").arg(doc.summary.component));
}

QString InventoryStore::Private::hiddenSmout(const QString &id)
{
    return refusalMessage(StoreText::tr("SMOUT %1 is stored for a component you may not see").arg(id));
}

QString statusCode(SmoutStatus s)
{
    return codeOf(s);
}

QList<SmoutStatus> allStatuses()
{
    const auto all = allOf<SmoutStatus>();
    return {all.begin(), all.end()};
}

std::optional<SmoutStatus> statusFromCode(const QString &code)
{
    return fromCode<SmoutStatus>(code);
}

QString statusName(SmoutStatus s)
{
    switch (s) {
    case SmoutStatus::Draft: return StoreText::tr("draft");
    case SmoutStatus::WithCounsel: return StoreText::tr("with counsel");
    case SmoutStatus::Submitted: return StoreText::tr("submitted");
    case SmoutStatus::UnderReview: return StoreText::tr("under review");
    case SmoutStatus::AdjudicatedMet: return StoreText::tr("adjudicated: met");
    case SmoutStatus::AdjudicatedNotMet: return StoreText::tr("adjudicated: not met");
    case SmoutStatus::Returned: return StoreText::tr("returned for information");
    case SmoutStatus::Resubmitted: return StoreText::tr("resubmitted");
    }
    return {};
}

QString auditActionName(const QString &action)
{
    if (action == u"created")
        return StoreText::tr("created");
    if (action == u"edited")
        return StoreText::tr("edited");
    if (action == u"imported")
        return StoreText::tr("imported");
    if (action == u"role_granted")
        return StoreText::tr("role granted");
    if (action == u"role_revoked")
        return StoreText::tr("role revoked");
    if (action == u"sent_to_counsel")
        return StoreText::tr("sent to counsel");
    if (action.startsWith(u"request_"))
        if (const auto kind = requestChangeFromCode(action.mid(8)))
            return StoreText::tr("request %1").arg(requestChangeName(*kind));
    return action;
}

QString importStatusCode(ImportStatus s)
{
    return codeOf(s);
}

int ImportReport::count(ImportStatus s) const
{
    return int(std::count_if(lines.begin(), lines.end(), [s](const ImportLine &l) { return l.status == s; }));
}

bool InventoryStore::Private::exec(const QString &sql, QSqlError *error)
{
    QSqlQuery q(db());
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

Status InventoryStore::Private::beginWrite()
{
    QSqlError error;
    if (!exec(driver == Driver::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s, &error))
        return Error{describe(error)};
    return success();
}

Status InventoryStore::Private::commit()
{
    QSqlError error;
    if (!exec(u"COMMIT"_s, &error)) {
        rollback();
        return Error{describe(error)};
    }
    return success();
}

void InventoryStore::Private::rollback()
{
    exec(u"ROLLBACK"_s);
}

Status InventoryStore::Private::prepareStatements()
{
    if (statements)
        return success();
    auto s = std::make_unique<Statements>();
    const QSqlDatabase database = db();
    const bool sqlite = driver == Driver::Sqlite;
    const QString documentColumns = u"component, title, status, revision, updated_at, rereview_due, search_text, category, search_rowid, id"_s;
    const QString insertDocument = u"INSERT INTO smout_documents ("_s + documentColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    // Optimistic lock: only if nobody saved in between.
    const QString updateDocument = u"UPDATE smout_documents SET component = ?, title = ?, status = ?, revision = ?, updated_at = ?, "
                                   "rereview_due = ?, search_text = ?, category = ?, search_rowid = ? WHERE id = ? AND revision = ?"_s;
    const QString revisionColumns = u"smout_id, revision, document, sha256, author, role, saved_at"_s;
    const QString auditColumns = u"smout_id, who, role, at, action, detail, revision"_s;
    const QString pgTail = u" RETURNING id), rev AS (INSERT INTO smout_revisions ("_s + revisionColumns
        + u") SELECT id, ?, ?, ?, ?, ?, ? FROM doc RETURNING smout_id) INSERT INTO smout_audit_log ("_s + auditColumns
        + u") SELECT smout_id, ?, ?, ?, ?, ?, ? FROM rev"_s;
    const std::pair<QSqlQuery *, QString> all[] = {
        {&s->current, u"SELECT d.revision, d.status, r.sha256, d.id, "_s + HasRequests + u", d.component FROM smout_documents d JOIN smout_revisions r "
                      "ON r.smout_id = d.id AND r.revision = d.revision WHERE d.id = ?"_s},
        {&s->previousDocument, u"SELECT document FROM smout_revisions WHERE smout_id = ? AND revision = ?"_s},
        {&s->insertRequestAudit, u"INSERT INTO smout_audit_log ("_s + auditColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?)"_s},
        {&s->byChecksum, u"SELECT MAX(revision) FROM smout_revisions WHERE smout_id = ? AND sha256 = ?"_s},
        {&s->insertDocument, insertDocument},
        {&s->updateDocument, sqlite ? updateDocument : QString()},
        {&s->insertRevision, sqlite ? u"INSERT INTO smout_revisions ("_s + revisionColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?)"_s : QString()},
        {&s->insertAudit, sqlite ? u"INSERT INTO smout_audit_log ("_s + auditColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?)"_s : QString()},
        {&s->deleteWords, sqlite ? u"DELETE FROM smout_search WHERE rowid = (SELECT search_rowid FROM smout_documents WHERE id = ?)"_s : QString()},
        {&s->insertWords, sqlite ? u"INSERT INTO smout_search (id, words) VALUES (?, ?)"_s : QString()},
        {&s->writeNew, sqlite ? QString()
                              : u"WITH rev AS (INSERT INTO smout_revisions ("_s + revisionColumns
                                    + u") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING smout_id) INSERT INTO smout_audit_log ("_s + auditColumns
                                    + u") SELECT smout_id, ?, ?, ?, ?, ?, ? FROM rev"_s},
        {&s->writeNext, sqlite ? QString() : u"WITH doc AS ("_s + updateDocument + pgTail},
    };
    for (const auto &[query, sql] : all) {
        *query = QSqlQuery(database);
        if (!sql.isEmpty() && !query->prepare(sql))
            return Error{describe(query->lastError())};
    }
    statements = std::move(s);
    return success();
}

Result<InventoryStore::Private::Current> InventoryStore::Private::current(const QString &id)
{
    QSqlQuery &q = statements->current;
    q.addBindValue(id);
    if (!q.exec())
        return Error{describe(q.lastError())};
    Current c;
    if (q.next())
        c = {true, q.value(0).toInt(), statusFromCode(q.value(1).toString()).value_or(SmoutStatus::Draft), q.value(2).toString(),
             q.value(4).toInt() != 0, q.value(5).toString()};
    q.finish();
    return c;
}

Result<QHash<QString, InventoryStore::Private::Current>> InventoryStore::Private::currents(const QStringList &ids)
{
    QHash<QString, Current> out;
    if (ids.isEmpty())
        return out;
    QStringList marks(ids.size(), u"?"_s);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT d.revision, d.status, r.sha256, d.id, "_s + HasRequests + u", d.component FROM smout_documents d JOIN smout_revisions r "
              "ON r.smout_id = d.id AND r.revision = d.revision WHERE d.id IN ("_s + marks.join(u", "_s) + u')');
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return Error{describe(q.lastError())};
    while (q.next())
        out.insert(q.value(3).toString(),
                   {true, q.value(0).toInt(), statusFromCode(q.value(1).toString()).value_or(SmoutStatus::Draft), q.value(2).toString(),
                    q.value(4).toInt() != 0, q.value(5).toString()});
    return out;
}

Result<QList<InformationRequest>> InventoryStore::Private::storedRequests(const QString &id, const Current &current)
{
    if (!current.exists || !current.hadRequests)
        return QList<InformationRequest>();
    QSqlQuery &q = statements->previousDocument;
    q.addBindValue(id);
    q.addBindValue(current.revision);
    if (!q.exec())
        return Error{describe(q.lastError())};
    const QString text = q.next() ? q.value(0).toString() : QString();
    q.finish();
    // The audit trail is derived from it: a revision changed behind our back is not trusted.
    if (checksumOf(text) != current.checksum)
        return Error{StoreText::tr("revision %1 of SMOUT %2 does not match its checksum, so the requests answered since cannot be "
                                   "recorded; run 'smout db check'")
                         .arg(current.revision).arg(id)};
    auto doc = io::readSmout(text.toUtf8());
    if (!doc)
        return Error{StoreText::tr("revision %1 of %2 is damaged: %3").arg(current.revision).arg(id, doc.error())};
    return doc->requests;
}

Result<bool> InventoryStore::Private::writeRevision(const SmoutDocument &doc, const QString &text, const QString &checksum,
                                                    const QString &who, Role role, const Current &current, const QString &action,
                                                    const SignedRoles &signedBy)
{
    const auto before = storedRequests(doc.id, current);
    if (!before)
        return Error{before.error()};
    const QList<RequestChange> requestEvents = requestChanges(before.value(), doc.requests);
    const int next = current.revision + 1;
    const QString now = iso(QDateTime::currentDateTimeUtc());
    const SmoutStatus status = statusOf(doc, current.status, signedBy);
    // Only a signed determination sets a re-review date (a draft's would extend nothing).
    const QDate due = status == SmoutStatus::AdjudicatedMet ? rereviewDue(doc) : QDate();
    const QString searchText = searchTextOf(doc);
    // Text columns are NOT NULL: an absent value is stored as empty text.
    const QString category = doc.questions.q1Categories.isEmpty() ? u""_s : QString(codeOf(doc.questions.q1Categories.first()));
    const QString component = doc.summary.component.isNull() ? u""_s : doc.summary.component;
    const QString author = who.isNull() ? u""_s : who;
    const QString roleCode = QString(codeOf(role));
    QVariant wordsRow(QMetaType::fromType<qlonglong>());
    if (driver == Driver::Sqlite) {
        QSqlQuery &del = statements->deleteWords, &ins = statements->insertWords;
        if (current.exists) {
            del.addBindValue(doc.id);
            if (!del.exec())
                return Error{describe(del.lastError())};
        }
        ins.addBindValue(doc.id);
        ins.addBindValue(searchText);
        if (!ins.exec())
            return Error{describe(ins.lastError())};
        wordsRow = ins.lastInsertId();
    }
    const QVariantList documentValues{component, titleOf(doc), statusCode(status), next, now,
                                      due.isValid() ? QVariant(due.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
                                      searchText, category, wordsRow, doc.id};
    const QVariantList revisionValues{next, text, checksum, author, roleCode, now};
    const QString detail = signedBy.signers.isEmpty() ? StoreText::tr("revision %1").arg(next)
                                                      : StoreText::tr("revision %1, signed by %2").arg(next).arg(signedBy.signers.join(u"; "_s));
    const QVariantList auditValues{author, roleCode, now, action.isEmpty() ? (current.exists ? u"edited"_s : u"created"_s) : action,
                                   detail, next};
    const auto bind = [](QSqlQuery &q, const QVariantList &values) {
        for (const QVariant &v : values)
            q.addBindValue(v);
    };
    // PostgreSQL stores a new SMOUT's row on its own first: the row-level security of its
    // revision and audit row looks the SMOUT up, and a statement does not see its own rows.
    const bool newOnServer = driver == Driver::Postgres && !current.exists;
    QSqlQuery &q = driver == Driver::Postgres && current.exists ? statements->writeNext
        : current.exists                                       ? statements->updateDocument
                                                               : statements->insertDocument;
    bind(q, documentValues);
    if (current.exists)
        q.addBindValue(current.revision);
    if (driver == Driver::Postgres && current.exists) {
        bind(q, revisionValues);
        bind(q, auditValues);
    }
    if (!q.exec()) {
        // A new SMOUT that another client stored at the same moment: their write came first.
        if (!current.exists && isUniqueViolation(q.lastError(), driver))
            return false;
        if (isPermissionDenied(q.lastError(), driver))
            return Error{refusalOfWrite(doc, q.lastError())};
        return Error{describe(q.lastError())};
    }
    if (q.numRowsAffected() != 1)
        return false;
    if (newOnServer) {
        q.finish();
        QSqlQuery &w = statements->writeNew;
        w.addBindValue(doc.id);
        bind(w, revisionValues);
        bind(w, auditValues);
        if (!w.exec())
            return Error{isPermissionDenied(w.lastError(), driver) ? refusalOfWrite(doc, w.lastError()) : describe(w.lastError())};
    }
    if (driver == Driver::Sqlite) {
        QSqlQuery &r = statements->insertRevision;
        r.addBindValue(doc.id);
        bind(r, revisionValues);
        if (!r.exec())
            return Error{describe(r.lastError())};
        QSqlQuery &a = statements->insertAudit;
        a.addBindValue(doc.id);
        bind(a, auditValues);
        if (!a.exec())
            return Error{describe(a.lastError())};
    }
    QSqlQuery &e = statements->insertRequestAudit;
    for (const RequestChange &c : requestEvents) {
        const RequestAuditRow row = requestAuditRow(c, author, role);
        e.addBindValue(doc.id);
        bind(e, {row.who, row.role, now, row.action, row.detail, next});
        if (!e.exec())
            return Error{describe(e.lastError())};
    }
    return true;
}

InventoryStore::InventoryStore(std::unique_ptr<Private> p) : d(std::move(p)) {}

InventoryStore::~InventoryStore()
{
    const QString name = d->connection;
    d->statements.reset();
    {
        QSqlDatabase db = d->db();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString InventoryStore::defaultLocation()
{
    const QString env = qEnvironmentVariable("SMOUT_DATABASE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/SMOUT Studio/inventory.sqlite"_s;
}

QStringList InventoryStore::earlierDefaultLocations()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QStringList found;
    for (const QString &app : {u"SMOUT Studio"_s, u"smout"_s}) {
        const QString path = data + u"/SMOUT Studio/"_s + app + u"/inventory.sqlite"_s;
        if (QFileInfo(path).isFile())
            found << path;
    }
    return found;
}

Result<std::unique_ptr<InventoryStore>> InventoryStore::open(const QString &locationIn)
{
    // The default, however it is given (the window passes its path), may create its folder.
    const bool usual = (locationIn.isEmpty() || locationIn == defaultLocation()) && qEnvironmentVariableIsEmpty("SMOUT_DATABASE");
    const QString text = locationIn.isEmpty() ? defaultLocation() : locationIn;
    auto parsed = InventoryLocation::parse(text);
    if (!parsed)
        return Error{parsed.error()};
    InventoryLocation location = parsed.value();
    location.createFolder = usual;
    const bool postgres = location.kind == InventoryLocation::Kind::Postgres;
    auto p = std::make_unique<Private>();
    p->connection = u"smout-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    p->driver = postgres ? Driver::Postgres : Driver::Sqlite;
    p->display = location.display();
    const auto fail = [&](const QString &why) {
        QSqlDatabase::removeDatabase(p->connection);
        return Error{StoreText::tr("the inventory %1 cannot be opened: %2").arg(p->display, why)};
    };
    if (!postgres) {
        const QFileInfo file(location.path);
        if (file.isDir())
            return Error{StoreText::tr("the inventory %1 is a folder; give a file").arg(p->display)};
        if (!file.absoluteDir().exists() && !(location.createFolder && QDir().mkpath(file.absolutePath())))
            return Error{StoreText::tr("the folder %1 of the inventory does not exist").arg(QDir::toNativeSeparators(file.absolutePath()))};
        if (location.readOnly && !file.exists())
            return Error{StoreText::tr("the inventory %1 does not exist").arg(p->display)};
        // A SQLite inventory is personal: its file's permissions are its only access control,
        // so a new one is the user's alone (SQLite gives its -wal and -shm files the same mode).
        if (!file.exists()) {
            QFile created(location.path);
            if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                && !created.exists())
                return Error{StoreText::tr("the inventory %1 cannot be created: %2").arg(p->display, created.errorString())};
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, p->connection);
        if (!db.isValid()) {
            db = QSqlDatabase();
            return fail(StoreText::tr("the %1 database driver is not installed (Debian package %2)")
                            .arg(postgres ? u"PostgreSQL"_s : u"SQLite"_s, postgres ? u"libqt6sql6-psql"_s : u"libqt6sql6-sqlite"_s));
        }
        if (postgres) {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setDatabaseName(location.database);
            db.setConnectOptions(location.connectOptions());
        } else {
            db.setDatabaseName(location.path);
            db.setConnectOptions(location.readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        }
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            return fail(postgres ? describeConnectionFailure(location, error.text()) : describeSqlError(error, Driver::Sqlite));
        }
        if (!postgres)
            QSqlQuery(db).exec(u"PRAGMA foreign_keys=ON"_s);
        if (const Status prepared = prepareSchema(db, p->driver, SchemaVersion); !prepared) {
            db.close();
            db = QSqlDatabase();
            return fail(prepared.error());
        }
        if (!postgres) {
            // Each audit row records the OS login that entered it, whatever name was typed.
            const QString login = systemLogin().replace(u'\'', u"''"_s);
            QSqlQuery(db).exec(u"CREATE TEMP TRIGGER smout_db_user AFTER INSERT ON main.smout_audit_log FOR EACH ROW "
                               "BEGIN UPDATE smout_audit_log SET db_user = '%1' WHERE id = NEW.id; END"_s.arg(login));
        }
        if (!postgres && !location.readOnly) {
            // Only now that the file is known to be ours: WAL changes its header.
            QSqlQuery pragma(db);
            pragma.exec(u"PRAGMA journal_mode=WAL"_s);
            pragma.exec(u"PRAGMA synchronous=NORMAL"_s);
        }
    }
    return std::unique_ptr<InventoryStore>(new InventoryStore(std::move(p)));
}

int InventoryStore::schemaVersion() const
{
    return currentSchemaVersion(d->db());
}

Result<SaveOutcome> InventoryStore::save(const SmoutDocument &doc, const QString &who, Role role, int expectedRevision,
                                         const QString &action, const SignedRoles &signedBy)
{
    if (const QString problem = nonCanonicalIdProblem(doc.id); !problem.isEmpty())
        return Error{problem};
    if (const Status prepared = d->prepareStatements(); !prepared)
        return Error{prepared.error()};
    const auto encoded = io::writeSmout(doc);
    if (!encoded)
        return Error{encoded.error()};
    const QString text = QString::fromUtf8(encoded.value());
    const QString checksum = checksumOf(text);
    if (const Status begun = d->beginWrite(); !begun)
        return Error{begun.error()};
    auto current = d->current(doc.id);
    if (!current) {
        d->rollback();
        return Error{current.error()};
    }
    if (current->revision != expectedRevision) {
        d->rollback();
        return SaveOutcome{0, true, current->revision};
    }
    auto written = d->writeRevision(doc, text, checksum, who, role, current.value(), action, signedBy);
    if (!written || !written.value()) {
        d->rollback();
        if (!written)
            return Error{written.error()};
        // Someone else's write won the race: report their revision.
        const auto theirs = d->current(doc.id);
        // Or the id is taken by a SMOUT the user may not see.
        if (theirs && !theirs->exists)
            return Error{Private::hiddenSmout(doc.id)};
        return SaveOutcome{0, true, theirs ? theirs->revision : -1};
    }
    if (const Status committed = d->commit(); !committed)
        return Error{committed.error()};
    // The saved revision is in; access requests relying on this SMOUT are decided again
    // (a failure there is found by the next decision, and must not undo the save).
    static_cast<void>(AccessRequests(*this).redecide(QDate::currentDate(), who, doc.id));
    return SaveOutcome{current->revision + 1, false, current->revision + 1};
}

Result<QList<InventoryEntry>> InventoryStore::list(const ListFilter &filter) const
{
    QString sql = u"SELECT id, component, category, title, status, revision, updated_at, rereview_due FROM smout_documents WHERE 1 = 1"_s;
    QVariantList binds;
    if (filter.status) {
        sql += u" AND status = ?"_s;
        binds << statusCode(*filter.status);
    }
    if (filter.dueWithinDays) {
        sql += u" AND rereview_due IS NOT NULL AND rereview_due <= ?"_s;
        binds << filter.today.addDays(*filter.dueWithinDays).toString(Qt::ISODate);
    }
    const SearchQuery search = searchQuery(filter.search);
    if (search.matchesNothing)
        return QList<InventoryEntry>();
    if (!search.isEmpty()) {
        if (d->driver == Driver::Sqlite) {
            sql += u" AND id IN (SELECT id FROM smout_search WHERE smout_search MATCH ?)"_s;
            binds << search.fts5;
        } else {
            sql += u" AND to_tsvector('simple', search_text) @@ to_tsquery('simple', ?)"_s;
            binds << search.tsquery;
        }
    }
    sql += u" ORDER BY updated_at DESC, id"_s;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error{d->describe(q.lastError())};
    QList<InventoryEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<StoredSmout> InventoryStore::load(const QString &id, std::optional<int> revision) const
{
    QSqlQuery q(d->db());
    q.prepare(u"SELECT r.document, r.revision, r.sha256 FROM smout_revisions r WHERE r.smout_id = ? "_s
              + (revision ? u"AND r.revision = ?"_s : u"ORDER BY r.revision DESC LIMIT 1"_s));
    q.addBindValue(id);
    if (revision)
        q.addBindValue(*revision);
    if (!q.exec())
        return Error{d->describe(q.lastError())};
    if (!q.next())
        return Error{revision ? StoreText::tr("SMOUT %1 has no revision %2").arg(id).arg(*revision)
                              : StoreText::tr("no SMOUT with id %1 in the inventory").arg(id)};
    const QString text = q.value(0).toString();
    const int found = q.value(1).toInt();
    if (checksumOf(text) != q.value(2).toString())
        return Error{StoreText::tr("revision %1 of SMOUT %2 does not match its checksum: it was changed outside SMOUT Studio or the "
                                   "storage is damaged, and is not opened; run 'smout db check'")
                         .arg(found).arg(id)};
    auto doc = io::readSmout(text.toUtf8());
    if (!doc)
        return Error{StoreText::tr("revision %1 of %2 is damaged: %3").arg(found).arg(id, doc.error())};
    StoredSmout out{doc.value(), {}, found};
    QSqlQuery e(d->db());
    e.prepare(u"SELECT id, component, category, title, status, revision, updated_at, rereview_due FROM smout_documents WHERE id = ?"_s);
    e.addBindValue(id);
    if (e.exec() && e.next())
        out.entry = entryFrom(e);
    // Shown read-only when the user may not store revisions of it; unknown: read-only too.
    const auto allowed = access();
    out.writable = allowed && allowed->mayChange(out.entry.component);
    return out;
}

Result<QList<RevisionInfo>> InventoryStore::revisions(const QString &id) const
{
    QSqlQuery q(d->db());
    q.prepare(u"SELECT revision, author, role, saved_at FROM smout_revisions WHERE smout_id = ? ORDER BY revision"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error{d->describe(q.lastError())};
    QList<RevisionInfo> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)});
    return out;
}

Result<QList<AuditEntry>> InventoryStore::auditLog(const QString &id) const
{
    QSqlQuery q(d->db());
    q.prepare(u"SELECT at, who, role, action, detail, db_user FROM smout_audit_log WHERE smout_id = ? ORDER BY id"_s);
    q.addBindValue(id.isNull() ? u""_s : id);
    if (!q.exec())
        return Error{d->describe(q.lastError())};
    QList<AuditEntry> out;
    while (q.next())
        out.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

QString canonicalSmoutId(const QString &id)
{
    QString out = id.trimmed().toLower();
    if (out.startsWith(u'{') && out.endsWith(u'}'))
        out = out.mid(1, out.size() - 2);
    return out;
}

QString nonCanonicalIdProblem(const QString &id)
{
    if (id == canonicalSmoutId(id))
        return {};
    return StoreText::tr("the SMOUT id \"%1\" is not in canonical form (lower case, no braces): write it as \"%2\", so that one "
                         "SMOUT never gets two records")
        .arg(id, canonicalSmoutId(id));
}

QString attributionOf(const AuditEntry &entry)
{
    if (entry.enteredBy.isEmpty() || entry.enteredBy == entry.who)
        return entry.who;
    return StoreText::tr("%1 (typed; entered by login %2)").arg(entry.who, entry.enteredBy);
}

Status InventoryStore::audit(const QString &id, const QString &who, Role role, const QString &action, const QString &detail)
{
    QSqlQuery q(d->db());
    q.prepare(u"INSERT INTO smout_audit_log (smout_id, who, role, at, action, detail) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(id), QVariant(who), QVariant(QString(codeOf(role))), QVariant(iso(QDateTime::currentDateTimeUtc())),
                              QVariant(action), QVariant(detail)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{d->describe(q.lastError())};
    return success();
}

Status InventoryStore::recordSignatures(const QString &id, const QList<SignatureSeen> &signatures)
{
    if (const Status begun = d->beginWrite(); !begun)
        return begun;
    QSqlQuery q(d->db());
    SmoutStatus status = SmoutStatus::Draft;
    for (const SignatureSeen &s : signatures) {
        q.prepare(u"INSERT INTO smout_signatures (smout_id, signer, role, signed_at, valid) VALUES (?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : {QVariant(id), QVariant(s.signer), QVariant(s.role), QVariant(s.time), QVariant(s.valid ? 1 : 0)})
            q.addBindValue(v);
        if (!q.exec()) {
            const QString why = d->describe(q.lastError());
            d->rollback();
            return Error{why};
        }
        const std::optional<Role> role = fromCode<Role>(s.role);
        if (role == Role::Author && status == SmoutStatus::Draft)
            status = SmoutStatus::WithCounsel;
        if (role == Role::Counsel)
            status = SmoutStatus::Submitted;
    }
    // Signatures move a SMOUT forward, never back from review or adjudication.
    q.prepare(u"UPDATE smout_documents SET status = ? WHERE id = ? AND status IN ('draft', 'with_counsel')"_s);
    q.addBindValue(statusCode(status));
    q.addBindValue(id);
    if (status != SmoutStatus::Draft && !q.exec()) {
        const QString why = d->describe(q.lastError());
        d->rollback();
        return Error{why};
    }
    return d->commit();
}

Status InventoryStore::sendToCounsel(const QString &id, int revision, const QString &who)
{
    if (const Status begun = d->beginWrite(); !begun)
        return begun;
    auto refuse = [this](const QString &why) {
        d->rollback();
        return Status(Error{why});
    };
    QSqlQuery q(d->db());
    q.prepare(u"SELECT revision, status FROM smout_documents WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return refuse(d->describe(q.lastError()));
    if (!q.next())
        return refuse(StoreText::tr("SMOUT %1 is not in the inventory: save it there first").arg(id));
    const int latest = q.value(0).toInt();
    const QString statusText = q.value(1).toString();
    const auto status = statusFromCode(statusText);
    q.finish();
    if (latest != revision)
        return refuse(StoreText::tr("revision %1 of SMOUT %2 is no longer the latest (%3 is): open the latest before sending it to counsel")
                          .arg(revision).arg(id).arg(latest));
    if (!status || (*status != SmoutStatus::Draft && *status != SmoutStatus::Returned && *status != SmoutStatus::WithCounsel))
        return refuse(StoreText::tr("SMOUT %1 is %2: only a draft goes to counsel").arg(id, status ? statusName(*status) : statusText));
    q.prepare(u"UPDATE smout_documents SET status = ? WHERE id = ?"_s);
    q.addBindValue(statusCode(SmoutStatus::WithCounsel));
    q.addBindValue(id);
    if (!q.exec())
        return refuse(d->describe(q.lastError()));
    if (const Status audited = audit(id, who, Role::Author, u"sent_to_counsel"_s, StoreText::tr("revision %1").arg(revision)); !audited)
        return refuse(audited.error());
    return d->commit();
}

Result<QList<SignatureSeen>> InventoryStore::signatures(const QString &id) const
{
    QSqlQuery q(d->db());
    q.prepare(u"SELECT signer, role, signed_at, valid FROM smout_signatures WHERE smout_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error{d->describe(q.lastError())};
    QList<SignatureSeen> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0});
    return out;
}

} // namespace smout::store
