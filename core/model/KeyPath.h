#pragma once

// Key paths of the .smout format ("summary.contacts[0].phone") over the document's JSON: the
// one grammar every part of SMOUT Studio reads them with, and the one rule for what lies
// inside a path.
//
//   path  = key ( "." key | "[" index "]" )*
//   key   = one or more characters other than ".", "[" and "]"
//   index = "0" or a number of at most 9 digits without leading zero

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>
#include <variant>

namespace smout {

// A step is an object key (QString) or a list index (qsizetype).
using KeyStep = std::variant<QString, qsizetype>;
using KeySteps = QList<KeyStep>;

// Nothing when `path` is not a well-formed key path ("" included).
std::optional<KeySteps> parseKeyPath(QStringView path);

// Whether `path` is `prefix` or lies inside it: "summary.contacts[0]" and
// "summary.contacts.x" are inside "summary.contacts", "summary.contacts_extra" is not.
bool isUnderKeyPath(QStringView path, QStringView prefix);
bool isUnderKeyPath(QStringView path, QLatin1StringView prefix);

// The value at `steps`, or nothing when a key or index does not exist.
std::optional<QJsonValue> valueAt(const QJsonValue &root, const KeySteps &steps);
// Replaces the value at `steps`, adding missing keys; false (and `root` unchanged) when an
// index is past the end of its list.
bool setValueAt(QJsonValue &root, const KeySteps &steps, const QJsonValue &value);

// Every string in `v`, passed to `visit` with its key path (`path` is the path of `v`).
void forEachString(const QJsonValue &v, const QString &path,
                   const std::function<void(const QString &path, const QString &text)> &visit);

} // namespace smout
