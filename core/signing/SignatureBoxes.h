#pragma once

// Only real signatures may look like signatures. Every signature box on the pages (a widget
// of a signature field, by its own /FT or its field's) must be an indirect object listed in
// the form's fields (/AcroForm /Fields), under a name no other signature field has, and its
// field's signature must have verified. A box drawn otherwise (a direct widget in a page's
// /Annots, an indirect one the form does not list, one whose field holds no valid signature)
// shows a signature that no key made: poppler and verification do not list it, yet viewers
// draw it.

#include <QByteArray>
#include <QSet>
#include <QStringList>

namespace smout::signing {

// `verifiedFields`: the names of the signature fields whose signatures verified.
QStringList signatureBoxesWithoutSignature(const QByteArray &pdf, const QSet<QString> &verifiedFields);

} // namespace smout::signing
