#pragma once

// A strict JSON parser that knows where it is: every refusal names the key path
// (`summary.pias[1].id`) as well as the line and column, which QJsonDocument cannot do.
// It also enforces the limits a .smout file must respect (nesting depth, string length,
// entries of one list, keys of one object, no NUL characters, no duplicate keys), while
// reading: a list of a million entries is refused at its 1,001st, before it is all built.

#include "model/Result.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace smout::io {

struct JsonLimits {
    int maxDepth = 64;
    qsizetype maxStringLength = 1024 * 1024;
    qsizetype maxListEntries = 1000;
    qsizetype maxObjectKeys = 1000;
};

// The top-level value must be an object.
Result<QJsonObject> parseJsonObject(QByteArrayView utf8, const JsonLimits &limits = {});

} // namespace smout::io
