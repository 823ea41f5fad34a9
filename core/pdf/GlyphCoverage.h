#pragma once

// Characters no installed font can draw. Qt leaves them out of the page without a word,
// so a signed record could hide them; the renderer draws a visible placeholder naming the
// code point instead ("[U+1F600]") and export reports each one as a warning.

#include "model/SmoutDocument.h"

#include <QList>
#include <QString>

namespace smout::pdf {

// Whether some installed font has a glyph for the code point (decided once per code point).
bool hasGlyph(char32_t codePoint);

// "[U+1F600]": what the page shows instead of a character no font can draw.
QString glyphPlaceholder(char32_t codePoint);

// Escaped HTML with every character no font can draw replaced by its placeholder, styled
// apart from the text around it.
QString withGlyphPlaceholders(const QString &html);

struct MissingGlyph {
    QString path; // key path of the field, as in findings ("questions.q1_description")
    char32_t codePoint = 0;
};

// Every field of the document holding a character no font can draw, once per field and code point.
QList<MissingGlyph> missingGlyphs(const SmoutDocument &doc);

// "questions.q1_description: U+1F600 has no glyph in any installed font; the PDF shows [U+1F600]"
QString missingGlyphWarning(const MissingGlyph &missing);

} // namespace smout::pdf
