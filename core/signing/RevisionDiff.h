#pragma once

// What changed between a signed revision of a PDF and the file as it is now, as a reader
// would notice: page content, embedded files (the .smout data), document information.
// Adding later signatures and their fields changes none of these.

#include "model/Result.h"

#include <QByteArray>
#include <QStringList>

namespace smout::signing {

// The changes from `signedRevision` (the bytes a signature covers) to `current`; empty
// when nothing but signatures was added.
Result<QStringList> changesAfterSigning(const QByteArray &signedRevision, const QByteArray &current);

} // namespace smout::signing
