#pragma once

// Whether a signed revision's pages are, object for object, the pages the export renderer
// draws for its embedded data: the same drawing operators in the same order (the marked-content
// brackets the structure tagger adds aside), the same resources (fonts with their programs,
// glyph maps and widths; images; graphics states), the same page boxes and rotation, and no
// annotation but signature widgets. Such pages show exactly what the renderer shows for the
// data, so reading their text back can be skipped; any other difference, however harmless,
// leaves the decision to the text comparison (VisibleText.h).

#include <QByteArray>

namespace smout::signing {

bool samePagesAsRendered(const QByteArray &signedRevision, const QByteArray &rendered);

} // namespace smout::signing
