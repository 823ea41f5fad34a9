#pragma once

// A small reader and writer of ASN.1 encodings, enough to read RFC 3161 timestamp tokens and
// to add an attribute to a CMS SignerInfo after it was signed, without a second private-key
// operation. It reads DER and the BER NSS's CMS encoder writes (indefinite lengths ended by
// two zero bytes); it writes DER. Single-byte tags only: nothing these structures use needs more.

#include <QByteArray>
#include <QList>

#include <optional>

namespace smout::signing::der {

namespace Tag {
constexpr quint8 Boolean = 0x01, Integer = 0x02, BitString = 0x03, OctetString = 0x04, Null = 0x05,
                 Oid = 0x06, GeneralizedTime = 0x18, Sequence = 0x30, Set = 0x31;
// Context-specific, constructed: [0], [1].
constexpr quint8 Context0 = 0xa0, Context1 = 0xa1;
} // namespace Tag

// One element of `data`, by offsets into it.
struct Node {
    quint8 tag = 0;
    qsizetype begin = 0;     // of the tag
    qsizetype header = 0;    // bytes of tag and length
    qsizetype length = 0;    // of the content (without the end-of-contents of an indefinite one)
    bool indefinite = false; // BER: the content is followed by two zero bytes

    qsizetype contentBegin() const { return begin + header; }
    qsizetype end() const { return begin + header + length + (indefinite ? 2 : 0); }
};

// The element starting at `at`, which must end by `limit`; nothing when it is malformed.
std::optional<Node> read(const QByteArray &data, qsizetype at, qsizetype limit);
inline std::optional<Node> read(const QByteArray &data) { return read(data, 0, data.size()); }

// The elements inside a constructed one; nothing when one of them is malformed.
std::optional<QList<Node>> children(const QByteArray &data, const Node &parent);

inline QByteArray content(const QByteArray &data, const Node &n) { return data.mid(n.contentBegin(), n.length); }
inline QByteArray whole(const QByteArray &data, const Node &n) { return data.mid(n.begin, n.end() - n.begin); }

// Tag and definite length, then the content.
QByteArray header(quint8 tag, qsizetype length);
QByteArray element(quint8 tag, const QByteArray &content);

// A positive INTEGER with the given big-endian magnitude, in its shortest form.
QByteArray unsignedInteger(QByteArray magnitude);

// `data` with `inserted` put in at `at`, and the lengths of `enclosing` (the elements around
// that place, innermost first) grown to match; indefinite lengths need no change.
QByteArray insertInto(const QByteArray &data, const QList<Node> &enclosing, qsizetype at, const QByteArray &inserted);

} // namespace smout::signing::der
