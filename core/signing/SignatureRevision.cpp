#include "SignatureRevision.h"

#include "AppearanceFonts.h"
#include "SignatureAppearance.h"
#include "pdf/SignatureSlots.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <map>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct RevisionText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SignatureRevision)
};

using Handle = QPDFObjectHandle;

constexpr char ByteRangePlaceholder[] = "/ByteRange [0 0000000000 0000000000 0000000000]";

// A text string of the signature dictionary (/Name, /Reason): UTF-16BE with its byte order mark.
QByteArray textString(const QString &text)
{
    QByteArray utf16 = "\xfe\xff";
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + utf16.toHex() + '>';
}

QByteArray std2q(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

// The offset of the previous cross-reference section and whether it is a stream.
struct PreviousXref {
    qint64 offset = -1;
    bool stream = false;
};

PreviousXref previousXref(const QByteArray &pdf)
{
    static const QRegularExpression end(u"startxref\\s+(\\d+)\\s+%%EOF\\s*$"_s);
    const auto m = end.match(QString::fromLatin1(pdf.right(std::min<qsizetype>(pdf.size(), 1024))));
    PreviousXref x;
    if (!m.hasMatch())
        return x;
    x.offset = m.captured(1).toLongLong();
    if (x.offset <= 0 || x.offset >= pdf.size())
        return {};
    qsizetype i = x.offset;
    while (i < pdf.size() && std::isspace(static_cast<unsigned char>(pdf[i])))
        ++i;
    x.stream = !pdf.mid(i, 4).startsWith("xref");
    return x;
}

// Writes objects after the existing bytes and remembers where each one starts.
class Increment {
public:
    explicit Increment(QByteArray pdf) : m_bytes(std::move(pdf))
    {
        if (!m_bytes.endsWith('\n') && !m_bytes.endsWith('\r'))
            m_bytes += '\n';
    }
    // A new object (generation 0), or a later version of an existing one under its own
    // object and generation numbers.
    void object(int number, const QByteArray &body, int generation = 0)
    {
        m_entries[number] = {m_bytes.size(), generation};
        m_bytes += QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj\n" +
                   body + "\nendobj\n";
    }
    void object(Handle existing, const QByteArray &body)
    {
        object(existing.getObjectID(), body, existing.getGeneration());
    }
    void stream(int number, const QByteArray &dict, const QByteArray &data)
    {
        object(number, "<< " + dict + " /Length " + QByteArray::number(data.size()) +
                           " >>\nstream\n" + data + "\nendstream");
    }
    QByteArray &bytes() { return m_bytes; }

    // A cross-reference table, or a stream when the file uses those, and the trailer.
    void finish(int size, const QByteArray &trailer, const PreviousXref &previous)
    {
        const qint64 start = m_bytes.size();
        if (previous.stream)
            m_entries[size] = {start, 0};
        QByteArray index, entries;
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            auto run = it;
            int count = 0;
            for (; run != m_entries.end() && run->first == it->first + count; ++run, ++count) {
                const auto [offset, generation] = run->second;
                if (previous.stream) {
                    entries += '\x01';
                    for (int shift = 24; shift >= 0; shift -= 8)
                        entries += char((offset >> shift) & 0xff);
                    entries += char((generation >> 8) & 0xff);
                    entries += char(generation & 0xff);
                } else {
                    entries += QByteArray::number(offset).rightJustified(10, '0') + ' ' +
                               QByteArray::number(generation).rightJustified(5, '0') + " n \n";
                }
            }
            if (previous.stream) {
                index += (index.isEmpty() ? "" : " ") + QByteArray::number(it->first) + ' ' +
                         QByteArray::number(count);
            } else {
                index += QByteArray::number(it->first) + ' ' + QByteArray::number(count) + '\n' +
                         entries;
                entries.clear();
            }
            it = run;
        }
        const QByteArray common = trailer + " /Prev " + QByteArray::number(previous.offset);
        if (previous.stream) {
            m_bytes += QByteArray::number(size) + " 0 obj\n<< /Type /XRef /Size " +
                       QByteArray::number(size + 1) + " /W [1 4 2] /Index [" + index + "] " +
                       common + " /Length " + QByteArray::number(entries.size()) + " >>\nstream\n" +
                       entries + "\nendstream\nendobj\n";
        } else {
            m_bytes += "xref\n" + index + "trailer\n<< /Size " + QByteArray::number(size) + ' ' +
                       common + " >>\n";
        }
        m_bytes += "startxref\n" + QByteArray::number(start) + "\n%%EOF\n";
    }

private:
    struct Entry {
        qint64 offset;
        int generation;
    };
    QByteArray m_bytes;
    std::map<int, Entry> m_entries;
};

