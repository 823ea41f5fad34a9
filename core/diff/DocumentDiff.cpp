#include "DocumentDiff.h"

#include "RequestChanges.h"
#include "io/SmoutJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace smout {

namespace {

using namespace Qt::StringLiterals;

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined: return {};
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(v.toDouble());
    case QJsonValue::String: return u"\""_s + v.toString() + u"\""_s;
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString join(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + u'.' + key;
}

void walk(const QString &path, const QJsonValue &a, const QJsonValue &b, QList<FieldChange> &out)
{
    if (a == b)
        return;
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys();
        for (const QString &k : ob.keys())
            if (!oa.contains(k))
                keys << k;
        for (const QString &k : keys)
            walk(join(path, k), oa.value(k), ob.value(k), out);
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        for (qsizetype i = 0; i < std::max(aa.size(), ab.size()); ++i)
            walk(path + u"[%1]"_s.arg(i), i < aa.size() ? aa[i] : QJsonValue(QJsonValue::Undefined),
                 i < ab.size() ? ab[i] : QJsonValue(QJsonValue::Undefined), out);
        return;
    }
    out.append({path, text(a), text(b), {}, {}});
}

} // namespace

QList<FieldChange> diffDocuments(const SmoutDocument &a, const SmoutDocument &b)
{
    QList<FieldChange> out;
    QJsonObject ja = io::toJsonObject(a), jb = io::toJsonObject(b);
    const QJsonArray ra = ja.take(u"requests"_s).toArray(), rb = jb.take(u"requests"_s).toArray();
    walk(QString(), ja, jb, out);
    for (const RequestChange &c : requestChanges(a.requests, b.requests)) {
        // The JSON of the request as each document writes it (same index as the model's list).
        const QJsonObject was = c.kind == RequestChangeKind::Removed ? ra[c.index].toObject() : QJsonObject();
        const QJsonObject now = c.kind == RequestChangeKind::Removed ? QJsonObject() : rb[c.index].toObject();
        QJsonObject earlier = was;
        if (c.before && c.kind != RequestChangeKind::Removed)
            for (const QJsonValue &r : ra)
                if (r.toObject().value(u"id"_s).toString() == c.id)
                    earlier = r.toObject();
        const QString at = u"requests[%1]"_s.arg(c.index);
        const auto entry = [&](const QString &key) {
            if (key.isEmpty())
                return FieldChange{at, c.before ? text(earlier) : QString(), c.after ? text(now) : QString(), c.id, requestChangeCode(c.kind)};
            return FieldChange{at + u'.' + key, text(earlier.value(key)), text(now.value(key)), c.id, requestChangeCode(c.kind)};
        };
        switch (c.kind) {
        case RequestChangeKind::TextChanged: out.append(entry(u"text"_s)); break;
        case RequestChangeKind::PathChanged: out.append(entry(u"path"_s)); break;
        case RequestChangeKind::Answered:
        case RequestChangeKind::AnswerChanged: out.append(entry(u"answer"_s)); break;
        case RequestChangeKind::Closed:
        case RequestChangeKind::Reopened: out.append(entry(u"closed"_s)); break;
        case RequestChangeKind::Added:
        case RequestChangeKind::Edited:
        case RequestChangeKind::Removed: out.append(entry({})); break;
        }
    }
    return out;
}

} // namespace smout
