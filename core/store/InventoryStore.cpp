#include "InventoryStore.h"

#include "Schema.h"
#include "io/SmoutJson.h"
#include "pdf/FormText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

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

SmoutStatus statusOf(const SmoutDocument &doc, SmoutStatus previous)
{
    switch (doc.review.determination.outcome) {
    case Outcome::Met: return SmoutStatus::AdjudicatedMet;
    case Outcome::NotMet: return SmoutStatus::AdjudicatedNotMet;
    case Outcome::Unset: break;
    }
    if (doc.review.dateReviewed || !doc.review.reviewerName.isEmpty())
        return SmoutStatus::UnderReview;
    return previous;
}

QString titleOf(const SmoutDocument &doc)
{
    const auto &q = doc.questions;
    QString title = q.q1Categories.isEmpty() ? StoreText::tr("Category not chosen") : FormText::categoryLabel(q.q1Categories.first());
    const QString description = q.q1Description.simplified();
    if (!description.isEmpty())
        title += u" \u2014 "_s + (description.size() > 80 ? description.left(79) + u'\u2026' : description);
    return title;
}

QString searchTextOf(const SmoutDocument &doc)
{
    QStringList parts{doc.id, doc.summary.component, componentName(doc.summary.component), titleOf(doc), doc.questions.q1Description};
    for (const auto &p : doc.summary.contacts + doc.summary.counsel)
        parts << p.name << p.office;
    parts << doc.summary.itSystems << doc.questions.q2Authorities << doc.review.reviewerName;
    for (const auto &p : doc.summary.pias)
        parts << p.id;
    for (const auto &s : doc.summary.sorns)
        parts << s.id;
    return parts.join(u' ').toLower();
}

QDate rereviewDue(const SmoutDocument &doc)
{
    if (doc.review.determination.outcome == Outcome::Met && doc.review.dateReviewed)
        return doc.review.dateReviewed->addYears(3);
    return {};
}

QString sqlError(const QSqlError &e)
{
    const QString text = e.text();
    if (text.contains(u"locked"_s, Qt::CaseInsensitive) || text.contains(u"busy"_s, Qt::CaseInsensitive))
        return StoreText::tr("the inventory database is locked by another program; try again in a moment (%1)").arg(text);
    if (text.contains(u"readonly"_s, Qt::CaseInsensitive) || text.contains(u"read-only"_s, Qt::CaseInsensitive))
        return StoreText::tr("the inventory database is read-only; ask for write access or choose another inventory (%1)").arg(text);
    if (text.contains(u"connection"_s, Qt::CaseInsensitive) || text.contains(u"server"_s, Qt::CaseInsensitive))
        return StoreText::tr("the inventory server cannot be reached; your unsaved work is kept (%1)").arg(text);
    return text;
}

// A row of `SELECT id, component, category, title, status, revision, updated_at, rereview_due`.
InventoryEntry entryFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            statusFromCode(q.value(4).toString()).value_or(SmoutStatus::Draft), q.value(5).toInt(),
            QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs), QDate::fromString(q.value(7).toString(), Qt::ISODate)};
}

// SQLite: take the write lock at the start, so two writers queue (busy timeout) instead of
// failing when both try to upgrade a read lock.
bool beginWrite(QSqlDatabase &db)
{
    if (db.driverName() == u"QSQLITE")
        return QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
    return db.transaction();
}

} // namespace

QString statusCode(SmoutStatus s)
{
    switch (s) {
    case SmoutStatus::Draft: return u"draft"_s;
    case SmoutStatus::WithCounsel: return u"with_counsel"_s;
    case SmoutStatus::Submitted: return u"submitted"_s;
    case SmoutStatus::UnderReview: return u"under_review"_s;
    case SmoutStatus::AdjudicatedMet: return u"adjudicated_met"_s;
    case SmoutStatus::AdjudicatedNotMet: return u"adjudicated_not_met"_s;
    }
    return {};
}

std::optional<SmoutStatus> statusFromCode(const QString &code)
{
    for (const SmoutStatus s : {SmoutStatus::Draft, SmoutStatus::WithCounsel, SmoutStatus::Submitted, SmoutStatus::UnderReview,
                                SmoutStatus::AdjudicatedMet, SmoutStatus::AdjudicatedNotMet})
        if (statusCode(s) == code)
            return s;
    return std::nullopt;
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
    }
    return {};
}

struct InventoryStore::Private {
    QString connection;
    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    Result<SaveOutcome> saveOne(const SmoutDocument &doc, const QString &who, Role role, int expectedRevision, const QString &action);
};

