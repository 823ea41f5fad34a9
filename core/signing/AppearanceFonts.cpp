#include "AppearanceFonts.h"

#include <QRegularExpression>
#include <QString>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <set>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

using Handle = QPDFObjectHandle;

// A hex string's bytes as one number (a code) or as UTF-16BE text (a destination).
quint32 codeOf(const QByteArray &hex)
{
    return hex.toUInt(nullptr, 16);
}

QString textOf(const QByteArray &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString out;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        out += QChar(char16_t((quint8(bytes[i]) << 8) | quint8(bytes[i + 1])));
    return out;
}

void map(QHash<char32_t, quint16> &out, quint32 code, const QString &text)
{
    const QList<uint> points = text.toUcs4();
    if (points.size() == 1 && code <= 0xffff && !out.contains(points.front()))
        out.insert(points.front(), quint16(code));
}

// The /W array: `c [w1 w2 …]` gives c, c+1, …; `c1 c2 w` gives every code from c1 to c2.
QHash<quint16, double> widthsOf(Handle w)
{
    QHash<quint16, double> out;
    if (!w.isArray())
        return out;
    std::vector<Handle> items = w.getArrayAsVector();
    for (size_t i = 0; i + 1 < items.size();) {
        if (!items[i].isInteger())
            break;
        const long long first = items[i].getIntValue();
        if (items[i + 1].isArray()) {
            long long code = first;
            for (Handle width : items[i + 1].getArrayAsVector())
                if (width.isNumber() && code >= 0 && code <= 0xffff)
                    out.insert(quint16(code++), width.getNumericValue());
            i += 2;
        } else if (i + 2 < items.size() && items[i + 1].isInteger() && items[i + 2].isNumber()) {
            for (long long code = std::max(0LL, first); code <= std::min(items[i + 1].getIntValue(), 0xffffLL); ++code)
                out.insert(quint16(code), items[i + 2].getNumericValue());
            i += 3;
        } else {
            break;
        }
    }
    return out;
}

} // namespace

QHash<char32_t, quint16> charactersOfCMap(const QByteArray &cmap)
{
    static const QRegularExpression token(u"<([0-9A-Fa-f]*)>|(\\[)|(\\])|(beginbfchar|endbfchar|beginbfrange|endbfrange)"_s);
    QHash<char32_t, quint16> out;
    enum { None, Chars, Ranges } section = None;
    QList<QByteArray> operands; // hex strings of the current entry
    bool inArray = false;
    QList<QByteArray> array;
    for (auto it = token.globalMatch(QString::fromLatin1(cmap)); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(4).isEmpty()) {
            const QString word = m.captured(4);
            section = word == u"beginbfchar" ? Chars : word == u"beginbfrange" ? Ranges : None;
            operands.clear();
            continue;
        }
        if (section == None)
            continue;
        if (!m.captured(2).isEmpty()) {
            inArray = true;
            array.clear();
            continue;
        }
        if (!m.captured(3).isEmpty()) {
            inArray = false;
            if (section == Ranges && operands.size() == 2) {
                const quint32 lo = codeOf(operands[0]);
                for (qsizetype i = 0; i < array.size(); ++i)
                    map(out, lo + quint32(i), textOf(array[i]));
            }
            operands.clear();
            continue;
        }
        const QByteArray hex = m.captured(1).toLatin1();
        if (inArray) {
            array << hex;
            continue;
        }
        operands << hex;
        if (section == Chars && operands.size() == 2) {
            map(out, codeOf(operands[0]), textOf(operands[1]));
            operands.clear();
        } else if (section == Ranges && operands.size() == 3) {
            const quint32 lo = codeOf(operands[0]), hi = codeOf(operands[1]);
            QByteArray destination = QByteArray::fromHex(operands[2]);
            // The destination's last byte counts up along the range.
            for (quint32 code = lo; code <= hi && code - lo < 0x10000 && !destination.isEmpty(); ++code) {
                map(out, code, textOf(destination.toHex()));
                destination.back() = char(quint8(destination.back()) + 1);
            }
            operands.clear();
        }
    }
    return out;
}

QList<AppearanceFont> embeddedFontsOf(QPDF &q)
{
    QList<AppearanceFont> out;
    std::set<QPDFObjGen> seen;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(q).getAllPages()) {
        Handle fonts = page.getAttribute("/Resources", false).getKey("/Font");
        if (!fonts.isDictionary())
            continue;
        for (const std::string &name : fonts.getKeys()) {
            Handle font = fonts.getKey(name);
            if (!font.isIndirect() || !seen.insert(font.getObjGen()).second)
                continue;
            Handle descendants = font.getKey("/DescendantFonts");
            Handle cid = descendants.isArray() && descendants.getArrayNItems() == 1 ? descendants.getArrayItem(0) : Handle::newNull();
            Handle toUnicode = font.getKey("/ToUnicode");
            const bool usable = font.getKey("/Subtype").isNameAndEquals("/Type0") && font.getKey("/Encoding").isNameAndEquals("/Identity-H")
                                && cid.isDictionary() && cid.getKey("/Subtype").isNameAndEquals("/CIDFontType2")
                                && (cid.getKey("/CIDToGIDMap").isNull() || cid.getKey("/CIDToGIDMap").isNameAndEquals("/Identity"))
                                && cid.getKey("/FontDescriptor").getKey("/FontFile2").isStream() && toUnicode.isStream();
            if (!usable)
                continue;
            AppearanceFont f;
            f.reference = QByteArray::number(font.getObjectID()) + ' ' + QByteArray::number(font.getGeneration()) + " R";
            const auto data = toUnicode.getStreamData(qpdf_dl_generalized);
            f.glyphs = charactersOfCMap(QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize())));
            f.widths = widthsOf(cid.getKey("/W"));
            if (cid.getKey("/DW").isNumber())
                f.defaultWidth = cid.getKey("/DW").getNumericValue();
            if (!f.glyphs.isEmpty())
                out << f;
        }
    }
    return out;
}

} // namespace smout::signing
