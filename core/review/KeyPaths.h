#pragma once

// Whether a key path such as "summary.contacts[1].email" names a value of a document.

#include "model/SmoutDocument.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace smout::review {

// True when `path` names a value the document holds in its screening, summary, questions
// or review (a list entry only while the list has it); "" (the whole document) is true too.
bool documentHasPath(const SmoutDocument &doc, const QString &path);

// The value `path` names in `json` (a document in file form), or none when it names no value
// of those sections; for "" none as well (the whole document is not one value).
std::optional<QJsonValue> valueAtPath(const QJsonObject &json, const QString &path);

} // namespace smout::review
