#include "DocumentDiff.h"

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
    out.append({path, text(a), text(b)});
}

} // namespace

QList<FieldChange> diffDocuments(const SmoutDocument &a, const SmoutDocument &b)
{
    QList<FieldChange> out;
    walk(QString(), io::toJsonObject(a), io::toJsonObject(b), out);
    return out;
}

} // namespace smout
