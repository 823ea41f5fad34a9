#pragma once

// The fonts a signed PDF's pages embed, for drawing a signature's appearance with them rather
// than with a standard font that is not embedded (PDF/UA wants every font shown embedded).
// Export embeds subsets of TrueType fonts as Type0 fonts with Identity-H encoding: a glyph is
// shown by its two-byte id, its character found through the font's /ToUnicode map and its
// advance width in the CID font's /W.

#include <QByteArray>
#include <QHash>
#include <QList>

#include <qpdf/QPDF.hh>

namespace smout::signing {

struct AppearanceFont {
    QByteArray reference;             // the font object, "12 0 R"
    QHash<char32_t, quint16> glyphs;  // a character's glyph id (its Identity-H code)
    QHash<quint16, double> widths;    // a glyph's advance, in thousandths of the size
    double defaultWidth = 1000;       // /DW
};

// The embedded Identity-H fonts of the pages' resources, each once, in page order.
QList<AppearanceFont> embeddedFontsOf(QPDF &q);

// The characters of a /ToUnicode CMap (bfchar and bfrange) to their two-byte codes; the first
// code found for a character counts.
QHash<char32_t, quint16> charactersOfCMap(const QByteArray &cmap);

} // namespace smout::signing
