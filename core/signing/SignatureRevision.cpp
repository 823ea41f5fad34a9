#include "SignatureRevision.h"

#include "AppearanceFonts.h"
#include "IncrementalUpdate.h"
#include "SignatureAppearance.h"
#include "pdf/SignatureSlots.h"

#include <QCoreApplication>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct RevisionText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SignatureRevision)
};

using Handle = QPDFObjectHandle;

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
        fillByteRange(revision.bytes, byteRangeAt, contentsBegin, contentsEnd);
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
