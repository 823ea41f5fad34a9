#include "IncrementalUpdate.h"

#include <QRegularExpression>

namespace smout::signing {

using namespace Qt::StringLiterals;
using Handle = QPDFObjectHandle;

QByteArray std2q(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

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

void Increment::finish(int size, const QByteArray &trailer, const PreviousXref &previous)
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

QByteArray withItem(Handle list, const QByteArray &item)
{
    QByteArray out = "[";
    if (list.isArray())
        for (Handle h : list.getArrayAsVector())
            out += std2q(h.unparse()) + ' ';
    return out + item + ']';
}

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

void fillByteRange(QByteArray &bytes, qsizetype byteRangeAt, qsizetype contentsBegin, qsizetype contentsEnd)
{
    const QByteArray range = "/ByteRange [0 " + QByteArray::number(contentsBegin) + ' ' + QByteArray::number(contentsEnd) + ' ' +
                             QByteArray::number(bytes.size() - contentsEnd) + ']';
    const qsizetype room = qsizetype(sizeof ByteRangePlaceholder) - 1;
    bytes.replace(byteRangeAt, range.size(), range);
    bytes.replace(byteRangeAt + range.size(), room - range.size(), QByteArray(room - range.size(), ' '));
}

} // namespace smout::signing
