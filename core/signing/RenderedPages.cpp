#include "RenderedPages.h"

#include "PdfSoundness.h"
#include "pdf/ContentTokens.h"
#include "pdf/SignatureSlots.h"
#include "pdf/StructureTagger.h"

#include <QCoreApplication>

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace smout::signing {

namespace {

using Handle = QPDFObjectHandle;

struct RenderedText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::RenderedPages)
};

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

// Decoded stream data, within the limits for one stream and for all of them together
// (PdfSoundness.h): past one the comparison gives up rather than inflate a bomb.
class CappedData : public Pipeline {
public:
    explicit CappedData(qint64 &total) : Pipeline("capped data", nullptr), m_total(total) {}
    void write(unsigned char const *data, size_t len) override
    {
        m_total += qint64(len);
        if (qint64(bytes.size() + len) > MaxStreamBytes || m_total > MaxTotalBytes)
            throw std::length_error("streams over the limit");
        bytes.append(reinterpret_cast<const char *>(data), len);
    }
    void finish() override {}
    std::string bytes;

private:
    qint64 &m_total;
};

// Compares two object graphs of two files by value: what objects hold, not where they are.
class ObjectComparison {
public:
    bool equal(Handle a, Handle b, int depth = 0)
    {
        // A cycle or a shared object is compared once; a graph too deep or too large is left to
        // the text comparison.
        if (depth > 64 || ++m_visits > 200000)
            return false;
        if (a.isIndirect() && b.isIndirect() && !m_compared.insert({a.getObjGen(), b.getObjGen()}).second)
            return true;
        if (a.getTypeCode() != b.getTypeCode())
            return false;
        switch (a.getTypeCode()) {
        case ::ot_array: {
            const int n = a.getArrayNItems();
            if (n != b.getArrayNItems())
                return false;
            for (int i = 0; i < n; ++i)
                if (!equal(a.getArrayItem(i), b.getArrayItem(i), depth + 1))
                    return false;
            return true;
        }
        case ::ot_dictionary:
            return sameDictionary(a, b, {}, depth);
        case ::ot_stream:
            // How a stream is encoded is not what it says.
            return sameDictionary(a.getDict(), b.getDict(), {"/Length", "/Filter", "/DecodeParms"}, depth) && sameData(a, b);
        case ::ot_string:
            return a.getStringValue() == b.getStringValue();
        case ::ot_null:
        case ::ot_boolean:
        case ::ot_integer:
        case ::ot_real:
        case ::ot_name:
            return a.unparseResolved() == b.unparseResolved();
        default:
            return false;
        }
    }

