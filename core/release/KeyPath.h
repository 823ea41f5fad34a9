#pragma once

// Key paths of the .smout format ("summary.contacts[0].phone") over the document's JSON.

#include <QJsonValue>
#include <QList>
#include <QString>
#include <variant>

#include <functional>
#include <optional>

namespace smout::release {

// A step is an object key (QString) or a list index (qsizetype).
using KeyStep = std::variant<QString, qsizetype>;
using KeySteps = QList<KeyStep>;

// Nothing when `path` is not a well-formed key path.
std::optional<KeySteps> parseKeyPath(const QString &path);

// The value at `steps`, or nothing when a key or index does not exist.
std::optional<QJsonValue> valueAt(const QJsonValue &root, const KeySteps &steps);
// Replaces the value at `steps` (which must exist).
void setValueAt(QJsonValue &root, const KeySteps &steps, const QJsonValue &value);

// Every string in `v`, passed to `visit` with its key path (`path` is the path of `v`).
void forEachString(const QJsonValue &v, const QString &path,
                   const std::function<void(const QString &path, const QString &text)> &visit);

} // namespace smout::release
