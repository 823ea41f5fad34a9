#pragma once

// Reads the structure of the laid-out form text (headings, paragraphs, lists, table cells,
// check-box glyphs) off the QTextDocument the renderer paints, line by line, so that each
// line's area on its page is claimed by its element.

#include "PdfStructure.h"

class QTextDocument;

namespace smout::pdf {

// `band` is the header band above the text on every page, `pageHeight` the text's height
// per page, both in device pixels. `labels`: a list item's bullet or number is its label (Lbl)
// rather than part of its body (page layouts before 3).
void collectTextStructure(const QTextDocument &text, const PageGeometry &geometry, qreal band, qreal pageHeight,
                          PdfStructure &out, bool labels = true);

} // namespace smout::pdf
