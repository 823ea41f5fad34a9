#pragma once

// Keeps release markings on the same words while their text is edited: typing before a
// marking moves it, typing inside it grows or shrinks it, and deleting part of the marked
// words keeps the rest marked. A marking whose words were all deleted keeps an empty range,
// which RED-RANGE reports as an error — it is never moved onto other words.

#include "model/SmoutDocument.h"

#include <QJsonArray>

namespace smout::release {

// The markings of `markings` with character ranges over `path`, adjusted for `before`
// becoming `after`. Returns whether any marking changed.
bool followEdit(QList<Redaction> &markings, const QString &path, const QString &before, const QString &after);

// The markings of entries of the list at `path` (and of their fields), moved with their entry
// when entries are added, removed or reordered. A marking whose entry was removed is kept and
// flagged lost ("lost": true in the file), which RED-RANGE reports; it never moves onto
// another entry. Markings of part of an entry's text follow an edit of that entry in place.
bool followListEdit(QList<Redaction> &markings, const QString &path, const QJsonArray &before, const QJsonArray &after);

// Whether the entry a marking covered was removed (see followListEdit).
bool isLost(const Redaction &marking);

} // namespace smout::release
