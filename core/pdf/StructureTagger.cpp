#include "StructureTagger.h"

#include "ContentTokens.h"

#include <QCoreApplication>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <cmath>
#include <variant>

namespace smout::pdf {

namespace {

struct TaggerText {
    Q_DECLARE_TR_FUNCTIONS(smout::pdf::StructureTagger)
};

struct Matrix {
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
    // this × m, in PDF's row-vector convention
    Matrix times(const Matrix &m) const
    {
        return {a * m.a + b * m.c, a * m.b + b * m.d, c * m.a + d * m.c, c * m.b + d * m.d,
                e * m.a + f * m.c + m.e, e * m.b + f * m.d + m.f};
    }
    QPointF map(double x, double y) const { return {x * a + y * c + e, x * b + y * d + f}; }
    bool rotated() const { return std::abs(b) > 1e-6 || std::abs(c) > 1e-6; }
};

// A run of the content stream that puts marks on the page: a text object, a painted path, an
// XObject or inline image.
struct Unit {
    size_t start = 0, end = 0;
    bool text = false;
    bool rotated = false;
    QPointF origin;  // a text object: where its first glyph sits
    QRectF bounds;   // a path: what it covers
};

class ContentReader {
public:
    std::vector<Unit> units;

    void handleToken(const ContentToken &token)
    {
        if (token.kind != ContentToken::Operator) {
            if (m_operands.empty())
                m_firstOperand = token.offset;
            m_operands.push_back(token);
            return;
        }
        const size_t start = m_operands.empty() ? token.offset : m_firstOperand;
        run(token.text, start, token.offset + token.length);
        m_operands.clear();
    }

private:
    double number(size_t i) { return i < m_operands.size() ? m_operands[i].number : 0; }
    bool numbers(size_t n)
    {
        if (m_operands.size() < n)
            return false;
        for (size_t i = 0; i < n; ++i)
            if (m_operands[i].kind != ContentToken::Number)
                return false;
        return true;
    }
    void addPoint(double x, double y)
    {
        const QPointF p = m_ctm.map(x, y);
        m_path.bounds = m_path.bounds.isNull() ? QRectF(p, QSizeF(0.01, 0.01)) : m_path.bounds.united(QRectF(p, QSizeF(0.01, 0.01)));
    }

    void run(std::string_view op, size_t start, size_t end)
    {
        if (op == "q") {
            m_stack.push_back(m_ctm);
        } else if (op == "Q") {
            if (!m_stack.empty()) {
                m_ctm = m_stack.back();
                m_stack.pop_back();
            }
        } else if (op == "cm" && numbers(6)) {
            m_ctm = Matrix{number(0), number(1), number(2), number(3), number(4), number(5)}.times(m_ctm);
        } else if (op == "BT") {
            m_inText = true;
            m_textUnit = Unit();
            m_textUnit.start = start;
            m_textUnit.end = end;
            m_textUnit.text = true;
            m_tm = m_tlm = Matrix{};
            m_shown = false;
        } else if (op == "ET") {
            m_inText = false;
            m_textUnit.end = end;
            if (m_shown)
                units.push_back(m_textUnit);
        } else if (m_inText && op == "Tm" && numbers(6)) {
            m_tm = m_tlm = Matrix{number(0), number(1), number(2), number(3), number(4), number(5)};
        } else if (m_inText && (op == "Td" || op == "TD") && numbers(2)) {
            m_tm = m_tlm = Matrix{1, 0, 0, 1, number(0), number(1)}.times(m_tlm);
        } else if (m_inText && (op == "Tj" || op == "TJ" || op == "'" || op == "\"")) {
            if (!m_shown) {
                const Matrix trm = m_tm.times(m_ctm);
                m_textUnit.origin = trm.map(0, 0);
                m_textUnit.rotated = trm.rotated();
                m_shown = true;
            }
        } else if (!m_inText && (op == "m" || op == "l") && numbers(2)) {
            beginPath(start);
            addPoint(number(0), number(1));
        } else if (!m_inText && op == "re" && numbers(4)) {
            beginPath(start);
            addPoint(number(0), number(1));
            addPoint(number(0) + number(2), number(1) + number(3));
        } else if (!m_inText && (op == "c" || op == "v" || op == "y")) {
            beginPath(start);
            for (size_t i = 0; i + 1 < m_operands.size(); i += 2)
                addPoint(number(i), number(i + 1));
        } else if (!m_inText && op == "h") {
            beginPath(start);
        } else if (!m_inText && (op == "S" || op == "s" || op == "f" || op == "F" || op == "f*" || op == "B" || op == "B*"
                                 || op == "b" || op == "b*")) {
            beginPath(start);
            m_path.end = end;
            units.push_back(m_path);
            m_inPath = false;
        } else if (!m_inText && op == "n") {
            m_inPath = false; // a clip only: nothing is drawn
        } else if (!m_inText && (op == "Do" || op == "sh" || op == "BI" || op == "EI")) {
            Unit u;
            u.start = start;
            u.end = end;
            u.bounds = QRectF(m_ctm.map(0, 0), m_ctm.map(1, 1)).normalized();
            units.push_back(u);
        }
    }
    void beginPath(size_t start)
    {
        if (m_inPath)
            return;
        m_inPath = true;
        m_path = Unit();
        m_path.start = m_path.end = start;
    }