InventoryStore::InventoryStore(std::unique_ptr<Private> p) : d(std::move(p)) {}

InventoryStore::~InventoryStore()
{
    const QString name = d->connection;
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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/inventory.sqlite"_s;
}

Result<std::unique_ptr<InventoryStore>> InventoryStore::open(const QString &locationIn)
{
    const QString location = locationIn.isEmpty() ? defaultLocation() : locationIn;
    auto p = std::make_unique<Private>();
    p->connection = u"smout-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool postgres = location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, p->connection);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(p->connection);
            return Error{StoreText::tr("the %1 database driver is not installed (Debian package %2)")
                             .arg(postgres ? u"PostgreSQL"_s : u"SQLite"_s, postgres ? u"libqt6sql6-psql"_s : u"libqt6sql6-sqlite"_s)};
        }
        if (postgres) {
            const QUrl url(location);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
            db.setConnectOptions(u"connect_timeout=5"_s);
        } else {
            const QFileInfo file(location);
            if (!file.absoluteDir().exists() && !QDir().mkpath(file.absolutePath()))
                return Error{StoreText::tr("the folder of the inventory %1 cannot be created").arg(location)};
            db.setDatabaseName(location);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        }
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(p->connection);
            return Error{StoreText::tr("the inventory %1 cannot be opened: %2").arg(postgres ? QUrl(location).toString(QUrl::RemovePassword) : location, sqlError(QSqlError(why)))};
        }
        if (!postgres) {
            QSqlQuery pragma(db);
            pragma.exec(u"PRAGMA journal_mode=WAL"_s);
            pragma.exec(u"PRAGMA synchronous=NORMAL"_s);
            pragma.exec(u"PRAGMA foreign_keys=ON"_s);
        }
        if (const Status migrated = migrate(db, SchemaVersion); !migrated) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(p->connection);
            return Error{migrated.error()};
        }
    }
    return std::unique_ptr<InventoryStore>(new InventoryStore(std::move(p)));
}

int InventoryStore::schemaVersion() const
{
    return currentSchemaVersion(d->db());
}

