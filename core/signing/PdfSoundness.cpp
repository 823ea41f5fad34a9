#include "PdfSoundness.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>

#include <map>
#include <set>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct SoundnessText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::PdfSoundness)
};

using Handle = QPDFObjectHandle;

// Counts decoded bytes and stops a stream's decoding once a limit is passed. qpdf turns the
// exception into a decoding warning, so the limit is read back from `exceeded`.
class CappedSink : public Pipeline {
public:
    explicit CappedSink(qint64 &total) : Pipeline("capped sink", nullptr), m_total(total) {}
    void write(unsigned char const *, size_t len) override
    {
        m_stream += qint64(len);
        m_total += qint64(len);
        if (m_stream > MaxStreamBytes)
            exceeded = SoundnessText::tr("a stream decompresses to more than %1 MB, the limit for one stream").arg(MaxStreamBytes >> 20);
        else if (m_total > MaxTotalBytes)
            exceeded = SoundnessText::tr("the streams decompress to more than %1 MB in all, the limit for one file").arg(MaxTotalBytes >> 20);
        if (!exceeded.isEmpty())
            throw std::length_error("limit");
    }
    void finish() override {}
    QString exceeded;

private:
    qint64 m_stream = 0;
    qint64 &m_total;
};

QString treeName(const std::string &tree)
{
    if (tree == "/EmbeddedFiles")
        return SoundnessText::tr("the list of embedded files");
    if (tree == "/JavaScript")
        return SoundnessText::tr("the list of document scripts");
    return SoundnessText::tr("the name tree %1").arg(QString::fromStdString(tree));
}

void collectNames(Handle node, std::map<std::string, int> &names, std::set<QPDFObjGen> &seen, int depth)
{
    if (!node.isDictionary() || depth > 32 || (node.isIndirect() && !seen.insert(node.getObjGen()).second))
        return;
    if (Handle items = node.getKey("/Names"); items.isArray())
        for (int i = 0; i + 1 < items.getArrayNItems(); i += 2)
            if (Handle k = items.getArrayItem(i); k.isString())
                ++names[k.getUTF8Value()];
    if (Handle kids = node.getKey("/Kids"); kids.isArray())
        for (Handle kid : kids.getArrayAsVector())
            collectNames(kid, names, seen, depth + 1);
}

// A revision ends with "startxref", the offset of its cross-reference section, and %%EOF.
Result<QString> truncation(const QByteArray &pdf)
{
    static const QRegularExpression end(u"startxref\\s+\\d+\\s+%%EOF"_s);
    const QString text = QString::fromLatin1(pdf.right(std::min<qsizetype>(pdf.size(), 4096)));
    qsizetype after = -1;
    for (auto it = end.globalMatch(text); it.hasNext();)
        after = it.next().capturedEnd();
    const QString rest = after < 0 ? text : text.mid(after).trimmed();
    if (rest.isEmpty())
        return QString();
    if (after < 0 || rest.contains(u"obj"_s) || rest.contains(u"xref"_s) || rest.contains(u"trailer"_s))
        return Error{SoundnessText::tr("the file is truncated: its last revision does not end with %%EOF, so a part of it "
                                       "(perhaps a later signature) is missing")};
    return SoundnessText::tr("%n byte(s) of data follow the end of the file (after the last %%EOF)", nullptr, int(rest.size()));
}

Status limitsOf(QPDF &q)
{
    if (qint64(q.getXRefTable().size()) > MaxObjects)
        return Error{SoundnessText::tr("the file holds more than %1 objects, the limit for one file").arg(MaxObjects)};
    qint64 total = 0;
    for (Handle h : q.getAllObjects()) {
        if (!h.isStream())
            continue;
        CappedSink sink(total);
        h.pipeStreamData(&sink, 0, qpdf_dl_generalized, true);
        if (!sink.exceeded.isEmpty())
            return Error{sink.exceeded};
    }
    return success();
}

} // namespace

Status withinLimits(const QByteArray &pdf)
{
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("file", pdf.constData(), size_t(pdf.size()));
        return limitsOf(q);
    } catch (const std::exception &e) {
        return Error{SoundnessText::tr("not a readable PDF: %1").arg(QString::fromStdString(e.what()))};
    }
}

Result<QStringList> soundnessProblems(const QByteArray &pdf)
{
    QStringList problems;
    auto trailing = truncation(pdf);
    if (!trailing)
        return Error{trailing.error()};
    if (!trailing->isEmpty())
        problems << trailing.value();
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("file", pdf.constData(), size_t(pdf.size()));
        if (const Status limits = limitsOf(q); !limits)
            return Error{limits.error()};
        const auto xref = q.getXRefTable();
        std::map<int, std::set<int>> generations;
        for (const auto &[og, entry] : xref)
            generations[og.getObj()].insert(og.getGen());
        for (const auto &[number, gens] : generations)
            if (gens.size() > 1)
                problems << SoundnessText::tr("the file is ambiguous: object %1 is defined with %2 generation numbers, and "
                                              "PDF readers disagree about which definition counts")
                                .arg(number)
                                .arg(gens.size());
        Handle names = q.getRoot().getKey("/Names");
        if (names.isDictionary())
            for (const std::string &tree : names.getKeys()) {
                std::map<std::string, int> counts;
                std::set<QPDFObjGen> seen;
                collectNames(names.getKey(tree), counts, seen, 0);
                for (const auto &[name, count] : counts)
                    if (count > 1)
                        problems << SoundnessText::tr("the file is ambiguous: %1 names \"%2\" %3 times, and PDF readers "
                                                      "disagree about which entry counts")
                                        .arg(treeName(tree), QString::fromStdString(name))
                                        .arg(count);
            }
        const std::vector<QPDFExc> warnings = q.getWarnings();
        if (!warnings.empty())
            problems << SoundnessText::tr("the file is ambiguous: it is damaged, and PDF readers may repair it differently (%1)")
                            .arg(QString::fromStdString(warnings.front().getMessageDetail()));
    } catch (const std::exception &e) {
        return Error{SoundnessText::tr("not a readable PDF: %1").arg(QString::fromStdString(e.what()))};
    }
    return problems;
}

} // namespace smout::signing
