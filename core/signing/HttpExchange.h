#pragma once

// One HTTP exchange with a server a user or a certificate named, for the timestamps and
// revocation data the signing code fetches: no proxy, no redirect (an answer elsewhere is not
// an answer from the server named), a deadline, and a cap on the answer's size.

#include "model/Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace smout::signing {

// The body of `url`'s 200 answer: to a POST of `body` as `contentType`, or to a GET when
// `contentType` is empty; else why there is none.
Result<QByteArray> httpExchange(const QUrl &url, const QByteArray &body, const QString &contentType, int timeoutSeconds, qint64 maxAnswer);

} // namespace smout::signing
