#include "RenderedPages.h"

#include "ContentDifference.h"
#include "PdfSoundness.h"
#include "SignatureWidgets.h"
#include "StructureTree.h"
#include "pdf/CappedBytes.h"
#include "pdf/ContentTokens.h"
#include "pdf/StructureTagger.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <iterator>
#include <QCoreApplication>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace smout::signing {

namespace {

struct RenderedText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::RenderedPages)
};

using Handle = QPDFObjectHandle;

// The operands and operators of a content stream, spelled as in the stream.
std::vector<std::string_view> drawingTokens(std::string_view stream)
{
    std::vector<std::string_view> tokens;
    tokens.reserve(stream.size() / 4);
    pdf::readContentTokens(stream, [&](const pdf::ContentToken &t) {
        tokens.push_back(t.kind == pdf::ContentToken::Operator ? t.text : stream.substr(t.offset, t.length));
    });
    return tokens;
}

// Compares two object graphs of two files by value: what objects hold, not where they are.
// Where they first differ is kept as the keys leading there (`mismatch`).
class ObjectComparison {
public:
    std::vector<std::string> mismatch;

    bool equal(Handle a, Handle b, int depth = 0)
    {
        // A cycle or a shared object is compared once; a graph too deep or too large is not
        // proven equal.
        if (depth > 64 || ++m_visits > 200000)
            return differ();
        if (a.isIndirect() && b.isIndirect() && !m_compared.insert({a.getObjGen(), b.getObjGen()}).second)
            return true;
        if (a.getTypeCode() != b.getTypeCode())
            return differ();
        switch (a.getTypeCode()) {
        case ::ot_array: {
            const int n = a.getArrayNItems();
            if (n != b.getArrayNItems())
                return differ();
            for (int i = 0; i < n; ++i)
                if (!equal(a.getArrayItem(i), b.getArrayItem(i), depth + 1))
                    return false;
            return true;
        }
        case ::ot_dictionary:
            return sameDictionary(a, b, {}, depth);
        case ::ot_stream:
            // How a stream is encoded is not what it says.
            return sameDictionary(a.getDict(), b.getDict(), {"/Length", "/Filter", "/DecodeParms"}, depth)
                && (sameData(a, b) || differ());
        case ::ot_string:
            return a.getStringValue() == b.getStringValue() || differ();
        case ::ot_null:
        case ::ot_boolean:
        case ::ot_integer:
        case ::ot_real:
        case ::ot_name:
            return a.unparseResolved() == b.unparseResolved() || differ();
        default:
            return differ();
        }
    }

    bool sameDictionary(Handle a, Handle b, const std::set<std::string> &ignored, int depth)
    {
        std::set<std::string> keys = a.getKeys(), other = b.getKeys();
        for (const std::string &k : ignored) {
            keys.erase(k);
            other.erase(k);
        }
        if (keys != other) {
            std::set<std::string> odd;
            std::set_symmetric_difference(keys.begin(), keys.end(), other.begin(), other.end(), std::inserter(odd, odd.end()));
            m_path.push_back(*odd.begin());
            differ();
            m_path.pop_back();
            return false;
        }
        for (const std::string &k : keys) {
            m_path.push_back(k);
            const bool same = k == "/BaseFont" || k == "/FontName" ? sameFontName(a.getKey(k), b.getKey(k)) || differ()
                                                                   : equal(a.getKey(k), b.getKey(k), depth + 1);
            m_path.pop_back();
            if (!same)
                return false;
        }
        return true;
    }

    std::optional<std::string> decoded(Handle stream)
    {
        // Within the limits for one stream and for all together (PdfSoundness.h): past one
        // the comparison gives up rather than inflate a bomb.
        pdf::CappedBytes data(MaxStreamBytes, &m_decoded, MaxTotalBytes);
        if (!stream.pipeStreamData(&data, 0, qpdf_dl_generalized, false))
            return std::nullopt;
        return std::move(data.bytes);
    }

    std::optional<std::string> contentsOf(QPDFPageObjectHelper &page)
    {
        pdf::CappedBytes data(MaxStreamBytes, &m_decoded, MaxTotalBytes);
        page.pipeContents(&data);
        return std::move(data.bytes);
    }

private:
    bool differ()
    {
        if (mismatch.empty())
            mismatch = m_path.empty() ? std::vector<std::string>{"?"} : m_path;
        return false;
    }

    // A font's name, its subset tag aside: Qt numbers the tag ("QRCAAA+") after the object
    // it writes the font's descriptor in, and writes fonts in an order that changes from one
    // process to the next. The tag selects nothing; what draws the glyphs (the embedded font
    // program, its widths and glyph maps) is compared in full.
    static bool sameFontName(Handle a, Handle b)
    {
        if (!a.isName() || !b.isName())
            return false;
        auto untagged = [](const std::string &name) {
            const bool tagged = name.size() > 8 && name[7] == '+'
                && std::all_of(name.begin() + 1, name.begin() + 7, [](char c) { return c >= 'A' && c <= 'Z'; });
            return tagged ? name.substr(8) : name.substr(1);
        };
        return untagged(a.getName()) == untagged(b.getName());
    }

    bool sameData(Handle a, Handle b)
    {
        const auto x = decoded(a), y = decoded(b);
        return x && y && *x == *y;
    }

