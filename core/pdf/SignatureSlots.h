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

// The name of the signature field of each role, e.g. "smout-author".
inline QString signatureFieldName(Role role)
{
    return QStringLiteral("smout-") + QString(codeOf(role));
}

} // namespace smout::pdf
