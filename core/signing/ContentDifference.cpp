#include "ContentDifference.h"

#include "pdf/ContentTokens.h"

#include <QCoreApplication>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace smout::signing {

namespace {

struct DifferenceText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::ContentDifference)
};

struct Op {
    std::string_view name;
    std::vector<std::string_view> operands;
    std::vector<double> numbers;
    // The operator with its operands, as one comparable spelling.
    std::string spelled() const
    {
        std::string s;
        for (const std::string_view o : operands) {
            s += o;
            s += ' ';
        }
        return s += name;
    }
};

std::vector<Op> operations(std::string_view stream)
{
    std::vector<Op> ops;
    Op pending;
    pdf::readContentTokens(stream, [&](const pdf::ContentToken &t) {
        if (t.kind == pdf::ContentToken::Operator) {
            pending.name = t.text;
            ops.push_back(std::move(pending));
            pending = {};
            return;
        }
        pending.operands.push_back(stream.substr(t.offset, t.length));
        if (t.kind == pdf::ContentToken::Number)
            pending.numbers.push_back(t.number);
    });
    return ops;
}

bool isTextShow(std::string_view op)
{
    return op == "Tj" || op == "TJ" || op == "'" || op == "\"";
}

bool isFill(std::string_view op)
{
    return op == "f" || op == "F" || op == "f*" || op == "B" || op == "B*" || op == "b" || op == "b*";
}

bool isFillColour(std::string_view op)
{
    return op == "g" || op == "rg" || op == "k" || op == "sc" || op == "scn";
}

bool isWhite(const Op &op)
{
    if (op.numbers.empty() || op.numbers.size() != op.operands.size())
        return false;
    if (op.name == "k")
        return op.numbers.size() == 4 && op.numbers[0] == 0 && op.numbers[1] == 0 && op.numbers[2] == 0 && op.numbers[3] == 0;
    return std::all_of(op.numbers.begin(), op.numbers.end(), [](double v) { return v >= 0.95; });
}

QString nameOf(std::string_view operand)
{
    return QString::fromUtf8(operand.data(), qsizetype(operand.size())).mid(operand.starts_with('/') ? 1 : 0);
}

QString opWords(std::string_view op)
{
    return QString::fromLatin1(op.data(), qsizetype(op.size()));
}

// What the page draws after `from` until the next change of fill colour: text or a fill.
std::string_view nextColouredDrawing(const std::vector<Op> &ops, size_t from)
{
    for (size_t i = from + 1; i < ops.size(); ++i) {
        if (isFillColour(ops[i].name))
            return {};
        if (isTextShow(ops[i].name) || isFill(ops[i].name) || ops[i].name == "Do")
            return ops[i].name;
    }
    return {};
}

QString graphicsStateWords(int page, const QString &name, QPDFObjectHandle resources)
{
    QPDFObjectHandle state = resources.isDictionary() ? resources.getKey("/ExtGState").getKey("/" + name.toStdString())
                                                      : QPDFObjectHandle::newNull();
    if (state.isDictionary()) {
        for (const char *key : {"/ca", "/CA"}) {
            QPDFObjectHandle alpha = state.getKey(key);
            if (alpha.isNumber() && alpha.getNumericValue() < 1)
                return DifferenceText::tr("text or shapes on page %1 are drawn %2% opaque (%3)")
                    .arg(page)
                    .arg(qRound(alpha.getNumericValue() * 100))
                    .arg(QString::fromLatin1(key));
        }
        if (state.hasKey("/SMask") && !state.getKey("/SMask").isNameAndEquals("/None"))
            return DifferenceText::tr("what page %1 draws is seen through a soft mask that can hide it (/SMask)").arg(page);
        if (state.hasKey("/BM") && !state.getKey("/BM").isNameAndEquals("/Normal"))
            return DifferenceText::tr("page %1 blends what it draws with what lies under it (/BM)").arg(page);
    }
    return DifferenceText::tr("page %1 sets a graphics state (%2) that SMOUT Studio's rendering of the data does not set (gs)")
        .arg(page)
        .arg(name);
}

} // namespace