    std::set<std::pair<QPDFObjGen, QPDFObjGen>> m_compared;
    std::vector<std::string> m_path;
    int m_visits = 0;
    qint64 m_decoded = 0;
};

// The signed page's annotations are all signature widgets, each in place (the text comparison
// would leave their areas out; a widget elsewhere could cover signed text, and is left to it).
bool onlySignatureWidgets(QPDFPageObjectHelper &page, bool lastPage)
{
    Handle annots = page.getObjectHandle().getKey("/Annots");
    if (annots.isNull())
        return true;
    if (!annots.isArray())
        return false;
    const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
    for (Handle widget : annots.getArrayAsVector())
        if (!widget.isDictionary() || !widget.getKey("/Subtype").isNameAndEquals("/Widget") || !isSignatureWidget(widget)
            || !signatureWidgetInPlace(widget, lastPage, box))
            return false;
    return true;
}

// Empty when the signed page is object for object the rendered one; otherwise why not.
QString pageDifference(QPDFPageObjectHelper &signedPage, QPDFPageObjectHelper &renderedPage, int number, bool lastPage,
                       ObjectComparison &objects)
{
    if (!onlySignatureWidgets(signedPage, lastPage))
        return RenderedText::tr("page %1 holds an annotation that is not a signature box in its place").arg(number);
    Handle rendered = renderedPage.getObjectHandle();
    if (Handle annots = rendered.getKey("/Annots"); !annots.isNull() && !(annots.isArray() && annots.getArrayNItems() == 0))
        return RenderedText::tr("the rendering of page %1 holds annotations").arg(number);
    // What it draws, marked content included, then the page's own entries (boxes, rotation,
    // resources, structure index…), after the inherited ones were pushed down to it: a
    // drawing that differs is named with the resources it uses.
    const std::optional<std::string> signedContents = objects.contentsOf(signedPage), renderedContents = objects.contentsOf(renderedPage);
    if (!signedContents || !renderedContents)
        return RenderedText::tr("the content of page %1 cannot be decoded within the limits").arg(number);
    if (drawingTokens(*signedContents) == drawingTokens(*renderedContents))
        return objects.sameDictionary(signedPage.getObjectHandle(), rendered, {"/Parent", "/Contents", "/Annots"}, 0)
            ? QString()
            : describeResourceDifference(number, objects.mismatch);
    return describeContentDifference(number, *signedContents, *renderedContents, signedPage.getObjectHandle().getKey("/Resources"));
}

} // namespace

RenderedComparison compareWithRendering(const QByteArray &signedRevision, const QByteArray &rendered,
                                        const pdf::PdfStructure &structure)
{
    RenderedComparison out;
    out.difference = RenderedText::tr("the embedded document cannot be laid out as it was signed");
    try {
        QPDF s, r;
        s.setSuppressWarnings(true);
        r.setSuppressWarnings(true);
        s.processMemoryFile("signed revision", signedRevision.constData(), size_t(signedRevision.size()));
        r.processMemoryFile("rendered", rendered.constData(), size_t(rendered.size()));
        if (!pdf::tagStructure(r, structure))
            return out;
        const StructureTree signedTree(s), renderedTree(r);
        out.structureDifference = structureDifference(signedTree, renderedTree);
        if (!out.structureDifference.isEmpty()) {
            out.difference.clear();
            return out;
        }
        out.difference = RenderedText::tr("the signed pages' structure tree, which screen readers read, is not the one SMOUT "
                                          "Studio writes for the data");
        if (!signedTree.present || signedTree.entries != renderedTree.entries)
            return out;
        s.pushInheritedAttributesToPage();
        r.pushInheritedAttributesToPage();
        std::vector<QPDFPageObjectHelper> signedPages = QPDFPageDocumentHelper(s).getAllPages();
        std::vector<QPDFPageObjectHelper> renderedPages = QPDFPageDocumentHelper(r).getAllPages();
        if (signedPages.empty() || signedPages.size() != renderedPages.size()) {
            out.difference = RenderedText::tr("the signed revision has %n page(s)", nullptr, int(signedPages.size()))
                + RenderedText::tr(" where the embedded data lays out to %n page(s)", nullptr, int(renderedPages.size()));
            return out;
        }
        ObjectComparison objects;
        for (size_t i = 0; i < signedPages.size(); ++i) {
            out.difference = pageDifference(signedPages[i], renderedPages[i], int(i + 1), i + 1 == signedPages.size(), objects);
            if (!out.difference.isEmpty())
                return out;
        }
        // The element each page's marked content belongs to.
        if (signedTree.parents(s) != renderedTree.parents(r)) {
            out.difference = RenderedText::tr("what the pages draw belongs to other structure elements than in SMOUT Studio's "
                                              "rendering of the data, so screen readers would read it as other fields");
            return out;
        }
        // A file qpdf had to repair or read with complaints may read otherwise elsewhere.
        if (s.anyWarnings()) {
            out.difference = RenderedText::tr("the signed revision could only be read with repairs, which viewers may make otherwise");
            return out;
        }
        out.samePages = true;
        out.difference.clear();
    } catch (const std::exception &e) {
        out.samePages = false;
        out.difference = RenderedText::tr("the signed revision cannot be compared with the data's rendering: %1")
                             .arg(QString::fromLocal8Bit(e.what()));
    }
    return out;
}

} // namespace smout::signing
