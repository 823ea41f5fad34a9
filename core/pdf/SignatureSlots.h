#pragma once

// Where each role signs on the last page of an exported SMOUT: rectangles normalised to the
// page (0..1, top-left origin), the convention poppler's signing API uses.

#include "model/Codes.h"

#include <QRectF>
#include <QString>

namespace smout::pdf {

inline QRectF signatureSlot(Role role)
{
    const qreal top = role == Role::Author ? 0.20 : role == Role::Counsel ? 0.42 : 0.64;
    return QRectF(0.12, top, 0.76, 0.13);
}

// Whether a rectangle (normalised as above) lies within one role's box, give or take a
// hundredth of the page: where a visible signature may go, so that it covers nothing signed.
inline bool withinASignatureSlot(const QRectF &normalised)
{
    for (const Role role : allOf<Role>())
        if (signatureSlot(role).adjusted(-0.01, -0.01, 0.01, 0.01).contains(normalised.normalized()))
            return true;
    return false;
}

// The name of the signature field of each role, e.g. "smout-author".
inline QString signatureFieldName(Role role)
{
    return QStringLiteral("smout-") + QString(codeOf(role));
}

} // namespace smout::pdf