QString describeContentDifference(int page, std::string_view signedContent, std::string_view renderedContent,
                                  QPDFObjectHandle resources)
{
    const std::vector<Op> signedOps = operations(signedContent), renderedOps = operations(renderedContent);
    std::set<std::string> rendered;
    std::map<std::string_view, int> renderedCount, signedCount;
    std::set<double> renderedSizes;
    for (const Op &op : renderedOps) {
        rendered.insert(op.spelled());
        ++renderedCount[op.name];
        if (op.name == "Tf" && !op.numbers.empty())
            renderedSizes.insert(op.numbers.back());
    }
    for (const Op &op : signedOps)
        ++signedCount[op.name];
    auto more = [&](std::string_view name) { return signedCount[name] > renderedCount[name]; };

    // What the page does that the rendering never does, in the order the page does it.
    for (size_t i = 0; i < signedOps.size(); ++i) {
        const Op &op = signedOps[i];
        if (rendered.contains(op.spelled()))
            continue;
        const double last = op.numbers.empty() ? 0 : op.numbers.back();
        if (op.name == "Tr" && (last == 3 || last == 7))
            return DifferenceText::tr("text on page %1 is drawn invisible (rendering mode %2)").arg(page).arg(last);
        if (op.name == "Tr")
            return DifferenceText::tr("text on page %1 is drawn in rendering mode %2, which SMOUT Studio never uses (Tr)")
                .arg(page)
                .arg(last);
        if (op.name == "Tz")
            return DifferenceText::tr("text on page %1 is squeezed to %2% of its width (Tz)").arg(page).arg(last);
        if (op.name == "Tf" && !renderedSizes.contains(last))
            return DifferenceText::tr("text on page %1 is set at size %2, a size SMOUT Studio never uses for it (Tf)")
                .arg(page)
                .arg(last);
        if ((op.name == "W" || op.name == "W*") && more(op.name))
            return DifferenceText::tr("a clipping path on page %1 can hide text (%2)").arg(page).arg(opWords(op.name));
        if (op.name == "gs" && !op.operands.empty())
            return graphicsStateWords(page, nameOf(op.operands.front()), resources);
        if (op.name == "Do" && !op.operands.empty()) {
            const QString name = nameOf(op.operands.front());
            QPDFObjectHandle x = resources.isDictionary() ? resources.getKey("/XObject").getKey("/" + name.toStdString())
                                                          : QPDFObjectHandle::newNull();
            return x.isStream() && x.getDict().getKey("/Subtype").isNameAndEquals("/Image")
                ? DifferenceText::tr("an image (%1) is drawn on page %2 (Do)").arg(name).arg(page)
                : DifferenceText::tr("a drawing (%1) that SMOUT Studio's rendering of the data does not hold is drawn on page %2 (Do)")
                      .arg(name)
                      .arg(page);
        }
        if (op.name == "BDC" && !op.operands.empty() && op.operands.front() == "/OC")
            return DifferenceText::tr("part of page %1 is drawn in an optional-content layer that viewers may hide (/OC)").arg(page);
        if (op.name == "BI")
            return DifferenceText::tr("an image is drawn on page %1 (inline image, BI)").arg(page);
        if ((op.name == "BDC" || op.name == "BMC") && op.spelled().find("/ActualText") != std::string::npos)
            return DifferenceText::tr("text on page %1 carries a replacement text that is read instead of what is drawn "
                                      "(/ActualText)")
                .arg(page);
        if (isFillColour(op.name) && isWhite(op)) {
            const std::string_view then = nextColouredDrawing(signedOps, i);
            if (isTextShow(then))
                return DifferenceText::tr("text on page %1 is drawn in white (%2)").arg(page).arg(opWords(op.name));
            if (isFill(then))
                return DifferenceText::tr("a white shape covers text on page %1 (%2, %3)").arg(page).arg(opWords(op.name), opWords(then));
        }
    }
    for (const std::string_view fill : {"f", "F", "f*", "B", "B*", "b", "b*"})
        if (more(fill))
            return DifferenceText::tr("page %1 fills shapes that SMOUT Studio's rendering of the data does not draw (%2): they can "
                                      "cover text or draw letters as outlines")
                .arg(page)
                .arg(opWords(fill));
    if (more("Tj") || more("TJ") || more("'") || more("\""))
        return DifferenceText::tr("page %1 draws text that SMOUT Studio's rendering of the data does not draw").arg(page);

    size_t at = 0;
    while (at < signedOps.size() && at < renderedOps.size() && signedOps[at].spelled() == renderedOps[at].spelled())
        ++at;
    const QString shown = at < signedOps.size() ? QString::fromStdString(signedOps[at].spelled()).left(60) : DifferenceText::tr("nothing");
    const QString expected = at < renderedOps.size() ? QString::fromStdString(renderedOps[at].spelled()).left(60)
                                                     : DifferenceText::tr("nothing");
    return DifferenceText::tr("page %1 is drawn otherwise than SMOUT Studio draws the embedded data from its drawing "
                              "operation %2 on: the page has \"%3\" where the data's rendering has \"%4\"")
        .arg(page)
        .arg(at + 1)
        .arg(shown, expected);
}

