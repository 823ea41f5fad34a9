#pragma once

// Whether the pages of a signed revision say what its embedded .smout says: the embedded
// document is laid out again by the export renderer, and the text of every page (signature
// appearances left out) is compared with the signed pages' text. A difference names the
// field whose value the pages do not show, or quotes where the texts part.

#include <QByteArray>
#include <QStringList>

namespace smout::signing {

// Empty when the pages and the embedded data agree.
QStringList pagesDifferFromData(const QByteArray &signedRevision);

} // namespace smout::signing
