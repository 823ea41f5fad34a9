#include "MarkingRanges.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace smout::release {

using namespace Qt::StringLiterals;

bool followEdit(QList<Redaction> &markings, const QString &path, const QString &before, const QString &after)
{
    // The edit as one replacement: before[at, oldEnd) became after[at, newEnd).
    qsizetype at = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (at < shorter && before[at] == after[at])
        ++at;
    qsizetype tail = 0;
    while (tail < shorter - at && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const qsizetype oldEnd = before.size() - tail;
    const qsizetype newEnd = after.size() - tail;
    const qsizetype delta = newEnd - oldEnd;

    bool changed = false;
    for (Redaction &r : markings) {
        if (r.path != path || !r.start || !r.end || isLost(r))
            continue;
        qsizetype start = *r.start, end = *r.end;
        if (at >= end) {
            continue; // after the marking (or typed right behind it)
        } else if (oldEnd <= start) {
            start += delta; // before it
            end += delta;
        } else if (at >= start && oldEnd <= end) {
            end += delta; // inside it
        } else if (at <= start && oldEnd >= end) {
            start = end = at; // its words are all gone
        } else if (at < start) {
            start = newEnd; // its first words deleted
            end += delta;
        } else {
            end = at; // its last words deleted
        }
        if (start != *r.start || end != *r.end) {
            r.start = start;
            r.end = end;
            changed = true;
        }
    }
    return changed;
}

bool isLost(const Redaction &marking)
{
    return marking.unknown.value(u"lost"_s).toBool();
}

bool followListEdit(QList<Redaction> &markings, const QString &path, const QJsonArray &before, const QJsonArray &after)
{
    if (before == after)
        return false;
    // Where each entry of `before` is now: the same index when it is unchanged there or the
    // list kept its length (an entry edited in place), else the first unclaimed equal entry.
    QList<qsizetype> moved(before.size(), -1);
    QList<bool> claimed(after.size(), false);
    for (qsizetype i = 0; i < before.size(); ++i)
        if (i < after.size() && after[i] == before[i]) {
            moved[i] = i;
            claimed[i] = true;
        }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (moved[i] >= 0)
            continue;
        for (qsizetype j = 0; j < after.size() && moved[i] < 0; ++j)
            if (!claimed[j] && after[j] == before[i]) {
                moved[i] = j;
                claimed[j] = true;
            }
    }
    if (before.size() == after.size())
        for (qsizetype i = 0; i < before.size(); ++i)
            if (moved[i] < 0 && !claimed[i]) {
                moved[i] = i;
                claimed[i] = true;
            }

    static const QRegularExpression entry(u"^\\[(\\d+)\\](.*)$"_s);
    bool changed = false;
    for (Redaction &r : markings) {
        if (!r.path.startsWith(path + u'[') || isLost(r))
            continue;
        const auto m = entry.match(QStringView(r.path).mid(path.size()));
        if (!m.hasMatch())
            continue;
        const qsizetype i = m.captured(1).toLongLong();
        if (i >= before.size())
            continue;
        if (moved[i] < 0) {
            r.unknown.insert(u"lost"_s, true);
            changed = true;
        } else if (moved[i] != i) {
            r.path = path + u'[' + QString::number(moved[i]) + u']' + m.captured(2);
            changed = true;
        }
    }
    // An entry edited in place: markings of part of its text follow the edit as in a field.
    for (qsizetype i = 0; i < before.size(); ++i) {
        const qsizetype j = moved[i];
        if (j < 0 || after[j] == before[i])
            continue;
        const QString entryPath = path + u'[' + QString::number(j) + u']';
        if (before[i].isString() && after[j].isString()) {
            changed |= followEdit(markings, entryPath, before[i].toString(), after[j].toString());
        } else if (before[i].isObject() && after[j].isObject()) {
            const QJsonObject was = before[i].toObject(), now = after[j].toObject();
            for (auto it = was.begin(); it != was.end(); ++it)
                if (it->isString() && now.value(it.key()).isString())
                    changed |= followEdit(markings, entryPath + u'.' + it.key(), it->toString(), now.value(it.key()).toString());
        }
    }
    return changed;
}

} // namespace smout::release
