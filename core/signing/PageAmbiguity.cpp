#include "PageAmbiguity.h"

#include "PdfSoundness.h"
#include "pdf/CappedBytes.h"
#include "pdf/ContentTokens.h"

#include <QCoreApplication>

#include <qpdf/QPDF.hh>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace smout::signing {

namespace {

struct AmbiguityText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::PageAmbiguity)
};

using Handle = QPDFObjectHandle;

constexpr int MaxTreeDepth = 32;

class PageTree {
public:
    QStringList problems;
    std::vector<Handle> pages;

    // The number of pages under `node`, or -1 when the node cannot be read.
    int walk(Handle node, int depth)
    {
        if (depth > MaxTreeDepth) {
            problems << AmbiguityText::tr("the page tree is nested deeper than viewers follow (%1 levels)").arg(MaxTreeDepth);
            return -1;
        }
        if (!node.isDictionary())
            return -1;
        if (node.isIndirect() && !m_seen.insert(node.getObjGen()).second) {
            problems << AmbiguityText::tr("the page tree reaches object %1 twice, so viewers disagree about the pages "
                                          "and their order")
                            .arg(node.getObjectID());
            return -1;
        }
        if (node.getKey("/Type").isNameAndEquals("/Page")) {
            pages.push_back(node);
            return 1;
        }
        // Export writes every page's size and resources on the page itself: entries a node
        // passes down are where readers' inheritance rules can disagree.
        for (const char *key : {"/Resources", "/MediaBox", "/CropBox", "/Rotate"})
            if (node.hasKey(key))
                problems << AmbiguityText::tr("the page tree passes %1 down to the pages under it, which SMOUT Studio never "
                                              "writes and readers may inherit differently")
                                .arg(QString::fromLatin1(key));
        Handle kids = node.getKey("/Kids");
        if (!kids.isArray()) {
            problems << AmbiguityText::tr("a node of the page tree lists no pages (/Kids)");
            return -1;
        }
        int leaves = 0;
        for (Handle kid : kids.getArrayAsVector()) {
            const int under = walk(kid, depth + 1);
            if (under < 0)
                return -1;
            leaves += under;
        }
        Handle count = node.getKey("/Count");
        if (!count.isInteger())
            problems << AmbiguityText::tr("the page tree does not say how many pages it holds, so viewers may show another "
                                          "number of pages than are checked (/Count)");
        else if (count.getIntValue() != leaves)
            problems << AmbiguityText::tr("the page tree says it holds %1 pages where it holds %2, so viewers show a "
                                          "different number of pages than are checked (/Count)")
                            .arg(count.getIntValue())
                            .arg(leaves);
        return leaves;
    }

private:
    std::set<QPDFObjGen> m_seen;
};

QString splitWords(pdf::ContentEnd end)
{
    switch (end) {
    case pdf::ContentEnd::InComment: return AmbiguityText::tr("inside a comment (%)");
    case pdf::ContentEnd::InString: return AmbiguityText::tr("inside a string");
    case pdf::ContentEnd::InArrayOrDictionary: return AmbiguityText::tr("inside an array or dictionary");
    case pdf::ContentEnd::InInlineImage: return AmbiguityText::tr("inside an inline image");
    case pdf::ContentEnd::BetweenTokens: break;
    }
    return {};
}

std::vector<std::string_view> tokens(std::string_view stream)
{
    std::vector<std::string_view> out;
    pdf::readContentTokens(stream, [&](const pdf::ContentToken &t) { out.push_back(stream.substr(t.offset, t.length)); });
    return out;
}

// The parts of a page's content, each read on its own, then joined both ways.
QString splitContentProblem(Handle contents, int page, qint64 &decoded)
{
    if (!contents.isArray() || contents.getArrayNItems() < 2)
        return {};
    std::vector<std::string> parts;
    for (Handle part : contents.getArrayAsVector()) {
        if (!part.isStream())
            return AmbiguityText::tr("the content of page %1 lists something that is not a content stream").arg(page);
        pdf::CappedBytes data(MaxStreamBytes, &decoded, MaxTotalBytes);
        if (!part.pipeStreamData(&data, 0, qpdf_dl_generalized, false) || data.exceeded)
            return AmbiguityText::tr("a part of the content of page %1 cannot be decoded").arg(page);
        parts.push_back(std::move(data.bytes));
    }
    std::string direct, separated;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i + 1 < parts.size())
            if (const pdf::ContentEnd end = pdf::contentEnd(parts[i]); end != pdf::ContentEnd::BetweenTokens)
                return AmbiguityText::tr("the content of page %1 is split %2 at the end of part %3 of %4: viewers that join "
                                         "the parts read on into the next part and draw other things than viewers that "
                                         "do not (ambiguous)")
                    .arg(page)
                    .arg(splitWords(end))
                    .arg(i + 1)
                    .arg(parts.size());
        direct += parts[i];
        separated += parts[i];
        separated += '\n';
    }
    if (tokens(direct) != tokens(separated))
        return AmbiguityText::tr("the content of page %1 is split in the middle of a token, so viewers that join its parts "
                                 "read other operators than viewers that do not (ambiguous)")
            .arg(page);
    return {};
}

} // namespace

QStringList pageAmbiguities(QPDF &pdf)
{
    PageTree tree;
    Handle root = pdf.getRoot().getKey("/Pages");
    if (tree.walk(root, 0) < 0 && tree.problems.isEmpty())
        tree.problems << AmbiguityText::tr("the page tree cannot be read");
    if (!tree.problems.isEmpty())
        return tree.problems;
    QStringList problems;
    qint64 decoded = 0;
    int number = 0;
    for (Handle page : tree.pages)
        if (const QString p = splitContentProblem(page.getKey("/Contents"), ++number, decoded); !p.isEmpty())
            problems << p;
    return problems;
}

} // namespace smout::signing
