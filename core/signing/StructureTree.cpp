#include "StructureTree.h"

#include "SignatureWidgets.h"

#include <QCoreApplication>

#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace smout::signing {

using Handle = QPDFObjectHandle;

namespace {

struct TreeText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::StructureTree)
};

std::string text(Handle h)
{
    return h.isString() ? h.getUTF8Value() : std::string();
}

QString describe(const StructureEntry &e)
{
    const QString type = QString::fromStdString(e.type).mid(1);
    QString said = QString::fromStdString(e.actualText).trimmed();
    if (said.endsWith(u':'))
        said.chop(1);
    // The renderer gives replacement text to check boxes only (StructureCollector.cpp).
    if (!e.actualText.empty())
        return e.type == "/Span" ? TreeText::tr("a check box announced as \"%1\"").arg(said)
                                 : TreeText::tr("a %1 element announced as \"%2\"").arg(type, said);
    if (!e.alt.empty())
        return TreeText::tr("a %1 element described as \"%2\"")
            .arg(type, QString::fromStdString(e.alt));
    return TreeText::tr("a %1 element").arg(type);
}

// The page an element's first marked content lies on; 0 when it has none.
int pageOf(const std::vector<StructureEntry> &entries, size_t element)
{
    for (size_t i = element + 1; i < entries.size() && entries[i].depth > entries[element].depth;
         ++i)
        if (entries[i].page >= 0)
            return entries[i].page + 1;
    return 0;
}

// Whether an element is exactly what signing adds for a signature widget (SignatureRevision.h):
// a Form element whose one kid is an object reference to a signature widget, nothing else.
bool isSignatureForm(Handle element)
{
    if (!element.getKey("/S").isNameAndEquals("/Form") || !element.getKey("/Type").isNameAndEquals("/StructElem"))
        return false;
    for (const std::string &k : element.getKeys())
        if (k != "/Type" && k != "/S" && k != "/P" && k != "/K")
            return false;
    Handle objr = element.getKey("/K");
    if (!objr.isDictionary() || !objr.getKey("/Type").isNameAndEquals("/OBJR"))
        return false;
    for (const std::string &k : objr.getKeys())
        if (k != "/Type" && k != "/Obj" && k != "/Pg")
            return false;
    Handle widget = objr.getKey("/Obj");
    return widget.isIndirect() && widget.isDictionary() && isSignatureWidget(widget);
}

} // namespace

StructureTree::StructureTree(QPDF &q)
{
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

std::map<long long, std::vector<int>> StructureTree::parents(QPDF &q) const
{
    std::map<long long, std::vector<int>> out;
    Handle tree = q.getRoot().getKey("/StructTreeRoot").getKey("/ParentTree");
    if (!tree.isDictionary())
        return out;
    for (auto [key, value] : QPDFNumberTreeObjectHelper(tree, q).getAsMap()) {
        if (value.isIndirect() && m_signatureForms.count(value.getObjGen()))
            continue;
        std::vector<int> &indices = out[key];
        for (Handle element :
             value.isArray() ? value.getArrayAsVector() : std::vector<Handle>{value}) {
            const auto it =
                element.isIndirect() ? m_elements.find(element.getObjGen()) : m_elements.end();
            indices.push_back(it == m_elements.end() ? -1 : it->second);
        }
    }
    return out;
}

void StructureTree::kids(Handle k, int depth, Handle page)
{
    if (k.isArray()) {
        for (Handle one : k.getArrayAsVector())
            kid(one, depth, page);
    } else if (!k.isNull()) {
        kid(k, depth, page);
    }
}

void StructureTree::kid(Handle kid, int depth, Handle page)
{
    if (depth > 64 || entries.size() > 200000 ||
        (kid.isIndirect() && !m_seen.insert(kid.getObjGen()).second)) {
        complete = false;
        return;
    }
    if (kid.isInteger()) {
        entries.push_back({depth, {}, {}, {}, pageIndex(page), kid.getIntValueAsInt()});
        return;
    }
    if (!kid.isDictionary())
        return;
    // A signature's own element announces its widget, which the signature checks cover; the
    // data never lays it out.
    if (kid.isIndirect() && isSignatureForm(kid)) {
        m_signatureForms.insert(kid.getObjGen());
        return;
    }
    Handle own = kid.getKey("/Pg").isDictionary() ? kid.getKey("/Pg") : page;
    if (kid.getKey("/Type").isNameAndEquals("/MCR")) {
        entries.push_back(
            {depth,
             {},
             {},
             {},
             pageIndex(own),
             kid.getKey("/MCID").isInteger() ? kid.getKey("/MCID").getIntValueAsInt() : -2});
        return;
    }
    if (kid.isIndirect())
        m_elements[kid.getObjGen()] = int(entries.size());
    StructureEntry e;
    e.depth = depth;
    e.type = kid.getKey("/Type").isNameAndEquals("/OBJR") ? "/OBJR"
             : kid.getKey("/S").isName()                  ? kid.getKey("/S").getName()
                                                          : "?";
    e.alt = text(kid.getKey("/Alt"));
    e.actualText = text(kid.getKey("/ActualText"));
    entries.push_back(e);
    kids(kid.getKey("/K"), depth + 1, own);
}

int StructureTree::pageIndex(Handle page) const
{
    if (!page.isIndirect())
        return -1;
    const auto it = m_pages.find(page.getObjGen());
    return it == m_pages.end() ? -1 : it->second;
}

QString structureDifference(const StructureTree &signedTree, const StructureTree &renderedTree)
{
    if (!signedTree.present)
        return {}; // screen readers then read the pages' text, which is compared as it is
    if (!signedTree.complete)
        return TreeText::tr("the structure tree screen readers follow cannot be read whole: it "
                            "loops, nests too deep, is too large or is damaged");
    auto elements = [](const std::vector<StructureEntry> &all) {
        std::vector<size_t> out;
        for (size_t i = 0; i < all.size(); ++i)
            if (!all[i].type.empty())
                out.push_back(i);
        return out;
    };
    const std::vector<StructureEntry> &s = signedTree.entries, &r = renderedTree.entries;
    const std::vector<size_t> se = elements(s), re = elements(r);
    size_t at = 0;
    while (at < se.size() && at < re.size() && s[se[at]] == r[re[at]])
        ++at;
    if (at == se.size() && at == re.size())
        return {};
    const QString given = at < se.size() ? describe(s[se[at]]) : TreeText::tr("nothing more");
    const QString expected = at < re.size() ? describe(r[re[at]]) : TreeText::tr("nothing more");
    const int page = at < se.size() ? pageOf(s, se[at]) : 0;
    return page > 0 ? TreeText::tr("what screen readers announce differs from the embedded data: "
                                   "on page %1 the structure tree has %2 where the data gives %3")
                          .arg(page)
                          .arg(given, expected)
                    : TreeText::tr("what screen readers announce differs from the embedded data: "
                                   "the structure tree has %1 where the data gives %2")
                          .arg(given, expected);
}

} // namespace smout::signing
