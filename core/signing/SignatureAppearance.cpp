#include "SignatureAppearance.h"

#include <QStringList>

#include <optional>

namespace smout::signing {

namespace {

// Helvetica's advance widths (thousandths of the size) for ASCII 32..126, from its AFM.
constexpr short AsciiWidths[95] = {
    278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space../
    556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @..O
    667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P.._
    333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // `..o
    556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};     // p..~

// How text is measured and shown: in the embedded fonts, glyph by glyph, or in Helvetica.
class Typesetter {
public:
    explicit Typesetter(const QList<AppearanceFont> &fonts) : m_fonts(fonts) {}

    double widthOf(const QString &text, double size) const
    {
        double w = 0;
        if (m_fonts.isEmpty()) {
            // Characters beyond ASCII count as a full em: wrapping a little early never overflows.
            for (const QChar c : text)
                w += (c.unicode() >= 32 && c.unicode() <= 126 ? AsciiWidths[c.unicode() - 32] : 1000);
            return w * size / 1000;
        }
        for (const char32_t c : text.toUcs4())
            if (const auto g = glyph(c))
                w += m_fonts[g->first].widths.value(g->second, m_fonts[g->first].defaultWidth);
            else if (c == u' ')
                w += SpaceWidth;
        return w * size / 1000;
    }

    // The operators that show `line` at the current text position.
    QByteArray show(const QString &line, double size) const
    {
        if (m_fonts.isEmpty())
            return "/Helv " + pdfNumber(size) + " Tf " + pdfLiteral(line) + " Tj\n";
        QByteArray out, shown, glyphs;
        qsizetype font = 0;
        auto flushGlyphs = [&] {
            if (!glyphs.isEmpty())
                shown += '<' + glyphs.toHex() + '>';
            glyphs.clear();
        };
        auto flush = [&] {
            flushGlyphs();
            if (!shown.isEmpty())
                out += "/SF" + QByteArray::number(font) + ' ' + pdfNumber(size) + " Tf [" + shown + "] TJ\n";
            shown.clear();
        };
        for (const char32_t c : line.toUcs4()) {
            const auto g = glyph(c);
            if (!g) {
                // A subset often has no space glyph (the pages place words apart): move on instead.
                if (c == u' ') {
                    flushGlyphs();
                    shown += " -" + QByteArray::number(SpaceWidth) + ' ';
                }
                continue;
            }
            if (g->first != font) {
                flush();
                font = g->first;
            }
            glyphs += char(g->second >> 8);
            glyphs += char(g->second & 0xff);
        }
        flush();
        return out;
    }

private:
    // A space's advance where no font has its glyph, in thousandths of the size.
    static constexpr int SpaceWidth = 278;

    // The first font with the character's glyph, else its base letter's ("é" → "e"), else "?"
    // (a space only as itself).
    std::optional<std::pair<qsizetype, quint16>> glyph(char32_t c) const
    {
        if (c == u' ') {
            for (qsizetype i = 0; i < m_fonts.size(); ++i)
                if (const auto it = m_fonts[i].glyphs.constFind(c); it != m_fonts[i].glyphs.cend())
                    return std::pair{i, it.value()};
            return std::nullopt;
        }
        const QString decomposed = QChar::decomposition(c);
        for (const char32_t candidate : {c, decomposed.isEmpty() ? c : char32_t(decomposed.toUcs4().value(0)), char32_t(u'?')})
            for (qsizetype i = 0; i < m_fonts.size(); ++i)
                if (const auto it = m_fonts[i].glyphs.constFind(candidate); it != m_fonts[i].glyphs.cend())
                    return std::pair{i, it.value()};
        return std::nullopt;
    }

    const QList<AppearanceFont> &m_fonts;
};

// The text in lines no wider than `width`; a word too long for a line is cut.
QStringList wrapped(const Typesetter &type, const QString &text, double width, double size)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (QString word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            const QString joined = line.isEmpty() ? word : line + u' ' + word;
            if (type.widthOf(joined, size) <= width) {
                line = joined;
                continue;
            }
            if (!line.isEmpty())
                lines << line;
            line.clear();
            while (type.widthOf(word, size) > width && word.size() > 1) {
                qsizetype n = word.size() - 1;
                while (n > 1 && type.widthOf(word.left(n), size) > width)
                    --n;
                lines << word.left(n);
                word = word.mid(n);
            }
            line = word;
        }
        lines << line;
    }
    return lines;
}

} // namespace

QByteArray pdfNumber(double v)
{
    if (qAbs(v) < 0.005)
        return "0";
    QByteArray s = QByteArray::number(v, 'f', 2);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    return s;
}

QByteArray pdfLiteral(const QString &text)
{
    QByteArray out = "(";
    for (const char c : text.toLatin1()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '(' || c == ')' || c == '\\')
            out += '\\' + QByteArray(1, c);
        else if (u < 32 || u > 126)
            out += '\\' + QByteArray::number(u, 8).rightJustified(3, '0');
        else
            out += c;
    }
    return out + ')';
}

QByteArray signatureAppearance(double width, double height, const QString &leftText,
                               const QString &rightText, const QList<AppearanceFont> &fonts)
{
    const Typesetter type(fonts);
    const double half = width / 2, pad = 6;
    const double room = half - 2 * pad, tall = height - 2 * pad;
    // One size for both halves, the largest up to 10 pt at which everything fits.
    double size = 10;
    QStringList left, right;
    for (;; size -= 0.5) {
        left = wrapped(type, leftText, room, size);
        right = wrapped(type, rightText, room, size);
        if (size <= 4 || std::max(left.size(), right.size()) * size * 1.2 <= tall)
            break;
    }
    const double leading = size * 1.2;
    auto block = [&](double x, const QStringList &lines, bool centred) -> QByteArray {
        QByteArray s = "q " + pdfNumber(x) + " 0 " + pdfNumber(half) + ' ' + pdfNumber(height) +
                       " re W n\n0.12157 0.22745 0.37255 rg\nBT\n";
        double y = height / 2 + leading * lines.size() / 2 - size;
        for (const QString &line : lines) {
            const double dx = centred ? (half - type.widthOf(line, size)) / 2 : pad;
            s += "1 0 0 1 " + pdfNumber(x + dx) + ' ' + pdfNumber(y) + " Tm " + type.show(line, size);
            y -= leading;
        }
        return s + "ET Q\n";
    };
    return "q 0.95294 0.96471 0.98039 rg 0 0 " + pdfNumber(width) + ' ' + pdfNumber(height) +
           " re f Q\n" + block(0, left, true) + block(half, right, false);
}

} // namespace smout::signing
