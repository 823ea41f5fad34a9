#pragma once

// Reading and writing `.smout` files (shared spec smout-format.md).
// Reading refuses anything that is not a well-formed document of a known format version,
// with a message naming the key path; writing always produces the same bytes for the same
// document (spec key order, then unknown keys in alphabetical order).

#include "model/Result.h"
#include "model/SmoutDocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace smout::io {

// The limits of a .smout, so that every verb finishes any input in seconds (README, Limits),
// all checked before or while parsing, also for a document embedded in a PDF: the largest
// file (bytes), the most data in it (bytes without the white space between values, so that
// a document is as large written compactly as indented), the longest string value
// (characters), the entries of each list of the form, the requests, the release markings;
// and, before anything is built, the entries of any list and the keys of any object (data
// of a newer version included).
inline constexpr qsizetype MaxFileSize = 4 * 1024 * 1024;
inline constexpr qsizetype MaxDataSize = 256 * 1024;
inline constexpr qsizetype MaxStringLength = 100000;
inline constexpr int MaxNestingDepth = 64;
inline constexpr qsizetype MaxListEntries = 250;
inline constexpr qsizetype MaxRequests = 250;
inline constexpr qsizetype MaxMarkings = 1000;
inline constexpr qsizetype MaxAnyListEntries = 1000;
inline constexpr qsizetype MaxObjectKeys = 1000;

Result<SmoutDocument> readSmout(QByteArrayView bytes);
// One text, yes/no, date or choice field of the form (key path `path`) set in `doc` to
// `value`, checked as readSmout checks that field, so an edit need not read the whole document
// again. Gives the value as the document's file form now holds it (toJsonObject at `path`).
// Nothing, and `doc` unchanged, when `path` is not such a field, or the value is refused or
// longer than MaxStringLength: readSmout then decides, with its message.
std::optional<QJsonValue> readField(SmoutDocument &doc, QStringView path, const QJsonValue &value);
// Refuses text that is not Unicode (a lone surrogate), naming its key path.
Result<QByteArray> writeSmout(const SmoutDocument &doc);
// The document as JSON in memory, for reading by key path and comparing. Every document read
// or edited encodes (both refuse lone surrogates); one that does not has no keys.
QJsonObject toJsonObject(const SmoutDocument &doc);

// "512 KB", "512 MB": a size limit as messages name it.
QString sizeLimitText(qsizetype bytes);

// `path` "-" reads standard input.
Result<QByteArray> readInputFile(const QString &path, qsizetype maxSize = MaxFileSize);
Result<SmoutDocument> loadSmoutFile(const QString &path);

// Writes through QSaveFile: the target is replaced only when everything was written.
Status writeFileAtomically(const QString &path, const QByteArray &data);
// Refuses, saving nothing, a document the reader would refuse (one over the limits above):
// a file saved must open again.
Status saveSmoutFile(const SmoutDocument &doc, const QString &path);

} // namespace smout::io
