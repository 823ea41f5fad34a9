#include "GlyphCoverage.h"

#include "io/SmoutJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRawFont>

namespace smout::pdf {

using namespace Qt::StringLiterals;

namespace {

struct GlyphText {
    Q_DECLARE_TR_FUNCTIONS(smout::pdf::GlyphCoverage)
};

// Characters that draw nothing by design: no glyph is expected of them.
bool drawsNothing(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// Pictographs of the supplementary planes (emoticons, symbols, transport...): Qt gives them
// to a colour emoji font only, and draws nothing without one, even where DejaVu Sans has them.
bool isSupplementaryPictograph(char32_t c)
{
    return c >= 0x1F000 && c <= 0x1FAFF;
}

bool anyFontDraws(char32_t c)
{
    if (isSupplementaryPictograph(c))
        return false;
    // The families the form's text names (FormHtml.cpp's style sheet), in order: Qt's own
    // fallback beyond them is not to be relied on (it skips DejaVu Sans for emoji, say).
    static const QList<QRawFont> fonts = [] {
        QList<QRawFont> out;
        for (const QString &family : {u"Liberation Serif"_s, u"DejaVu Serif"_s, u"DejaVu Sans"_s, u"Droid Sans Fallback"_s}) {
            const QRawFont raw = QRawFont::fromFont(QFont(family));
            if (raw.isValid())
                out.append(raw);
        }
        return out;
    }();
    for (const QRawFont &font : fonts)
        if (font.supportsCharacter(c))
            return true;
    return false;
}

} // namespace

bool hasGlyph(char32_t c)
{
    if (c < 0x80 || drawsNothing(c))
        return true;
    static QMutex mutex;
    static QHash<char32_t, bool> known;
    const QMutexLocker lock(&mutex);
    auto it = known.constFind(c);
    if (it == known.constEnd())
        it = known.insert(c, anyFontDraws(c));
    return it.value();
}

QString glyphPlaceholder(char32_t c)
{
    return u"[U+%1]"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper();
}

QString withGlyphPlaceholders(const QString &html)
{
    QString out;
    out.reserve(html.size());
    for (const char32_t c : html.toUcs4()) {
        if (hasGlyph(c))
            out += QString::fromUcs4(&c, 1);
        else
            out += u"<span style=\"font-family:'Liberation Sans'; font-size:9pt; color:#b00000; "
                   "background-color:#ffe0e0\">%1</span>"_s.arg(glyphPlaceholder(c));
    }
    return out;
}

namespace {

void collect(const QJsonValue &value, const QString &path, QList<MissingGlyph> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collect(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collect(array[i], u"%1[%2]"_s.arg(path).arg(i), out);
    } else if (value.isString()) {
        QList<char32_t> seen;
        for (const char32_t c : value.toString().toUcs4())
            if (!hasGlyph(c) && !seen.contains(c)) {
                seen.append(c);
                out.append({path, c});
            }
    }
}

} // namespace

QList<MissingGlyph> missingGlyphs(const SmoutDocument &doc)
{
    QList<MissingGlyph> out;
    collect(io::toJsonObject(doc), {}, out);
    return out;
}

QString missingGlyphWarning(const MissingGlyph &missing)
{
    const QString point = glyphPlaceholder(missing.codePoint).mid(1).chopped(1);
    return GlyphText::tr("%1: %2 has no glyph in any installed font; the PDF shows %3")
        .arg(missing.path, point, glyphPlaceholder(missing.codePoint));
}

} // namespace smout::pdf
