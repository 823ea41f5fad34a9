#pragma once

// An incremental update written by hand: the earlier bytes of a PDF kept exactly, new objects
// and new versions of existing ones after them, and a cross-reference section of the same kind
// as the file's with /Prev. Shared by the revisions a signature and an archive timestamp add.

#include <QByteArray>
#include <QString>

#include <qpdf/QPDFObjectHandle.hh>

#include <map>
#include <string>

namespace smout::signing {

// Written where a signature dictionary's /ByteRange goes, and replaced once the offsets are known.
constexpr char ByteRangePlaceholder[] = "/ByteRange [0 0000000000 0000000000 0000000000]";

QByteArray std2q(const std::string &s);

// The offset of the previous cross-reference section and whether it is a stream.
struct PreviousXref {
    qint64 offset = -1;
    bool stream = false;
};

// Invalid (offset -1) when the file does not end with startxref and %%EOF.
PreviousXref previousXref(const QByteArray &pdf);

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
    void object(QPDFObjectHandle existing, const QByteArray &body)
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
    void finish(int size, const QByteArray &trailer, const PreviousXref &previous);

private:
    struct Entry {
        qint64 offset;
        int generation;
    };
    QByteArray m_bytes;
    std::map<int, Entry> m_entries;
};

// The array with one more item at its end.
QByteArray withItem(QPDFObjectHandle list, const QByteArray &item);

// The dictionary (or an empty one) with some entries replaced or added, the others kept as
// they are: references stay references.
QByteArray dictionaryWith(QPDFObjectHandle dict, const std::map<std::string, QByteArray> &changes);

// Puts the /ByteRange of a signature whose placeholder starts at `byteRangeAt` and whose
// /Contents spans [contentsBegin, contentsEnd) into `bytes`, which must be the whole file.
void fillByteRange(QByteArray &bytes, qsizetype byteRangeAt, qsizetype contentsBegin, qsizetype contentsEnd);

} // namespace smout::signing
