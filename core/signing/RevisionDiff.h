#pragma once

// What changed between a signed revision of a PDF and the file as it is now, decided by an
// allow-list the way trusted validators decide it: every object reachable from the signed
// revision's trailer is compared with the same object now. Later revisions may only add
// signature fields (a /Sig field that is its own widget, with its own appearance stream and
// signature dictionary), append them to /AcroForm /Fields and to the /Annots of a page, set
// /AcroForm /SigFlags, and add /DSS validation data to the catalog. A new signature widget
// may be tagged: a Form element appended to the document element's kids, with an object
// reference to it, and its entry appended to the flat parent tree. Anything else is a change
// after signing, named as a reader would notice it ("FreeText annotation added on page 3",
// "font F2 on page 1 changed", "signature field smout-author renamed to …"). Objects whose
// object number is redefined with another generation number are refused as ambiguous, since
// viewers disagree about which definition counts.

#include "model/Result.h"

#include <QByteArray>
#include <QStringList>

namespace smout::signing {

// The changes from `signedRevision` (the bytes a signature covers) to `current`; empty
// when nothing but signatures and validation data was added. An error when either cannot be
// read at all.
Result<QStringList> changesAfterSigning(const QByteArray &signedRevision, const QByteArray &current);

} // namespace smout::signing