    bool sameDictionary(Handle a, Handle b, const std::set<std::string> &ignored, int depth)
    {
        std::set<std::string> keys = a.getKeys(), other = b.getKeys();
        for (const std::string &k : ignored) {
            keys.erase(k);
            other.erase(k);
        }
        if (keys != other)
            return false;
        for (const std::string &k : keys) {
            if (k == "/BaseFont" || k == "/FontName") {
                if (!sameFontName(a.getKey(k), b.getKey(k)))
                    return false;
            } else if (!equal(a.getKey(k), b.getKey(k), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    std::optional<std::string> decoded(Handle stream)
    {
        CappedData data(m_decoded);
        if (!stream.pipeStreamData(&data, 0, qpdf_dl_generalized, false))
            return std::nullopt;
        return std::move(data.bytes);
    }

    std::optional<std::string> contentsOf(QPDFPageObjectHelper &page)
    {
        CappedData data(m_decoded);
        page.pipeContents(&data);
        return std::move(data.bytes);
    }

private:
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
    int m_visits = 0;
    qint64 m_decoded = 0;
};

bool isSignatureField(Handle widget)
{
    return widget.getKey("/FT").isNameAndEquals("/Sig") || widget.getKey("/Parent").getKey("/FT").isNameAndEquals("/Sig");
}

// The signed page's annotations are all signature widgets, each in a signer's box on the last
// page (the text comparison would leave their areas out; a widget elsewhere could cover
// signed text, and is left to it).
bool onlySignatureWidgets(QPDFPageObjectHelper &page, bool lastPage)
{
    Handle annots = page.getObjectHandle().getKey("/Annots");
    if (annots.isNull())
        return true;
    if (!annots.isArray())
        return false;
    const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
    const double w = box.urx - box.llx, h = box.ury - box.lly;
    for (Handle widget : annots.getArrayAsVector()) {
        if (!widget.isDictionary() || !widget.getKey("/Subtype").isNameAndEquals("/Widget") || !isSignatureField(widget))
            return false;
        Handle rect = widget.getKey("/Rect");
        if (!rect.isRectangle())
            return false;
        const QPDFObjectHandle::Rectangle r = rect.getArrayAsRectangle();
        if (r.urx - r.llx <= 0 || r.ury - r.lly <= 0)
            continue; // an invisible signature
        if (!lastPage || w <= 0 || h <= 0
            || !pdf::withinASignatureSlot(QRectF(QPointF((r.llx - box.llx) / w, (box.ury - r.ury) / h),
                                                 QPointF((r.urx - box.llx) / w, (box.ury - r.lly) / h))))
            return false;
    }
    return true;
}

bool samePage(QPDFPageObjectHelper &signedPage, QPDFPageObjectHelper &renderedPage, bool lastPage, ObjectComparison &objects)
{
    if (!onlySignatureWidgets(signedPage, lastPage))
        return false;
    Handle rendered = renderedPage.getObjectHandle();
    if (Handle annots = rendered.getKey("/Annots"); !annots.isNull() && !(annots.isArray() && annots.getArrayNItems() == 0))
        return false;
    // The page's own entries (boxes, rotation, resources, structure index…), after the
    // inherited ones were pushed down to it, and what it draws, marked content included.
    if (!objects.sameDictionary(signedPage.getObjectHandle(), rendered, {"/Parent", "/Contents", "/Annots"}, 0))
        return false;
    const std::optional<std::string> signedContents = objects.contentsOf(signedPage), renderedContents = objects.contentsOf(renderedPage);
    return signedContents && renderedContents && drawingTokens(*signedContents) == drawingTokens(*renderedContents);
}

// One entry of a structure tree read depth first, as a screen reader meets it: an element
// (its type, alternative and replacement text), or a marked-content reference to a page.
struct TreeEntry {
    int depth = 0;
    std::string type, alt, actualText;
    int page = -1, mcid = -1; // a reference to marked content
    bool operator==(const TreeEntry &) const = default;
};

class StructureReader {
public:
    explicit StructureReader(QPDF &q)
    {
        // A tree qpdf cannot read through is not passed over: screen readers may read it.
        try {
            Handle root = q.getRoot().getKey("/StructTreeRoot");
            present = root.isDictionary();
            if (!present)
                return;
            int i = 0;
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(q).getAllPages())
                m_pages[page.getObjectHandle().getObjGen()] = i++;
            kids(root.getKey("/K"), 0, Handle::newNull());
        } catch (const std::exception &) {
            present = true;
            complete = false;
        }
    }

    bool present = false;
    bool complete = true; // false when the tree loops, nests too deep, is too large or is damaged
    std::vector<TreeEntry> entries;

    // The parent tree (marked content to element, page by page) in entries' indices.
    std::map<long long, std::vector<int>> parents(QPDF &q) const
    {
        std::map<long long, std::vector<int>> out;
        Handle tree = q.getRoot().getKey("/StructTreeRoot").getKey("/ParentTree");
        if (!tree.isDictionary())
            return out;
        for (auto [key, value] : QPDFNumberTreeObjectHelper(tree, q).getAsMap()) {
            std::vector<int> &indices = out[key];
            for (Handle element : value.isArray() ? value.getArrayAsVector() : std::vector<Handle>{value}) {
                const auto it = element.isIndirect() ? m_elements.find(element.getObjGen()) : m_elements.end();
                indices.push_back(it == m_elements.end() ? -1 : it->second);
            }
        }
        return out;
    }

private:
    void kids(Handle k, int depth, Handle page)
    {
        if (k.isArray()) {
            for (Handle kid : k.getArrayAsVector())
                kid_(kid, depth, page);
        } else if (!k.isNull()) {
            kid_(k, depth, page);
        }
    }

    void kid_(Handle kid, int depth, Handle page)
    {
        if (depth > 64 || entries.size() > 200000 || (kid.isIndirect() && !m_seen.insert(kid.getObjGen()).second)) {
            complete = false;
            return;
        }
        if (kid.isInteger()) {
            entries.push_back({depth, {}, {}, {}, pageIndex(page), kid.getIntValueAsInt()});
            return;
        }
        if (!kid.isDictionary())
            return;
        Handle own = kid.getKey("/Pg").isDictionary() ? kid.getKey("/Pg") : page;
        if (kid.getKey("/Type").isNameAndEquals("/MCR")) {
            entries.push_back({depth, {}, {}, {}, pageIndex(own), kid.getKey("/MCID").isInteger() ? kid.getKey("/MCID").getIntValueAsInt() : -2});
            return;
        }
        if (kid.isIndirect())
            m_elements[kid.getObjGen()] = int(entries.size());
        TreeEntry e;
        e.depth = depth;
        e.type = kid.getKey("/Type").isNameAndEquals("/OBJR") ? "/OBJR" : kid.getKey("/S").isName() ? kid.getKey("/S").getName() : "?";
        e.alt = text(kid.getKey("/Alt"));
        e.actualText = text(kid.getKey("/ActualText"));
        entries.push_back(e);
        kids(kid.getKey("/K"), depth + 1, own);
    }

    static std::string text(Handle h) { return h.isString() ? h.getUTF8Value() : std::string(); }

    int pageIndex(Handle page) const
    {
        if (!page.isIndirect())
            return -1;
        const auto it = m_pages.find(page.getObjGen());
        return it == m_pages.end() ? -1 : it->second;
    }

    std::map<QPDFObjGen, int> m_pages, m_elements;
    std::set<QPDFObjGen> m_seen;
};

QString describe(const TreeEntry &e)
{
    const QString type = QString::fromStdString(e.type).mid(1);
    QString said = QString::fromStdString(e.actualText).trimmed();
    if (said.endsWith(u':'))
        said.chop(1);
    // The renderer gives replacement text to check boxes only (StructureCollector.cpp).
    if (!e.actualText.empty())
        return e.type == "/Span" ? RenderedText::tr("a check box announced as \"%1\"").arg(said)
                                 : RenderedText::tr("a %1 element announced as \"%2\"").arg(type, said);
    if (!e.alt.empty())
        return RenderedText::tr("a %1 element described as \"%2\"").arg(type, QString::fromStdString(e.alt));
    return RenderedText::tr("a %1 element").arg(type);
}

// The page an element's first marked content lies on; 0 when it has none.
int pageOf(const std::vector<TreeEntry> &entries, size_t element)
{
    for (size_t i = element + 1; i < entries.size() && entries[i].depth > entries[element].depth; ++i)
        if (entries[i].page >= 0)
            return entries[i].page + 1;
    return 0;
}

// Where the element trees part, marked-content references left out: those depend on the
// layout, which may differ between machines; the elements and their texts do not.
QString structureDifference(const StructureReader &signedTree, const StructureReader &renderedTree)
{
    if (!signedTree.present)
        return {}; // screen readers then read the pages' text, which is compared as it is
    if (!signedTree.complete)
        return RenderedText::tr("the structure tree screen readers follow cannot be read whole: it loops, nests too deep, is too "
                                "large or is damaged");
    auto elements = [](const std::vector<TreeEntry> &all) {
        std::vector<size_t> out;
        for (size_t i = 0; i < all.size(); ++i)
            if (!all[i].type.empty())
                out.push_back(i);
        return out;
    };
    const std::vector<TreeEntry> &s = signedTree.entries, &r = renderedTree.entries;
    const std::vector<size_t> se = elements(s), re = elements(r);
    size_t at = 0;
    while (at < se.size() && at < re.size() && s[se[at]] == r[re[at]])
        ++at;
    if (at == se.size() && at == re.size())
        return {};
    const QString given = at < se.size() ? describe(s[se[at]]) : RenderedText::tr("nothing more");
    const QString expected = at < re.size() ? describe(r[re[at]]) : RenderedText::tr("nothing more");
    const int page = at < se.size() ? pageOf(s, se[at]) : 0;
    return page > 0 ? RenderedText::tr("what screen readers announce differs from the embedded data: on page %1 the structure tree "
                                       "has %2 where the data gives %3")
                          .arg(page)
                          .arg(given, expected)
                    : RenderedText::tr("what screen readers announce differs from the embedded data: the structure tree has %1 "
                                       "where the data gives %2")
                          .arg(given, expected);
}

} // namespace

RenderedComparison compareWithRendering(const QByteArray &signedRevision, const QByteArray &rendered,
                                        const pdf::PdfStructure &structure)
{
    RenderedComparison out;
    try {
        QPDF s, r;
        s.setSuppressWarnings(true);
        r.setSuppressWarnings(true);
        s.processMemoryFile("signed revision", signedRevision.constData(), size_t(signedRevision.size()));
        r.processMemoryFile("rendered", rendered.constData(), size_t(rendered.size()));
        if (!pdf::tagStructure(r, structure))
            return out;
        const StructureReader signedTree(s), renderedTree(r);
        out.structureDifference = structureDifference(signedTree, renderedTree);
        if (!out.structureDifference.isEmpty() || !signedTree.present || signedTree.entries != renderedTree.entries)
            return out;
        s.pushInheritedAttributesToPage();
        r.pushInheritedAttributesToPage();
        std::vector<QPDFPageObjectHelper> signedPages = QPDFPageDocumentHelper(s).getAllPages();
        std::vector<QPDFPageObjectHelper> renderedPages = QPDFPageDocumentHelper(r).getAllPages();
        if (signedPages.empty() || signedPages.size() != renderedPages.size())
            return out;
        ObjectComparison objects;
        for (size_t i = 0; i < signedPages.size(); ++i)
            if (!samePage(signedPages[i], renderedPages[i], i + 1 == signedPages.size(), objects))
                return out;
        // The element each page's marked content belongs to.
        if (signedTree.parents(s) != renderedTree.parents(r))
            return out;
        // A file qpdf had to repair or read with complaints may read otherwise elsewhere.
        out.samePages = !s.anyWarnings();
    } catch (const std::exception &) {
        out.samePages = false;
    }
    return out;
}

} // namespace smout::signing
