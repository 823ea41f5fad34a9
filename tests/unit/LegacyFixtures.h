#pragma once

// Fixtures for import-legacy tests: the ICE 2012 reference text with its check boxes
// drawn as the example document answers them, written as a .docx (glyph boxes or Word
// content-control boxes) or a PDF, and the share of fields two documents agree on.

#include "io/SmoutJson.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

#include <functional>

namespace legacyfixtures {

using namespace Qt::StringLiterals;

// The released ICE 2012 SMOUT as text (a copy of ../shared/reference's).
inline QString iceText()
{
    QFile f(QStringLiteral(SMOUT_TEST_DATA "/legacy/smout-ice-immigration-enforcement-2012.txt"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

inline smout::SmoutDocument iceExample()
{
    return smout::io::loadSmoutFile(QStringLiteral(SMOUT_EXAMPLES "/ice-2012-social-media-enforcement.smout")).value();
}

// The reference text with "{X}" / "{ }" boxes where the example's answers stand.
inline QStringList iceLinesWithBoxes()
{
    const QStringList q5{u"no"_s, u"no"_s, u"yes"_s, u"no"_s, u"no"_s, u"yes"_s, u"no"_s, u"no"_s};
    int rule = 0;
    QStringList out;
    for (QString line : iceText().split(u'\n')) {
        const QString t = line.trimmed().remove(QRegularExpression(u"^-\\s*"_s));
        const auto box = [&](bool on) { line = (on ? u"{X} "_s : u"{ } "_s) + t; };
        if (t == u"Yes. No.")
            line = u"{X} Yes. { } No."_s;
        else if (t == u"Yes. No. If not, please explain:") {
            const bool yes = q5.value(rule++) == u"yes";
            line = u"%1 Yes. %2 No. If not, please explain:"_s.arg(yes ? u"{X}"_s : u"{ }"_s, yes ? u"{ }"_s : u"{X}"_s);
        } else if (t.startsWith(u"In development. Operational."))
            line = u"{ } In development. {X} Operational. Date first launched: Unknown."_s;
        else if (t.startsWith(u"Yes, employees self-certify") || t.startsWith(u"Program has met")
                 || t == u"A PIA is required." || t == u"A SORN is required:"
                 || t.startsWith(u"Covered by existing"))
            box(true);
        else if (t.startsWith(u"Yes, Component Privacy Officers") || t.startsWith(u"No. If not")
                 || t.startsWith(u"Program has not yet") || t.startsWith(u"Program authorities")
                 || t.startsWith(u"Rules of Behavior do not comply") || t == u"Training required."
                 || t.startsWith(u"Additional Privacy compliance") || t == u"New."
                 || t.startsWith(u"Updated."))
            box(false);
        out << line;
    }
    return out;
}

inline QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

enum class BoxStyle { Glyphs, ContentControls };

// One w:p per line; Markdown links become w:hyperlink, emphasis is dropped.
inline QByteArray documentXml(const QStringList &lines, BoxStyle style)
{
    QString body;
    static const QRegularExpression token(u"\\{X\\}|\\{ \\}|\\[([^\\]]*)\\]\\(#\\)"_s);
    for (QString line : lines) {
        line.remove(u"**"_s).remove(u'*').replace(u"\\("_s, u"("_s).replace(u"\\)"_s, u")"_s);
        line = line.trimmed().remove(QRegularExpression(u"^-\\s*"_s));
        QString p = u"<w:p>"_s;
        qsizetype pos = 0;
        auto it = token.globalMatch(line);
        const auto run = [&](const QString &text) {
            if (!text.isEmpty())
                p += u"<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>"_s.arg(xmlEscaped(text));
        };
        while (it.hasNext()) {
            const auto m = it.next();
            run(line.mid(pos, m.capturedStart() - pos));
            pos = m.capturedEnd();
            if (m.captured(0).startsWith(u'[')) {
                p += u"<w:hyperlink r:id=\"rId9\"><w:r><w:t>%1</w:t></w:r></w:hyperlink>"_s.arg(xmlEscaped(m.captured(1)));
                continue;
            }
            const bool on = m.captured(0) == u"{X}";
            if (style == BoxStyle::Glyphs)
                run(on ? u"☒"_s : u"☐"_s);
            else
                p += u"<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"%1\"/>"
                     "<w14:checkedState w14:val=\"2612\"/><w14:uncheckedState w14:val=\"2610\"/>"
                     "</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>%2</w:t></w:r></w:sdtContent></w:sdt>"_s
                         .arg(on ? u"1"_s : u"0"_s, on ? u"☒"_s : u"☐"_s);
        }
        run(line.mid(pos));
        body += p + u"</w:p>\n"_s;
    }
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
             "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
             "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"><w:body>\n"_s
            + body + u"</w:body></w:document>\n"_s).toUtf8();
}

inline quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

struct ZipPart {
    QString name;
    QByteArray data;
    bool deflate = true;
    qint64 declaredSize = -1; // a lying central directory, for the zip-bomb tests
};

// A zip as Word writes one: local headers, deflated data, central directory.
inline QByteArray zipOf(const QList<ZipPart> &parts)
{
    const auto le16 = [](QByteArray &b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    const auto le32 = [&](QByteArray &b, quint32 v) { le16(b, quint16(v & 0xFFFF)); le16(b, quint16(v >> 16)); };
    QByteArray out, central;
    for (const ZipPart &p : parts) {
        QByteArray stored = p.data;
        if (p.deflate) {
            // qCompress: 4-byte size, 2-byte zlib header, raw deflate, 4-byte Adler-32.
            const QByteArray z = qCompress(p.data, 9);
            stored = z.mid(6, z.size() - 10);
        }
        const QByteArray name = p.name.toUtf8();
        const quint32 crc = crc32Of(p.data);
        const quint32 size = quint32(p.declaredSize >= 0 ? p.declaredSize : p.data.size());
        const quint32 offset = quint32(out.size());
        le32(out, 0x04034b50); le16(out, 20); le16(out, 0); le16(out, p.deflate ? 8 : 0);
        le16(out, 0); le16(out, 0); le32(out, crc); le32(out, quint32(stored.size())); le32(out, size);
        le16(out, quint16(name.size())); le16(out, 0);
        out += name + stored;
        le32(central, 0x02014b50); le16(central, 20); le16(central, 20); le16(central, 0);
        le16(central, p.deflate ? 8 : 0); le16(central, 0); le16(central, 0); le32(central, crc);
        le32(central, quint32(stored.size())); le32(central, size); le16(central, quint16(name.size()));
        le16(central, 0); le16(central, 0); le16(central, 0); le16(central, 0); le32(central, 0);
        le32(central, offset);
        central += name;
    }
    const quint32 cdOffset = quint32(out.size());
    out += central;
    le32(out, 0x06054b50); le16(out, 0); le16(out, 0); le16(out, quint16(parts.size()));
    le16(out, quint16(parts.size())); le32(out, quint32(central.size())); le32(out, cdOffset); le16(out, 0);
    return out;
}

inline QByteArray contentTypes()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
}

inline QByteArray docxOf(const QByteArray &documentXml)
{
    return zipOf({{u"[Content_Types].xml"_s, contentTypes()}, {u"word/document.xml"_s, documentXml}});
}

inline QByteArray iceDocx(BoxStyle style)
{
    return docxOf(documentXml(iceLinesWithBoxes(), style));
}

// A PDF of `lines` (one paragraph each, spaced apart) with a text layer; boxes as [X]/[ ].
inline QByteArray pdfOf(const QStringList &lines)
{
    QString html;
    for (QString line : lines) {
        line.replace(u"{X}"_s, u"[X]"_s).replace(u"{ }"_s, u"[ ]"_s);
        if (line.trimmed().isEmpty())
            continue;
        html += u"<p style=\"margin-bottom:10px\">%1</p>"_s.arg(line.toHtmlEscaped());
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    QTextDocument doc;
    doc.setDefaultFont(QFont(u"DejaVu Sans"_s, 10));
    doc.setHtml(html);
    doc.print(&writer);
    buffer.close();
    return pdf;
}

// Every leaf of the document's JSON but its identity (format, version, id, import record).
inline QHash<QString, QJsonValue> contentLeaves(const smout::SmoutDocument &doc)
{
    QHash<QString, QJsonValue> out;
    const QJsonObject json = QJsonDocument::fromJson(smout::io::writeSmout(doc).value()).object();
    const std::function<void(const QString &, const QJsonValue &)> walk = [&](const QString &path, const QJsonValue &v) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                walk(path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value());
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                walk(u"%1[%2]"_s.arg(path).arg(i), a.at(i));
        } else {
            out.insert(path, v);
        }
    };
    for (const char *key : {"screening", "summary", "questions", "review", "redactions"})
        walk(QLatin1StringView(key), json.value(QLatin1StringView(key)));
    return out;
}

inline QJsonValue normalised(const QJsonValue &v)
{
    if (!v.isString())
        return v;
    return v.toString().simplified();
}

// The example's non-empty leaves that `got` holds equal after whitespace is normalised.
inline QStringList differingLeaves(const smout::SmoutDocument &got, const smout::SmoutDocument &want,
                                   int *nonEmpty)
{
    const auto g = contentLeaves(got);
    const auto w = contentLeaves(want);
    QStringList differing;
    *nonEmpty = 0;
    for (auto it = w.begin(); it != w.end(); ++it) {
        if (it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty()))
            continue;
        ++*nonEmpty;
        if (normalised(g.value(it.key())) != normalised(it.value()))
            differing << it.key();
    }
    differing.sort();
    return differing;
}

} // namespace legacyfixtures