    std::vector<ContentToken> m_operands;
    size_t m_firstOperand = 0;
    Matrix m_ctm, m_tm, m_tlm;
    std::vector<Matrix> m_stack;
    bool m_inText = false, m_shown = false, m_inPath = false;
    Unit m_textUnit, m_path;
};

struct MarkedContent {
    int page;
    int mcid;
};
using Kid = std::variant<int, MarkedContent>; // a child element, or marked content

std::string utf8(const QString &s)
{
    return s.toStdString();
}

int claimant(const PdfStructure &s, int page, const Unit &u)
{
    int best = -1, bestPriority = -1;
    const QPointF at = u.text ? u.origin : u.bounds.center();
    for (const StructureRegion &r : s.regions) {
        if (r.page != page || r.graphics == u.text || r.priority <= bestPriority)
            continue;
        if (r.rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(at)) {
            best = r.element;
            bestPriority = r.priority;
        }
    }
    return best;
}

} // namespace

Status tagStructure(QPDF &q, const PdfStructure &s)
{
    if (s.elements.isEmpty())
        return Error{TaggerText::tr("The PDF could not be tagged: the renderer described no structure.")};
    try {
        std::vector<QPDFObjectHandle> elements;
        for (const StructureElement &e : s.elements) {
            auto dict = QPDFObjectHandle::newDictionary();
            dict.replaceKey("/Type", QPDFObjectHandle::newName("/StructElem"));
            dict.replaceKey("/S", QPDFObjectHandle::newName("/" + utf8(e.type)));
            if (!e.alt.isEmpty())
                dict.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(utf8(e.alt)));
            if (!e.actualText.isEmpty())
                dict.replaceKey("/ActualText", QPDFObjectHandle::newUnicodeString(utf8(e.actualText)));
            if (!e.scope.isEmpty()) {
                auto table = QPDFObjectHandle::newDictionary();
                table.replaceKey("/O", QPDFObjectHandle::newName("/Table"));
                table.replaceKey("/Scope", QPDFObjectHandle::newName("/" + utf8(e.scope)));
                dict.replaceKey("/A", table);
            }
            elements.push_back(q.makeIndirectObject(dict));
        }
        std::vector<std::vector<Kid>> kids(elements.size());
        std::vector<bool> placed(elements.size(), false);
        for (int i = 1; i < s.elements.size(); ++i)
            if (!s.elements[i].inlineElement) {
                kids[size_t(s.elements[i].parent)].push_back(i);
                placed[size_t(i)] = true;
            }

        auto root = q.makeIndirectObject(QPDFObjectHandle::newDictionary());
        auto parentNums = QPDFObjectHandle::newArray();
        const auto pages = QPDFPageDocumentHelper(q).getAllPages();
        for (size_t p = 0; p < pages.size(); ++p) {
            QPDFPageObjectHelper page = pages[p];
            page.coalesceContentStreams();
            auto contents = page.getObjectHandle().getKey("/Contents");
            const auto data = contents.getStreamData(qpdf_dl_generalized);
            const std::string in(reinterpret_cast<const char *>(data->getBuffer()), data->getSize());
            ContentReader reader;
            readContentTokens(in, [&reader](const ContentToken &token) { reader.handleToken(token); });
            std::string out;
            size_t copied = 0;
            auto parents = QPDFObjectHandle::newArray();
            int mcid = 0;
            for (const Unit &u : reader.units) {
                if (u.start < copied || u.end > in.size())
                    continue; // overlapping runs cannot be marked twice
                out.append(in, copied, u.start - copied);
                const int element = u.rotated ? -1 : claimant(s, int(p), u);
                if (element < 0) {
                    out += "/Artifact BMC\n";
                } else {
                    out += "/" + utf8(s.elements[element].type) + " <</MCID " + std::to_string(mcid) + ">> BDC\n";
                    if (!placed[size_t(element)]) {
                        kids[size_t(s.elements[element].parent)].push_back(element);
                        placed[size_t(element)] = true;
                    }
                    kids[size_t(element)].push_back(MarkedContent{int(p), mcid});
                    parents.appendItem(elements[size_t(element)]);
                    ++mcid;
                }
                out.append(in, u.start, u.end - u.start);
                out += "\nEMC\n";
                copied = u.end;
            }
            out.append(in, copied, std::string::npos);
            contents.replaceStreamData(out, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
            page.getObjectHandle().replaceKey("/StructParents", QPDFObjectHandle::newInteger(static_cast<long long>(p)));
            page.getObjectHandle().replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
            parentNums.appendItem(QPDFObjectHandle::newInteger(static_cast<long long>(p)));
            parentNums.appendItem(parents);
        }

        // An element that claimed no content is left out of the tree, and so is a container
        // left empty by that.
        std::vector<bool> hasContent(elements.size(), false);
        for (size_t i = elements.size(); i-- > 0;)
            for (const Kid &k : kids[i])
                if (std::holds_alternative<MarkedContent>(k) || hasContent[size_t(std::get<int>(k))])
                    hasContent[i] = true;
        for (size_t i = 0; i < elements.size(); ++i) {
            auto array = QPDFObjectHandle::newArray();
            for (const Kid &k : kids[i]) {
                if (const auto *m = std::get_if<MarkedContent>(&k)) {
                    auto mcr = QPDFObjectHandle::newDictionary();
                    mcr.replaceKey("/Type", QPDFObjectHandle::newName("/MCR"));
                    mcr.replaceKey("/Pg", pages[size_t(m->page)].getObjectHandle());
                    mcr.replaceKey("/MCID", QPDFObjectHandle::newInteger(m->mcid));
                    array.appendItem(mcr);
                } else if (hasContent[size_t(std::get<int>(k))]) {
                    array.appendItem(elements[size_t(std::get<int>(k))]);
                }
            }
            elements[i].replaceKey("/K", array);
            elements[i].replaceKey("/P", i == 0 ? root : elements[size_t(s.elements[int(i)].parent)]);
        }
        root.replaceKey("/Type", QPDFObjectHandle::newName("/StructTreeRoot"));
        root.replaceKey("/K", elements[0]);
        auto parentTree = QPDFObjectHandle::newDictionary();
        parentTree.replaceKey("/Nums", parentNums);
        root.replaceKey("/ParentTree", q.makeIndirectObject(parentTree));
        root.replaceKey("/ParentTreeNextKey", QPDFObjectHandle::newInteger(static_cast<long long>(pages.size())));

        auto catalog = q.getRoot();
        catalog.replaceKey("/StructTreeRoot", root);
        auto markInfo = QPDFObjectHandle::newDictionary();
        markInfo.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
        catalog.replaceKey("/MarkInfo", markInfo);
        catalog.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(s.language)));
        auto preferences = catalog.getKey("/ViewerPreferences").isDictionary() ? catalog.getKey("/ViewerPreferences")
                                                                              : QPDFObjectHandle::newDictionary();
        preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        catalog.replaceKey("/ViewerPreferences", preferences);
        const QString title = s.title.toHtmlEscaped();
        const std::string xmp = utf8(QStringLiteral(
            "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>"
            "<dc:language><rdf:Bag><rdf:li>%2</rdf:li></rdf:Bag></dc:language>"
            "<pdfuaid:part>1</pdfuaid:part></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
                                         .arg(title, s.language.toHtmlEscaped()));
        auto metadata = QPDFObjectHandle::newStream(&q, xmp);
        metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        catalog.replaceKey("/Metadata", metadata);
        return success();
    } catch (const std::exception &e) {
        return Error{TaggerText::tr("The PDF could not be tagged: %1").arg(QString::fromStdString(e.what()))};
    }
}

} // namespace smout::pdf