QString describeResourceDifference(int page, const std::vector<std::string> &path)
{
    auto keyAfter = [&](const char *key) -> QString {
        for (size_t i = 0; i + 1 < path.size(); ++i)
            if (path[i] == key)
                return QString::fromStdString(path[i + 1]).mid(1);
        return {};
    };
    // The deepest key that says what part of a font it is, else the last key.
    QString last = path.empty() ? QString() : QString::fromStdString(path.back());
    for (auto k = path.rbegin(); k != path.rend(); ++k) {
        const QString key = QString::fromStdString(*k);
        if (key == u"/ToUnicode" || key == u"/CIDToGIDMap" || key.startsWith(u"/FontFile") || key == u"/W" || key == u"/Widths"
            || key == u"/Encoding") {
            last = key;
            break;
        }
    }
    QString part;
    if (last == u"/ToUnicode")
        part = DifferenceText::tr("the letters its glyphs read as (/ToUnicode)");
    else if (last == u"/CIDToGIDMap")
        part = DifferenceText::tr("which glyph each code draws (/CIDToGIDMap)");
    else if (last.startsWith(u"/FontFile"))
        part = DifferenceText::tr("the glyphs it draws (%1)").arg(last);
    else if (last == u"/W" || last == u"/Widths")
        part = DifferenceText::tr("its glyph widths (%1)").arg(last);
    else if (last == u"/Encoding")
        part = DifferenceText::tr("which glyph each code draws (%1)").arg(last);
    else
        part = last.isEmpty() ? DifferenceText::tr("its entries") : last;
    if (const QString font = keyAfter("/Font"); !font.isEmpty())
        return DifferenceText::tr("font %1 on page %2 is not the font SMOUT Studio embeds for this text: it differs in %3")
            .arg(font)
            .arg(page)
            .arg(part);
    if (const QString state = keyAfter("/ExtGState"); !state.isEmpty())
        return DifferenceText::tr("graphics state %1 on page %2 differs from SMOUT Studio's (%3)").arg(state).arg(page).arg(part);
    if (const QString x = keyAfter("/XObject"); !x.isEmpty())
        return DifferenceText::tr("drawing %1 on page %2 differs from SMOUT Studio's (%3)").arg(x).arg(page).arg(part);
    QString where;
    for (const std::string &k : path)
        where += QString::fromStdString(k);
    return DifferenceText::tr("page %1 differs from SMOUT Studio's rendering of the data in its entries (%2)")
        .arg(page)
        .arg(where.isEmpty() ? DifferenceText::tr("the page dictionary") : where);
}

} // namespace smout::signing