Result<SaveOutcome> InventoryStore::Private::saveOne(const SmoutDocument &doc, const QString &who, Role role, int expectedRevision,
                                                     const QString &action)
{
    QSqlDatabase database = db();
    QSqlQuery q(database);
    q.prepare(u"SELECT revision, status FROM smouts WHERE id = ?"_s);
    q.addBindValue(doc.id);
    if (!q.exec())
        return Error{sqlError(q.lastError())};
    const bool exists = q.next();
    const int current = exists ? q.value(0).toInt() : 0;
    const SmoutStatus previous = exists ? statusFromCode(q.value(1).toString()).value_or(SmoutStatus::Draft) : SmoutStatus::Draft;
    if (current != expectedRevision)
        return SaveOutcome{0, true, current};
    const int next = current + 1;
    const QString now = iso(QDateTime::currentDateTimeUtc());
    const QDate due = rereviewDue(doc);
    // Text columns are NOT NULL: an absent value is stored as empty text.
    const QString category = doc.questions.q1Categories.isEmpty() ? u""_s : QString(codeOf(doc.questions.q1Categories.first()));
    const QString component = doc.summary.component.isNull() ? u""_s : doc.summary.component;
    if (exists) {
        // Optimistic lock: only if nobody saved in between.
        q.prepare(u"UPDATE smouts SET component = ?, title = ?, status = ?, revision = ?, updated_at = ?, rereview_due = ?, "
                  "search_text = ?, category = ? WHERE id = ? AND revision = ?"_s);
    } else {
        q.prepare(u"INSERT INTO smouts (component, title, status, revision, updated_at, rereview_due, search_text, category, id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }
    q.addBindValue(component);
    q.addBindValue(titleOf(doc));
    q.addBindValue(statusCode(statusOf(doc, previous)));
    q.addBindValue(next);
    q.addBindValue(now);
    q.addBindValue(due.isValid() ? due.toString(Qt::ISODate) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(searchTextOf(doc));
    q.addBindValue(category);
    q.addBindValue(doc.id);
    if (exists)
        q.addBindValue(current);
    if (!q.exec()) {
        // A new SMOUT that another client stored at the same moment is a conflict (the
        // caller reads the stored revision after rolling back); any other failure is an error.
        const QSqlError error = q.lastError();
        const bool duplicate = error.nativeErrorCode() == u"23505" || error.text().contains(u"UNIQUE constraint"_s);
        if (!exists && duplicate)
            return SaveOutcome{0, true, -1};
        return Error{sqlError(error)};
    }
    if (exists && q.numRowsAffected() != 1)
        return SaveOutcome{0, true, -1};
    q.prepare(u"INSERT INTO revisions (smout_id, revision, document, author, role, saved_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(doc.id);
    q.addBindValue(next);
    auto text = io::writeSmout(doc);
    if (!text)
        return Error{text.error()};
    q.addBindValue(QString::fromUtf8(text.value()));
    q.addBindValue(who);
    q.addBindValue(QString(codeOf(role)));
    q.addBindValue(now);
    if (!q.exec())
        return Error{sqlError(q.lastError())};
    q.prepare(u"INSERT INTO audit_log (smout_id, who, role, at, action, detail) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(doc.id);
    q.addBindValue(who.isNull() ? u""_s : who);
    q.addBindValue(QString(codeOf(role)));
    q.addBindValue(now);
    q.addBindValue(action.isEmpty() ? (exists ? u"edited"_s : u"created"_s) : action);
    q.addBindValue(StoreText::tr("revision %1").arg(next));
    if (!q.exec())
        return Error{sqlError(q.lastError())};
    return SaveOutcome{next, false, next};
}

Result<SaveOutcome> InventoryStore::save(const SmoutDocument &doc, const QString &who, Role role, int expectedRevision,
                                         const QString &action)
{
    QSqlDatabase db = d->db();
    if (!beginWrite(db))
        return Error{sqlError(db.lastError())};
    auto outcome = d->saveOne(doc, who, role, expectedRevision, action);
    if (!outcome || outcome->conflict) {
        db.rollback();
        if (outcome && outcome->conflict && outcome->currentRevision < 0) {
            // Someone else's write won the race: report their revision.
            QSqlQuery q(db);
            q.prepare(u"SELECT revision FROM smouts WHERE id = ?"_s);
            q.addBindValue(doc.id);
            if (q.exec() && q.next())
                outcome.value().currentRevision = q.value(0).toInt();
        }
        return outcome;
    }
    if (!db.commit()) {
        const QString why = sqlError(db.lastError());
        db.rollback();
        return Error{why};
    }
    return outcome;
}

Result<int> InventoryStore::importDocuments(const QList<SmoutDocument> &docs, const QString &who, Role role)
{
    QSqlDatabase db = d->db();
    int stored = 0;
    for (qsizetype start = 0; start < docs.size(); start += 500) {
        if (!beginWrite(db))
            return Error{sqlError(db.lastError())};
        for (qsizetype i = start; i < std::min(docs.size(), start + 500); ++i) {
            QSqlQuery q(db);
            q.prepare(u"SELECT revision FROM smouts WHERE id = ?"_s);
            q.addBindValue(docs[i].id);
            const int current = q.exec() && q.next() ? q.value(0).toInt() : 0;
            auto outcome = d->saveOne(docs[i], who, role, current, u"imported"_s);
            if (!outcome) {
                db.rollback();
                return Error{outcome.error()};
            }
            stored += outcome->conflict ? 0 : 1;
        }
        if (!db.commit()) {
            const QString why = sqlError(db.lastError());
            db.rollback();
            return Error{why};
        }
    }
    return stored;
}

Result<QList<InventoryEntry>> InventoryStore::list(const ListFilter &filter) const
{
    QString sql = u"SELECT id, component, category, title, status, revision, updated_at, rereview_due FROM smouts WHERE 1 = 1"_s;
    QVariantList binds;
    if (filter.status) {
        sql += u" AND status = ?"_s;
        binds << statusCode(*filter.status);
    }
    if (filter.dueWithinDays) {
        sql += u" AND rereview_due IS NOT NULL AND rereview_due <= ?"_s;
        binds << filter.today.addDays(*filter.dueWithinDays).toString(Qt::ISODate);
    }
    for (const QString &word : filter.search.toLower().split(u' ', Qt::SkipEmptyParts)) {
        sql += u" AND search_text LIKE ?"_s;
        binds << QVariant(QString(u"%"_s + word + u"%"_s));
    }
    sql += u" ORDER BY updated_at DESC, id"_s;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error{sqlError(q.lastError())};
    QList<InventoryEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<StoredSmout> InventoryStore::load(const QString &id, std::optional<int> revision) const
{
    QSqlQuery q(d->db());
    q.prepare(u"SELECT r.document, r.revision FROM revisions r WHERE r.smout_id = ? "_s
              + (revision ? u"AND r.revision = ?"_s : u"ORDER BY r.revision DESC LIMIT 1"_s));
    q.addBindValue(id);
    if (revision)
        q.addBindValue(*revision);
    if (!q.exec())
        return Error{sqlError(q.lastError())};
    if (!q.next())
        return Error{revision ? StoreText::tr("SMOUT %1 has no revision %2").arg(id).arg(*revision)
                              : StoreText::tr("no SMOUT with id %1 in the inventory").arg(id)};
    auto doc = io::readSmout(q.value(0).toString().toUtf8());
    if (!doc)
        return Error{StoreText::tr("revision %1 of %2 is damaged: %3").arg(q.value(1).toInt()).arg(id, doc.error())};
    StoredSmout out{doc.value(), {}, q.value(1).toInt()};
    QSqlQuery e(d->db());
    e.prepare(u"SELECT id, component, category, title, status, revision, updated_at, rereview_due FROM smouts WHERE id = ?"_s);
    e.addBindValue(id);
    if (e.exec() && e.next())
        out.entry = entryFrom(e);
    return out;
}

Result<QList<RevisionInfo>> InventoryStore::revisions(const QString &id) const
{
    QSqlQuery q(d->db());
    q.prepare(u"SELECT revision, author, role, saved_at FROM revisions WHERE smout_id = ? ORDER BY revision"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error{sqlError(q.lastError())};
    QList<RevisionInfo> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)});
    return out;
}

Result<QList<AuditEntry>> InventoryStore::auditLog(const QString &id) const
{
    QSqlQuery q(d->db());
    q.prepare(u"SELECT at, who, role, action, detail FROM audit_log WHERE smout_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error{sqlError(q.lastError())};
    QList<AuditEntry> out;
    while (q.next())
        out.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

Status InventoryStore::audit(const QString &id, const QString &who, Role role, const QString &action, const QString &detail)
{
    QSqlQuery q(d->db());
    q.prepare(u"INSERT INTO audit_log (smout_id, who, role, at, action, detail) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(id), QVariant(who), QVariant(QString(codeOf(role))), QVariant(iso(QDateTime::currentDateTimeUtc())),
                              QVariant(action), QVariant(detail)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{sqlError(q.lastError())};
    return success();
}

Status InventoryStore::recordSignatures(const QString &id, const QList<SignatureSeen> &signatures)
{
    QSqlDatabase db = d->db();
    if (!beginWrite(db))
        return Error{sqlError(db.lastError())};
    QSqlQuery q(db);
    SmoutStatus status = SmoutStatus::Draft;
    for (const SignatureSeen &s : signatures) {
        q.prepare(u"INSERT INTO signatures (smout_id, signer, role, signed_at, valid) VALUES (?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : {QVariant(id), QVariant(s.signer), QVariant(s.role), QVariant(s.time), QVariant(s.valid ? 1 : 0)})
            q.addBindValue(v);
        if (!q.exec()) {
            const QString why = sqlError(q.lastError());
            db.rollback();
            return Error{why};
        }
        if (s.role == u"author" && status == SmoutStatus::Draft)
            status = SmoutStatus::WithCounsel;
        if (s.role == u"counsel")
            status = SmoutStatus::Submitted;
    }
    // Signatures move a SMOUT forward, never back from review or adjudication.
    q.prepare(u"UPDATE smouts SET status = ? WHERE id = ? AND status IN ('draft', 'with_counsel')"_s);
    q.addBindValue(statusCode(status));
    q.addBindValue(id);
    if (status != SmoutStatus::Draft && !q.exec()) {
        const QString why = sqlError(q.lastError());
        db.rollback();
        return Error{why};
    }
    if (!db.commit())
        return Error{sqlError(db.lastError())};
    return success();
}

Result<QList<SignatureSeen>> InventoryStore::signatures(const QString &id) const
{
    QSqlQuery q(d->db());
    q.prepare(u"SELECT signer, role, signed_at, valid FROM signatures WHERE smout_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error{sqlError(q.lastError())};
    QList<SignatureSeen> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0});
    return out;
}

Status InventoryStore::checkIntegrity() const
{
    QSqlQuery q(d->db());
    if (d->db().driverName() == u"QSQLITE") {
        if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
            return Error{sqlError(q.lastError())};
        if (q.value(0).toString() != u"ok")
            return Error{StoreText::tr("the inventory is damaged: %1").arg(q.value(0).toString())};
    }
    // Every SMOUT's revision counter matches its newest stored revision.
    if (!q.exec(u"SELECT s.id FROM smouts s WHERE s.revision <> (SELECT MAX(r.revision) FROM revisions r WHERE r.smout_id = s.id)"_s))
        return Error{sqlError(q.lastError())};
    if (q.next())
        return Error{StoreText::tr("SMOUT %1 has a revision counter without its revision").arg(q.value(0).toString())};
    return success();
}

} // namespace smout::store
