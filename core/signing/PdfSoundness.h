#pragma once

// Checks of a whole PDF file before its signatures are trusted:
// - limits: no stream may decompress
//   to more than MaxStreamBytes, all streams together to more than MaxTotalBytes, and the
//   file may hold at most MaxObjects objects; past a limit the file is refused with a message
//   naming the limit, so that no input can make verification take long or use much memory;
// - truncation: the last revision must end with %%EOF (whitespace aside); a file cut short is
//   refused, data after the last %%EOF is reported;
// - ambiguity: where PDF readers can disagree about what the file says, the file is reported
//   as ambiguous rather than read one way: damage qpdf had to repair (a broken or
//   reconstructed cross-reference table, duplicate dictionary keys), an object number defined
//   with two generation numbers, a name tree (embedded files, JavaScript) naming one entry
//   twice.

#include "model/Result.h"

#include <QByteArray>
#include <QStringList>

namespace smout::signing {

inline constexpr qint64 MaxStreamBytes = 64 * 1024 * 1024;
inline constexpr qint64 MaxTotalBytes = 256 * 1024 * 1024;
inline constexpr qint64 MaxObjects = 200000;

// An error when the file is truncated, past a limit or unreadable; otherwise what makes it
// ambiguous or carries data past its end (empty when nothing does).
Result<QStringList> soundnessProblems(const QByteArray &pdf);

// The limits alone (objects, decompressed streams): an error naming the limit passed, or
// saying that the file cannot be read.
Status withinLimits(const QByteArray &pdf);

} // namespace smout::signing
