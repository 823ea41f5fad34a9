#include "DocxText.h"

#include "LegacyText.h"
#include "ZipArchive.h"

#include <QXmlStreamReader>

namespace smout::legacy {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView wordNs("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
constexpr QLatin1StringView w14Ns("http://schemas.microsoft.com/office/word/2010/wordml");
// A text box is written twice, for new and old Word (mc:Choice, mc:Fallback): read once.
constexpr QLatin1StringView mcNs("http://schemas.openxmlformats.org/markup-compatibility/2006");

// Wingdings check boxes as Word's "Insert Symbol" writes them.
QString symbolText(QStringView font, QStringView code)
{
    if (!font.contains(u"Wingdings"_s, Qt::CaseInsensitive))
        return {};
    const QString c = code.toString().toUpper();
    if (c == u"F0FE" || c == u"F078" || c == u"F0FD")
        return u" [X] "_s;
    if (c == u"F0A8" || c == u"F06F" || c == u"F0A1")
        return u" [ ] "_s;
    return {};
}

} // namespace

Result<SourceLines> docxLines(const QByteArray &zipBytes)
{
    auto zip = ZipArchive::open(zipBytes);
    if (!zip)
        return Error{LegacyText::tr("not a readable .docx: %1").arg(zip.error())};
    if (zip->contains(u"EncryptedPackage"_s) || zip->contains(u"EncryptionInfo"_s))
        return Error{LegacyText::tr("the .docx is password-protected: remove the password in Word and import again")};
    const auto xml = zip->part(u"word/document.xml"_s);
    if (!xml)
        return Error{LegacyText::tr("not a readable .docx: %1").arg(xml.error())};

    QXmlStreamReader r(*xml);
    SourceLines lines;
    QString current;
    // A text box inside a paragraph holds paragraphs of its own: the outer one waits.
    QStringList outer;
    bool inParagraph = false;
    int skipDepth = 0; // inside deleted text, field codes, or a check box's drawn glyph
    int checkboxSdt = 0; // nesting of w:sdt elements that are check boxes
    QList<bool> sdtIsCheckbox;
    bool pendingChecked = false;
    bool inCheckbox = false;
    int paragraph = 0;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::DTD)
            return Error{LegacyText::tr("the .docx holds a document type declaration (DTD), which is refused")};
        if (token == QXmlStreamReader::EntityReference)
            return Error{LegacyText::tr("the .docx refers to an entity, which is refused")};
        if (token == QXmlStreamReader::StartElement) {
            const auto ns = r.namespaceUri();
            const auto name = r.name();
            if (ns == wordNs && name == u"p" && checkboxSdt == 0) {
                if (inParagraph)
                    outer.append(current);
                inParagraph = true;
                current.clear();
            } else if (ns == wordNs && name == u"sdt") {
                sdtIsCheckbox.append(false);
            } else if (ns == w14Ns && name == u"checkbox") {
                inCheckbox = true;
                pendingChecked = false;
                if (!sdtIsCheckbox.isEmpty())
                    sdtIsCheckbox.last() = true;
            } else if (ns == w14Ns && name == u"checked" && inCheckbox) {
                const auto v = r.attributes().value(w14Ns, u"val"_s);
                pendingChecked = v == u"1" || v == u"true";
            } else if (ns == wordNs && name == u"sdtContent") {
                if (!sdtIsCheckbox.isEmpty() && sdtIsCheckbox.last()) {
                    current += pendingChecked ? u" [X] "_s : u" [ ] "_s;
                    ++checkboxSdt;
                    ++skipDepth;
                }
            } else if ((ns == wordNs && (name == u"del" || name == u"instrText" || name == u"delText"))
                       || (ns == mcNs && name == u"Fallback")) {
                ++skipDepth;
            } else if (ns == wordNs && name == u"t" && skipDepth == 0) {
                current += r.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (ns == wordNs && (name == u"tab" || name == u"br" || name == u"cr") && skipDepth == 0) {
                current += u' ';
            } else if (ns == wordNs && name == u"sym" && skipDepth == 0) {
                current += symbolText(r.attributes().value(wordNs, u"font"_s),
                                      r.attributes().value(wordNs, u"char"_s));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const auto ns = r.namespaceUri();
            const auto name = r.name();
            if (ns == wordNs && name == u"p" && checkboxSdt == 0) {
                // A check box's own content is written as the box; its paragraphs end none.
                if (inParagraph)
                    lines.append({current, LegacyText::tr("paragraph %1").arg(++paragraph)});
                inParagraph = !outer.isEmpty();
                current = inParagraph ? outer.takeLast() : QString();
            } else if (ns == w14Ns && name == u"checkbox") {
                inCheckbox = false;
            } else if (ns == wordNs && name == u"sdtContent") {
                if (!sdtIsCheckbox.isEmpty() && sdtIsCheckbox.last()) {
                    --checkboxSdt;
                    --skipDepth;
                }
            } else if (ns == wordNs && name == u"sdt") {
                if (!sdtIsCheckbox.isEmpty())
                    sdtIsCheckbox.removeLast();
            } else if ((ns == wordNs && (name == u"del" || name == u"instrText" || name == u"delText"))
                       || (ns == mcNs && name == u"Fallback")) {
                --skipDepth;
            }
        }
    }
    if (r.hasError())
        return Error{LegacyText::tr("the .docx's word/document.xml is not well-formed XML: %1").arg(r.errorString())};
    return lines;
}

} // namespace smout::legacy
