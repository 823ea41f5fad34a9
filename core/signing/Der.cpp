#include "Der.h"

namespace smout::signing::der {

namespace {

// Deep enough for certificates and CMS, shallow enough that crafted input cannot exhaust the stack.
constexpr int MaxDepth = 32;

std::optional<Node> readAt(const QByteArray &data, qsizetype at, qsizetype limit, int depth)
{
    if (depth > MaxDepth || at < 0 || limit > data.size() || at + 2 > limit)
        return std::nullopt;
    Node n;
    n.begin = at;
    n.tag = quint8(data[at]);
    if ((n.tag & 0x1f) == 0x1f)
        return std::nullopt; // multi-byte tags: not used here
    const quint8 first = quint8(data[at + 1]);
    qsizetype p = at + 2;
    if (first < 0x80) {
        n.length = first;
    } else if (first == 0x80) {
        if (!(n.tag & 0x20))
            return std::nullopt; // only constructed elements may have an indefinite length
        n.indefinite = true;
    } else {
        const int bytes = first & 0x7f;
        if (bytes > 4 || p + bytes > limit)
            return std::nullopt;
        for (int i = 0; i < bytes; ++i)
            n.length = (n.length << 8) | quint8(data[p++]);
    }
    n.header = p - at;
    if (!n.indefinite)
        return n.contentBegin() + n.length <= limit ? std::optional<Node>(n) : std::nullopt;
    // The content runs to the first end-of-contents at this level.
    qsizetype q = p;
    while (true) {
        if (q + 2 > limit)
            return std::nullopt;
        if (data[q] == 0 && data[q + 1] == 0)
            break;
        const auto child = readAt(data, q, limit, depth + 1);
        if (!child)
            return std::nullopt;
        q = child->end();
    }
    n.length = q - p;
    return n;
}

} // namespace

std::optional<Node> read(const QByteArray &data, qsizetype at, qsizetype limit)
{
    return readAt(data, at, limit, 0);
}

std::optional<QList<Node>> children(const QByteArray &data, const Node &parent)
{
    QList<Node> out;
    const qsizetype limit = parent.contentBegin() + parent.length;
    for (qsizetype p = parent.contentBegin(); p < limit;) {
        const auto child = read(data, p, limit);
        if (!child)
            return std::nullopt;
        out << *child;
        p = child->end();
    }
    return out;
}

QByteArray header(quint8 tag, qsizetype length)
{
    QByteArray out(1, char(tag));
    if (length < 0x80)
        return out + char(length);
    QByteArray bytes;
    for (qsizetype l = length; l > 0; l >>= 8)
        bytes.prepend(char(l & 0xff));
    return out + char(0x80 | bytes.size()) + bytes;
}

QByteArray element(quint8 tag, const QByteArray &content)
{
    return header(tag, content.size()) + content;
}

QByteArray unsignedInteger(QByteArray magnitude)
{
    while (magnitude.size() > 1 && magnitude[0] == 0)
        magnitude.remove(0, 1);
    if (magnitude.isEmpty())
        magnitude = QByteArray(1, '\0');
    if (quint8(magnitude[0]) & 0x80)
        magnitude.prepend('\0');
    return element(Tag::Integer, magnitude);
}

QByteArray insertInto(const QByteArray &data, const QList<Node> &enclosing, qsizetype at, const QByteArray &inserted)
{
    QByteArray out = data;
    out.insert(at, inserted);
    // Innermost first: each header lies before the ones already rewritten, so the offsets of
    // the outer elements stay right.
    qsizetype growth = inserted.size();
    for (const Node &n : enclosing) {
        if (n.indefinite)
            continue;
        const QByteArray grown = header(n.tag, n.length + growth);
        out.replace(n.begin, n.header, grown);
        growth += grown.size() - n.header;
    }
    return out;
}

} // namespace smout::signing::der
