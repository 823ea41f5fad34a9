#include "AccessRequests.h"

#include "InventoryStorePrivate.h"
#include "UserName.h"
#include "model/FormText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace smout::store {

using namespace Qt::StringLiterals;

namespace {

struct AccessRequestText {
    Q_DECLARE_TR_FUNCTIONS(smout::store::AccessRequests)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString Columns = u"id, employee, office, phone, email, supervisor, mode, smout_id, justification, training_date, rob_signed, "
                        "created_at, determination, reasons, required_approver, decided_by, decided_at, flagged, approver, "
                        "approver_level, approved_at, implemented_on, implementation_ref"_s;

AccessRequest requestFrom(const QSqlQuery &q)
{
    AccessRequest r;
    r.id = q.value(0).toInt();
    r.employee = q.value(1).toString();
    r.office = q.value(2).toString();
    r.phone = q.value(3).toString();
    r.email = q.value(4).toString();
    r.supervisor = q.value(5).toString();
    r.facts.mode = fromCode<AccessMode>(q.value(6).toString()).value_or(AccessMode::UndercoverEngagement);
    r.facts.smoutId = q.value(7).toString();
    r.facts.justification = q.value(8).toString();
    const QDate training = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    if (training.isValid())
        r.facts.trainingDate = training;
    r.facts.rulesOfBehaviorSigned = q.value(10).toInt() != 0;
    r.created = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    r.decision.determination = determinationFromCode(q.value(12).toString()).value_or(AccessDetermination::AdditionalInformation);
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array())
        r.decision.reasons << v.toString();
    r.decision.requiredApprover = approverFromCode(q.value(14).toString()).value_or(ApproverLevel::SesOrDelegatedGs15);
    r.decidedBy = q.value(15).toString();
    r.decidedAt = QDateTime::fromString(q.value(16).toString(), Qt::ISODateWithMs);
    r.flagged = q.value(17).toInt() != 0;
    r.approver = q.value(18).toString();
    r.approverLevel = approverFromCode(q.value(19).toString());
    r.approvedAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODateWithMs);
    const QDate implemented = QDate::fromString(q.value(21).toString(), Qt::ISODate);
    if (implemented.isValid())
        r.implementedOn = implemented;
    r.implementationReference = q.value(22).toString();
    return r;
}

QString reasonsJson(const QStringList &reasons)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(reasons)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<std::optional<SmoutFacts>> AccessRequests::factsOf(const QString &smoutId) const
{
    const auto stored = m_store.load(smoutId);
    if (!stored) {
        // Only a SMOUT that is not there is "missing"; a damaged one is an error, not a determination.
        QSqlQuery q(m_store.d->db());
        q.prepare(u"SELECT COUNT(*) FROM smout_documents WHERE id = ?"_s);
        q.addBindValue(smoutId);
        if (!q.exec() || !q.next())
            return Error{m_store.d->describe(q.lastError())};
        if (q.value(0).toInt() == 0)
            return std::optional<SmoutFacts>();
        return Error{stored.error()};
    }
    return std::optional<SmoutFacts>(SmoutFacts{stored->entry.status, stored->entry.rereviewDue, stored->document.questions.accessModes, stored->entry.title});
}

Status AccessRequests::complete(const AccessRequest &request)
{
    QStringList missing;
    for (const auto &[value, name] : {std::pair{request.employee, AccessRequestText::tr("the name of the employee")},
                                      {request.office, AccessRequestText::tr("the employee's location")},
                                      {request.supervisor, AccessRequestText::tr("the supervisor")},
                                      {request.facts.smoutId, AccessRequestText::tr("the SMOUT the use relies on")},
                                      {request.facts.justification, AccessRequestText::tr("the business justification")}})
        if (value.trimmed().isEmpty())
            missing << name;
    if (missing.isEmpty())
        return success();
    return Error{AccessRequestText::tr("The request needs %1.").arg(QLocale().createSeparatedList(missing))};
}

