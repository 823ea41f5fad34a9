#include "MarkingRanges.h"

namespace smout::release {

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
        if (r.path != path || !r.start || !r.end)
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

} // namespace smout::release
