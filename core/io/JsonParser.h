#pragma once

// A strict JSON parser that knows where it is: every refusal names the key path
// (`summary.pias[1].id`) as well as the line and column, which QJsonDocument cannot do.
// It also enforces the limits a .smout file must respect (nesting depth, string length,
// no NUL characters, no duplicate keys).

#include "model/Result.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace smout::io {

struct JsonLimits {
    int maxDepth = 64;
    qsizetype maxStringLength = 1024 * 1024;
};

// The top-level value must be an object.
Result<QJsonObject> parseJsonObject(QByteArrayView utf8, const JsonLimits &limits = {});

} // namespace smout::io
