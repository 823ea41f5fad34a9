#pragma once

// What the first revision a signature covers may hold, beyond what SMOUT Studio's export and
// signing write. Export writes a catalog with the pages, an interactive form of signature
// fields only, the embedded files, the structure tree with its language and metadata, and a
// viewer preference; pages with their content, resources, size, annotation list and
// structure index; no annotation but signature widgets, which run no action. Anything else
// in the signed revision (an action run on opening, a script, an XFA form that some viewers
// show instead of the pages, a layer, a crop box, a rotation, a text box) is named: reading
// the pages' text back cannot see what it does. What later revisions add is checked by the
// after-signing comparison (RevisionDiff.h).

#include <QByteArray>
#include <QStringList>

namespace smout::signing {

// Empty when the signed revision holds only what export and signing write.
QStringList unexpectedInSignedRevision(const QByteArray &signedRevision);

} // namespace smout::signing
