#pragma once

// Asking a time-stamping authority for a timestamp over a signature value (RFC 3161 over
// HTTP, RFC 3161 section 3.4), and checking its reply before anything is embedded: status
// granted, our nonce, our imprint, and a token whose TSA signature and certificate usage check
// out (TimestampToken.h). Only the URL the user gave is asked: no redirect, no proxy.

#include "model/Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace smout::signing {

// Empty when `tsa` may be asked for timestamps (an http or https URL with a host); else why not.
QString timestampAuthorityProblem(const QUrl &tsa);

// A TimeStampReq for the SHA-256 `imprint`, with `nonce` (big-endian magnitude), asking for
// the TSA's certificate.
QByteArray timestampQuery(const QByteArray &imprint, const QByteArray &nonce);

// The token of a TimeStampResp when the reply answers that query; else what is wrong.
Result<QByteArray> tokenFromReply(const QByteArray &reply, const QByteArray &imprint, const QByteArray &nonce);

// Asks `tsa` for a token over the SHA-256 `imprint`, waiting at most `timeoutSeconds`; the
// token only when its reply checks out.
Result<QByteArray> fetchTimestamp(const QUrl &tsa, const QByteArray &imprint, int timeoutSeconds);

} // namespace smout::signing