// The array with one more item at its end.
QByteArray withItem(Handle list, const QByteArray &item)
{
    QByteArray out = "[";
    if (list.isArray())
        for (Handle h : list.getArrayAsVector())
            out += std2q(h.unparse()) + ' ';
    return out + item + ']';
}

// The dictionary (or an empty one) with some entries replaced or added, the others kept as
// they are: references stay references.
QByteArray dictionaryWith(Handle dict, const std::map<std::string, QByteArray> &changes)
{
    QByteArray out = "<<";
    if (dict.isDictionary())
        for (const std::string &k : dict.getKeys())
            if (!changes.count(k))
                out += ' ' + std2q(Handle::newName(k).unparse()) + ' ' +
                       std2q(dict.getKey(k).unparse());
    for (const auto &[k, v] : changes)
        out += ' ' + std2q(Handle::newName(k).unparse()) + ' ' + v;
    return out + " >>";
}

} // namespace

QByteArray SignatureRevision::signedBytes() const
{
    return bytes.left(contentsBegin) + bytes.mid(contentsEnd);
}

Result<SignatureRevision> addSignatureRevision(const QByteArray &pdf, const SignatureFields &fields)
{
    const PreviousXref previous = previousXref(pdf);
    if (previous.offset < 0)
        return Error{RevisionText::tr(
            "the PDF does not end with a cross-reference section and %%EOF; it is not signed")};
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("signed file", pdf.constData(), size_t(pdf.size()));
        if (q.isEncrypted())
            return Error{RevisionText::tr("the PDF is encrypted; it is not signed")};
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(q).getAllPages();
        if (!q.getWarnings().empty())
            return Error{
                RevisionText::tr("the PDF is damaged (%1); it is not signed")
                    .arg(QString::fromStdString(q.getWarnings().front().getMessageDetail()))};
        if (pages.empty())
            return Error{RevisionText::tr("the PDF has no pages")};
        Handle trailer = q.getTrailer();
        Handle root = q.getRoot();
        Handle page = pages.back().getObjectHandle();
        if (!trailer.getKey("/Size").isInteger() || !root.isIndirect() || !page.isIndirect())
            return Error{RevisionText::tr(
                "the PDF's structure is not one this signer writes to; it is not signed")};
        int next = int(trailer.getKey("/Size").getIntValue());
        auto newNumber = [&next] { return next++; };
        auto ref = [](int n) -> QByteArray { return QByteArray::number(n) + " 0 R"; };
        auto refOf = [](Handle h) -> QByteArray {
            return QByteArray::number(h.getObjectID()) + ' ' +
                   QByteArray::number(h.getGeneration()) + " R";
        };

        // The widget in the role's box, from its place on a page of this size (top-left origin).
        const QPDFObjectHandle::Rectangle box = pages.back().getMediaBox().getArrayAsRectangle();
        const QRectF slot = pdf::signatureSlot(fields.role);
        const double pw = box.urx - box.llx, ph = box.ury - box.lly;
        const double llx = box.llx + slot.left() * pw, ury = box.ury - slot.top() * ph;
        const double w = slot.width() * pw, h = slot.height() * ph;
        if (w <= 0 || h <= 0)
            return Error{
                RevisionText::tr("the last page of the PDF has no size; it is not signed")};

        Handle form = root.getKey("/AcroForm");
        Handle font = form.isDictionary()
                          ? form.getKey("/DR").getKey("/Font").getKey("/popplerfontHelv")
                          : Handle::newNull();
        const bool formFont =
            font.isIndirect() && font.getKey("/BaseFont").isNameAndEquals("/Helvetica");

        // The appearance is drawn in the fonts the pages embed; Helvetica only for a PDF without.
        const QList<AppearanceFont> embedded = embeddedFontsOf(q);
        const int signature = newNumber(), widget = newNumber(), look = newNumber();
        const bool newHelvetica = embedded.isEmpty() && !formFont;
        const int helvetica = newHelvetica ? newNumber() : formFont ? font.getObjectID() : 0;
        QByteArray fontResources;
        for (qsizetype i = 0; i < embedded.size(); ++i)
            fontResources += " /SF" + QByteArray::number(i) + ' ' + embedded[i].reference;
        if (embedded.isEmpty())
            fontResources = " /Helv " + (formFont ? refOf(font) : ref(helvetica));

        Increment out(pdf);
        const QByteArray hexZeros(2 * fields.reserved, '0');
        out.object(signature,
                   "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /Name " +
                       textString(fields.signer) + " /M " +
                       pdfLiteral(fields.time.toUTC().toString(u"'D:'yyyyMMddHHmmss'Z'"_s)) +
                       " /Reason " + textString(fields.reason) + ' ' + ByteRangePlaceholder +
                       " /Contents <" + hexZeros + "> >>");
        const qsizetype byteRangeAt = out.bytes().lastIndexOf(ByteRangePlaceholder);
        const qsizetype contentsBegin = out.bytes().lastIndexOf("/Contents <") + 10;
        const qsizetype contentsEnd = contentsBegin + hexZeros.size() + 2;

        // A tagged PDF's structure, as export writes it: the document element's kids and a
        // flat parent tree, whose next key is the widget's.
        Handle tree = root.getKey("/StructTreeRoot");
        Handle document = tree.isDictionary() ? tree.getKey("/K") : Handle::newNull();
        Handle parentTree = tree.isDictionary() ? tree.getKey("/ParentTree") : Handle::newNull();
        Handle nums = parentTree.isDictionary() ? parentTree.getKey("/Nums") : Handle::newNull();
        Handle nextKey = tree.isDictionary() ? tree.getKey("/ParentTreeNextKey") : Handle::newNull();
        const bool tagged = tree.isIndirect() && document.isIndirect() && document.isDictionary()
                            && document.getKey("/S").isNameAndEquals("/Document") && document.getKey("/K").isArray()
                            && !document.getKey("/K").isIndirect() && parentTree.isIndirect() && nums.isArray()
                            && !nums.isIndirect() && !parentTree.hasKey("/Kids") && nextKey.isInteger()
                            && (nums.getArrayNItems() < 2
                                || (nums.getArrayItem(nums.getArrayNItems() - 2).isInteger()
                                    && nums.getArrayItem(nums.getArrayNItems() - 2).getIntValue() < nextKey.getIntValue()));
        const QByteArray structParent = QByteArray::number(tagged ? nextKey.getIntValue() : 0);
        const int formElement = tagged ? newNumber() : 0;

        // Printed, not rotated with the page, locked: as poppler flagged its signature widgets.
        out.object(widget, "<< /Type /Annot /Subtype /Widget /FT /Sig /T " +
                               pdfLiteral(pdf::signatureFieldName(fields.role)) + " /TU " +
                               textString(fields.description) + " /Rect [" + pdfNumber(llx) + ' ' +
                               pdfNumber(ury - h) + ' ' + pdfNumber(llx + w) + ' ' + pdfNumber(ury) +
                               "] /F 148 /Border [0 0 0] /P " + refOf(page) + " /AP << /N " +
                               ref(look) + " >> /V " + ref(signature) +
                               (tagged ? " /StructParent " + structParent : QByteArray()) + " >>");
        if (tagged) {
            out.object(formElement, "<< /Type /StructElem /S /Form /P " + refOf(document) +
                                        " /K << /Type /OBJR /Obj " + ref(widget) + " /Pg " + refOf(page) +
                                        " >> >>");
            out.object(document, dictionaryWith(document, {{"/K", withItem(document.getKey("/K"), ref(formElement))}}));
            out.object(parentTree, dictionaryWith(parentTree, {{"/Nums", withItem(nums, structParent + ' ' + ref(formElement))}}));
            out.object(tree, dictionaryWith(tree, {{"/ParentTreeNextKey", QByteArray::number(nextKey.getIntValue() + 1)}}));
        }
        out.stream(look,
                   "/Type /XObject /Subtype /Form /BBox [0 0 " + pdfNumber(w) + ' ' + pdfNumber(h) +
                       "] /Resources << /Font <<" + fontResources + " >> >>",
                   signatureAppearance(w, h, fields.leftText, fields.rightText, embedded));
        if (newHelvetica)
            out.object(helvetica, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding "
                                  "/WinAnsiEncoding >>");

        // The page lists the widget, the form the field; each changed object is written again
        // whole, as a later revision of the same object number.
        const QByteArray widgetRef = ref(widget);
        if (Handle annots = page.getKey("/Annots"); annots.isIndirect())
            out.object(annots, withItem(annots, widgetRef));
        else
            out.object(page, dictionaryWith(page, {{"/Annots", withItem(annots, widgetRef)}}));
        Handle fieldsList = form.isDictionary() ? form.getKey("/Fields") : Handle::newNull();
        std::map<std::string, QByteArray> formChanges{{"/SigFlags", "3"}};
        if (fieldsList.isIndirect())
            out.object(fieldsList, withItem(fieldsList, widgetRef));
        else
            formChanges["/Fields"] = withItem(fieldsList, widgetRef);
        if (form.isIndirect()) {
            out.object(form, dictionaryWith(form, formChanges));
        } else {
            const int formNumber = newNumber();
            out.object(formNumber, dictionaryWith(form, formChanges));
            out.object(root, dictionaryWith(root, {{"/AcroForm", ref(formNumber)}}));
        }

        QByteArray kept = "/Root " + refOf(root);
        for (const char *k : {"/Info", "/ID"})
            if (Handle v = trailer.getKey(k); !v.isNull())
                kept += ' ' + QByteArray(k) + ' ' + std2q(v.unparse());
        out.finish(next, kept, previous);

        SignatureRevision revision;
        revision.bytes = out.bytes();
        revision.contentsBegin = contentsBegin;
        revision.contentsEnd = contentsEnd;
        const QByteArray range = "/ByteRange [0 " + QByteArray::number(contentsBegin) + ' ' +
                                 QByteArray::number(contentsEnd) + ' ' +
                                 QByteArray::number(revision.bytes.size() - contentsEnd) + ']';
        revision.bytes.replace(byteRangeAt, range.size(), range);
        revision.bytes.replace(
            byteRangeAt + range.size(), qsizetype(sizeof ByteRangePlaceholder) - 1 - range.size(),
            QByteArray(qsizetype(sizeof ByteRangePlaceholder) - 1 - range.size(), ' '));
        return revision;
    } catch (const std::exception &e) {
        return Error{
            RevisionText::tr("not a readable PDF: %1").arg(QString::fromStdString(e.what()))};
    }
}

Result<QByteArray> fillSignature(SignatureRevision revision, const QByteArray &der)
{
    const QByteArray hex = der.toHex();
    const qsizetype room = revision.contentsEnd - revision.contentsBegin - 2;
    if (hex.isEmpty() || hex.size() > room)
        return Error{RevisionText::tr("the signature (%1 bytes) does not fit the %2 bytes kept for "
                                      "it; nothing was signed")
                         .arg(der.size())
                         .arg(room / 2)};
    revision.bytes.replace(revision.contentsBegin + 1, hex.size(), hex);
    return revision.bytes;
}

} // namespace smout::signing