Result<int> AccessRequests::add(const AccessRequest &request, QDate today, const QString &who)
{
    if (const Status whole = complete(request); !whole)
        return Error{whole.error()};
    const auto facts = factsOf(request.facts.smoutId);
    if (!facts)
        return Error{facts.error()};
    const AccessDecision decision = decideAccess(request.facts, facts.value(), today);
    auto &d = *m_store.d;
    if (const Status begun = d.beginWrite(); !begun)
        return Error{begun.error()};
    QSqlQuery q(d.db());
    q.prepare(u"INSERT INTO smout_access_requests (employee, office, phone, email, supervisor, mode, smout_id, justification, "
              "training_date, rob_signed, created_at, determination, reasons, required_approver, decided_by, decided_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
              + (d.driver == Driver::Postgres ? u" RETURNING id"_s : QString()));
    const QString created = now();
    for (const QVariant &v : {QVariant(request.employee), QVariant(request.office), QVariant(request.phone.isNull() ? u""_s : request.phone),
                              QVariant(request.email.isNull() ? u""_s : request.email), QVariant(request.supervisor),
                              QVariant(QString(codeOf(request.facts.mode))), QVariant(request.facts.smoutId), QVariant(request.facts.justification),
                              request.facts.trainingDate ? QVariant(request.facts.trainingDate->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
                              QVariant(request.facts.rulesOfBehaviorSigned ? 1 : 0), QVariant(created),
                              QVariant(determinationCode(decision.determination)), QVariant(reasonsJson(decision.reasons)),
                              QVariant(approverCode(decision.requiredApprover)), QVariant(who), QVariant(created)})
        q.addBindValue(v);
    if (!q.exec()) {
        const QString why = d.describe(q.lastError());
        d.rollback();
        return Error{why};
    }
    const int id = d.driver == Driver::Postgres ? (q.next() ? q.value(0).toInt() : 0) : q.lastInsertId().toInt();
    q.finish();
    if (const Status audited = m_store.audit(request.facts.smoutId, who, Role::Reviewer, u"access request added"_s,
                                             AccessRequestText::tr("request %1 by %2 for %3: %4")
                                                 .arg(id).arg(request.employee, QString(codeOf(request.facts.mode)), determinationCode(decision.determination)));
        !audited) {
        d.rollback();
        return Error{audited.error()};
    }
    if (const Status committed = d.commit(); !committed)
        return Error{committed.error()};
    return id;
}

Result<AccessRequest> AccessRequests::get(int id) const
{
    QSqlQuery q(m_store.d->db());
    q.prepare(u"SELECT "_s + Columns + u" FROM smout_access_requests WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return Error{m_store.d->describe(q.lastError())};
    if (!q.next())
        return Error{AccessRequestText::tr("no access request %1 in the inventory").arg(id)};
    return requestFrom(q);
}

Status AccessRequests::store(const AccessRequest &r, bool flagged)
{
    QSqlQuery q(m_store.d->db());
    q.prepare(u"UPDATE smout_access_requests SET determination = ?, reasons = ?, required_approver = ?, decided_by = ?, decided_at = ?, "
              "flagged = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(determinationCode(r.decision.determination)), QVariant(reasonsJson(r.decision.reasons)),
                              QVariant(approverCode(r.decision.requiredApprover)), QVariant(r.decidedBy), QVariant(now()),
                              QVariant(flagged ? 1 : 0), QVariant(r.id)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{m_store.d->describe(q.lastError())};
    return success();
}

template <typename T, typename Write>
Result<T> AccessRequests::inTransaction(Write write)
{
    auto &d = *m_store.d;
    if (const Status begun = d.beginWrite(); !begun)
        return Error{begun.error()};
    Result<T> outcome = write();
    if (!outcome) {
        d.rollback();
        return outcome;
    }
    if (const Status committed = d.commit(); !committed)
        return Error{committed.error()};
    return outcome;
}

Result<AccessRequest> AccessRequests::decide(int id, QDate today, const QString &who)
{
    return inTransaction<AccessRequest>([&] { return decideWithin(id, today, who); });
}

Result<AccessRequest> AccessRequests::decideWithin(int id, QDate today, const QString &who)
{
    auto request = get(id);
    if (!request)
        return request;
    const auto facts = factsOf(request->facts.smoutId);
    if (!facts)
        return Error{facts.error()};
    AccessRequest r = request.value();
    r.decision = decideAccess(r.facts, facts.value(), today);
    r.decidedBy = who;
    r.flagged = false;
    if (const Status stored = store(r, false); !stored)
        return Error{stored.error()};
    if (const Status audited = m_store.audit(r.facts.smoutId, who, Role::Reviewer, u"access request decided"_s,
                                             AccessRequestText::tr("request %1: %2").arg(id).arg(determinationCode(r.decision.determination)));
        !audited)
        return Error{audited.error()};
    return r;
}

Result<ApprovalOutcome> AccessRequests::approve(int id, const QString &approver, ApproverLevel level, QDate today, const QString &who)
{
    return inTransaction<ApprovalOutcome>([&] { return approveWithin(id, approver, level, today, who); });
}

Result<QString> AccessRequests::actingUser() const
{
    QString user;
    if (m_store.d->driver == Driver::Postgres) {
        QSqlQuery q(m_store.d->db());
        if (!q.exec(u"SELECT session_user"_s) || !q.next())
            return Error{m_store.d->describe(q.lastError())};
        user = q.value(0).toString();
    } else {
        user = systemLogin();
    }
    if (user.trimmed().isEmpty())
        return Error{AccessRequestText::tr("the system does not say who is signed in, so nobody can approve here")};
    return user;
}

Result<ApprovalOutcome> AccessRequests::approveAsActingUser(int id, ApproverLevel level, QDate today, const QString &who)
{
    const auto user = actingUser();
    if (!user)
        return Error{user.error()};
    return approve(id, user.value(), level, today, who);
}

Result<ApprovalOutcome> AccessRequests::approveWithin(int id, const QString &approver, ApproverLevel level, QDate today, const QString &who)
{
    auto decided = decideWithin(id, today, who);
    if (!decided)
        return Error{decided.error()};
    if (decided->decision.determination != AccessDetermination::Approved)
        return ApprovalOutcome{true, AccessRequestText::tr("the Privacy Office determination is \"%1\"; a supervisor approves only an approved request")
                                         .arg(determinationName(decided->decision.determination))};
    if (level < decided->decision.requiredApprover)
        return ApprovalOutcome{true, AccessRequestText::tr("access mode %1 must be approved by a %2; a %3 may not approve it")
                                         .arg(FormText::accessModeName(decided->facts.mode), approverName(decided->decision.requiredApprover),
                                              approverName(level))};
    QSqlQuery q(m_store.d->db());
    q.prepare(u"UPDATE smout_access_requests SET approver = ?, approver_level = ?, approved_at = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(approver), QVariant(approverCode(level)), QVariant(now()), QVariant(id)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{m_store.d->describe(q.lastError())};
    if (const Status audited = m_store.audit(decided->facts.smoutId, who, Role::Reviewer, u"access request approved"_s,
                                             AccessRequestText::tr("request %1 approved by %2 (%3)").arg(id).arg(approver, approverCode(level)));
        !audited)
        return Error{audited.error()};
    return ApprovalOutcome{};
}

Status AccessRequests::recordImplementation(int id, QDate on, const QString &reference, const QString &who)
{
    auto request = get(id);
    if (!request)
        return Error{request.error()};
    if (!request->approverLevel)
        return Error{AccessRequestText::tr("access request %1 has no supervisor approval to implement").arg(id)};
    QSqlQuery q(m_store.d->db());
    q.prepare(u"UPDATE smout_access_requests SET implemented_on = ?, implementation_ref = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(on.toString(Qt::ISODate)), QVariant(reference), QVariant(id)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{m_store.d->describe(q.lastError())};
    return m_store.audit(request->facts.smoutId, who, Role::Reviewer, u"access implemented"_s,
                         AccessRequestText::tr("request %1 implemented on %2 (%3)").arg(id).arg(on.toString(Qt::ISODate), reference));
}

Result<QList<AccessRequest>> AccessRequests::list(const AccessFilter &filter) const
{
    QString sql = u"SELECT "_s + Columns + u" FROM smout_access_requests WHERE 1 = 1"_s;
    QVariantList binds;
    if (filter.determination) {
        sql += u" AND determination = ?"_s;
        binds << determinationCode(*filter.determination);
    }
    if (!filter.smoutId.isEmpty()) {
        sql += u" AND smout_id = ?"_s;
        binds << filter.smoutId;
    }
    if (filter.mode) {
        sql += u" AND mode = ?"_s;
        binds << QString(codeOf(*filter.mode));
    }
    sql += u" ORDER BY id"_s;
    QSqlQuery q(m_store.d->db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Error{m_store.d->describe(q.lastError())};
    QList<AccessRequest> out;
    while (q.next())
        out.append(requestFrom(q));
    return out;
}

Result<int> AccessRequests::redecide(QDate today, const QString &who, const QString &smoutId)
{
    return inTransaction<int>([&] { return redecideWithin(today, who, smoutId); });
}

Result<int> AccessRequests::redecideWithin(QDate today, const QString &who, const QString &smoutId)
{
    AccessFilter filter;
    filter.smoutId = smoutId;
    auto requests = list(filter);
    if (!requests)
        return Error{requests.error()};
    QHash<QString, std::optional<SmoutFacts>> facts;
    int changed = 0;
    for (AccessRequest r : requests.value()) {
        if (!facts.contains(r.facts.smoutId)) {
            auto f = factsOf(r.facts.smoutId);
            if (!f)
                return Error{f.error()};
            facts.insert(r.facts.smoutId, f.value());
        }
        const AccessDecision now = decideAccess(r.facts, facts.value(r.facts.smoutId), today);
        if (now.determination == r.decision.determination && now.reasons == r.decision.reasons)
            continue;
        const AccessDetermination before = r.decision.determination;
        r.decision = now;
        r.decidedBy = who;
        // Flagged only when the determination itself changes; new wording of reasons is kept quietly.
        const bool flag = r.flagged || before != now.determination;
        if (const Status stored = store(r, flag); !stored)
            return Error{stored.error()};
        if (before != now.determination) {
            ++changed;
            if (const Status audited = m_store.audit(r.facts.smoutId, who, Role::Reviewer, u"access request re-decided"_s,
                                                     AccessRequestText::tr("request %1: %2 → %3 (%4)")
                                                         .arg(r.id)
                                                         .arg(determinationCode(before), determinationCode(now.determination),
                                                              now.reasons.join(u"; "_s)));
                !audited)
                return Error{audited.error()};
        }
    }
    return changed;
}

} // namespace smout::store
