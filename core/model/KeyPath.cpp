#include "KeyPath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace smout {

namespace {

bool isSeparator(QChar c)
{
    return c == u'.' || c == u'[' || c == u']';
}

// "[12]" at `at`: the index, and where the step ends.
std::optional<std::pair<qsizetype, qsizetype>> indexStep(QStringView path, qsizetype at)
{
    const qsizetype close = path.indexOf(u']', at + 1);
    if (close < 0)
        return std::nullopt;
    const QStringView digits = path.sliced(at + 1, close - at - 1);
    if (digits.isEmpty() || digits.size() > 9 || (digits.size() > 1 && digits.front() == u'0'))
        return std::nullopt;
    qsizetype index = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        index = index * 10 + (c.unicode() - u'0');
    }
    return std::pair{index, close + 1};
}

} // namespace

std::optional<KeySteps> parseKeyPath(QStringView path)
{
    KeySteps steps;
    qsizetype at = 0;
    while (at < path.size()) {
        if (path[at] == u'[' && !steps.isEmpty()) {
            const auto index = indexStep(path, at);
            if (!index)
                return std::nullopt;
            steps.append(KeyStep(index->first));
            at = index->second;
            continue;
        }
        if (!steps.isEmpty() && path[at++] != u'.')
            return std::nullopt;
        qsizetype end = at;
        while (end < path.size() && !isSeparator(path[end]))
            ++end;
        if (end == at)
            return std::nullopt;
        steps.append(KeyStep(path.sliced(at, end - at).toString()));
        at = end;
    }
    if (steps.isEmpty())
        return std::nullopt;
    return steps;
}

namespace {

template <typename Prefix>
bool isUnder(QStringView path, Prefix prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path[prefix.size()];
    return next == u'.' || next == u'[';
}

} // namespace

bool isUnderKeyPath(QStringView path, QStringView prefix)
{
    return isUnder(path, prefix);
}

bool isUnderKeyPath(QStringView path, QLatin1StringView prefix)
{
    return isUnder(path, prefix);
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

bool setAt(QJsonValue &v, const KeySteps &steps, qsizetype depth, const QJsonValue &value)
{
    if (depth == steps.size()) {
        v = value;
        return true;
    }
    const KeyStep &s = steps[depth];
    if (const QString *key = std::get_if<QString>(&s)) {
        QJsonObject o = v.toObject();
        QJsonValue child = o.value(*key);
        if (!setAt(child, steps, depth + 1, value))
            return false;
        o.insert(*key, child);
        v = o;
        return true;
    }
    QJsonArray a = v.toArray();
    const qsizetype i = std::get<qsizetype>(s);
    if (i >= a.size())
        return false;
    QJsonValue child = a.at(i);
    if (!setAt(child, steps, depth + 1, value))
        return false;
    a[i] = child;
    v = a;
    return true;
}

} // namespace

bool setValueAt(QJsonValue &root, const KeySteps &steps, const QJsonValue &value)
{
    return setAt(root, steps, 0, value);
}

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

} // namespace smout
