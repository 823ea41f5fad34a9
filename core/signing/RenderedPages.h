#pragma once

// The signed pages against a fresh rendering of their embedded data, tagged as export tags it.
//
// The structure tree first, since screen readers read it rather than the pages: its elements,
// with their alternative and replacement texts (a check box read as "Checked: "), in reading
// order, must be the rendering's. A signed revision without a structure tree has nothing else
// to say than its pages' text, which the text comparison checks.
//
// Then whether the pages are, object for object, the rendered ones: the same drawing
// operators and marked content, in the same order; the same resources (fonts with their
// programs, glyph maps and widths; images; graphics states); the same page boxes and
// rotation; the same marked content for the same structure elements; and no annotation but
// signature widgets in their boxes. Only such pages are proven to show exactly what the
// renderer shows for the data; any other difference, however harmless it may look, leaves
// the pages unproven, and the first one is named in plain words (ContentDifference.h).

#include "pdf/PdfStructure.h"

#include <QByteArray>
#include <QString>

namespace smout::signing {

struct RenderedComparison {
    bool samePages = false;
    QString structureDifference; // empty when the structure trees read alike
    QString difference;          // why the pages are not the rendered ones; empty when they are
};

RenderedComparison compareWithRendering(const QByteArray &signedRevision, const QByteArray &rendered,
                                        const pdf::PdfStructure &structure);

} // namespace smout::signing
