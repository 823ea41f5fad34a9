#include "KeyPath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace smout::release {

using namespace Qt::StringLiterals;

std::optional<KeySteps> parseKeyPath(const QString &path)
{
    static const QRegularExpression step(u"\\G(?:(?:^|\\.)([^.\\[\\]]+)|\\[(0|[1-9][0-9]{0,8})\\])"_s);
    KeySteps steps;
    qsizetype at = 0;
    auto it = step.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart(0) != at)
            return std::nullopt;
        at = m.capturedEnd(0);
        if (m.hasCaptured(2))
            steps.append(KeyStep(m.captured(2).toLongLong()));
        else
            steps.append(KeyStep(m.captured(1)));
    }
    if (steps.isEmpty() || at != path.size() || !std::holds_alternative<QString>(steps.first()))
        return std::nullopt;
    return steps;
}

std::optional<QJsonValue> valueAt(const QJsonValue &root, const KeySteps &steps)
{
    QJsonValue v = root;
    for (const KeyStep &s : steps) {
        if (const QString *key = std::get_if<QString>(&s)) {
            if (!v.isObject() || !v.toObject().contains(*key))
                return std::nullopt;
            v = v.toObject().value(*key);
        } else {
            const qsizetype i = std::get<qsizetype>(s);
            if (!v.isArray() || i >= v.toArray().size())
                return std::nullopt;
            v = v.toArray().at(i);
        }
    }
    return v;
}

namespace {

void setAt(QJsonValue &v, const KeySteps &steps, qsizetype depth, const QJsonValue &value)
{
    if (depth == steps.size()) {
        v = value;
        return;
    }
    const KeyStep &s = steps[depth];
    if (const QString *key = std::get_if<QString>(&s)) {
        QJsonObject o = v.toObject();
        QJsonValue child = o.value(*key);
        setAt(child, steps, depth + 1, value);
        o.insert(*key, child);
        v = o;
    } else {
        QJsonArray a = v.toArray();
        const qsizetype i = std::get<qsizetype>(s);
        QJsonValue child = a.at(i);
        setAt(child, steps, depth + 1, value);
        a[i] = child;
        v = a;
    }
}

} // namespace

void setValueAt(QJsonValue &root, const KeySteps &steps, const QJsonValue &value)
{
    setAt(root, steps, 0, value);
}

} // namespace smout::release

namespace smout::release {

void forEachString(const QJsonValue &v, const QString &path,
                   const std::function<void(const QString &path, const QString &text)> &visit)
{
    if (v.isString()) {
        visit(path, v.toString());
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            forEachString(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), visit);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            forEachString(a[i], path + u'[' + QString::number(i) + u']', visit);
    }
}

} // namespace smout::release
