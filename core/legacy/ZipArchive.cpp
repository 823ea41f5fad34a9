#include "ZipArchive.h"

#include "LegacyText.h"

#include <zlib.h>

namespace smout::legacy {

using namespace Qt::StringLiterals;

namespace {

quint16 u16(const QByteArray &b, qsizetype at)
{
    return quint16(uchar(b[at])) | quint16(uchar(b[at + 1])) << 8;
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return quint32(u16(b, at)) | quint32(u16(b, at + 2)) << 16;
}

Result<QByteArray> inflateRaw(QByteArrayView in, qint64 expected)
{
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return Error{LegacyText::tr("cannot start decompression")};
    QByteArray out;
    out.resize(qsizetype(expected));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    int rc = inflate(&z, Z_FINISH);
    // Data past the size the directory declares means the declaration lied.
    const bool overflow = rc == Z_BUF_ERROR && z.avail_out == 0;
    const qint64 produced = qint64(z.total_out);
    inflateEnd(&z);
    if (overflow)
        return Error{LegacyText::tr("a part inflates beyond the size the zip declares")};
    if (rc != Z_STREAM_END || produced != expected)
        return Error{LegacyText::tr("a part of the zip is damaged")};
    return out;
}

} // namespace

Result<ZipArchive> ZipArchive::open(const QByteArray &bytes)
{
    constexpr qsizetype eocdSize = 22;
    if (bytes.size() < eocdSize)
        return Error{LegacyText::tr("the zip file is truncated")};
    const qsizetype lowest = std::max<qsizetype>(0, bytes.size() - eocdSize - 0xFFFF);
    qsizetype eocd = -1;
    for (qsizetype i = bytes.size() - eocdSize; i >= lowest; --i) {
        if (u32(bytes, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return Error{LegacyText::tr("the zip file has no central directory")};
    const quint16 count = u16(bytes, eocd + 10);
    const quint32 cdSize = u32(bytes, eocd + 12);
    const quint32 cdOffset = u32(bytes, eocd + 16);
    if (count == 0xFFFF || cdOffset == 0xFFFFFFFF)
        return Error{LegacyText::tr("ZIP64 files are not read")};
    if (count > MaxZipEntries)
        return Error{LegacyText::tr("the zip file has %1 entries, more than the %2 read").arg(count).arg(MaxZipEntries)};
    if (qint64(cdOffset) + cdSize > eocd)
        return Error{LegacyText::tr("the zip file's central directory lies outside the file")};
    ZipArchive zip;
    zip.m_bytes = bytes;
    qsizetype at = cdOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > eocd || u32(bytes, at) != 0x02014b50)
            return Error{LegacyText::tr("the zip file's central directory is damaged")};
        Entry e;
        e.flags = u16(bytes, at + 8);
        e.method = u16(bytes, at + 10);
        e.crc = u32(bytes, at + 16);
        e.compressedSize = u32(bytes, at + 20);
        e.size = u32(bytes, at + 24);
        const quint16 nameLen = u16(bytes, at + 28);
        const quint16 extraLen = u16(bytes, at + 30);
        const quint16 commentLen = u16(bytes, at + 32);
        e.localOffset = u32(bytes, at + 42);
        if (at + 46 + nameLen > eocd)
            return Error{LegacyText::tr("the zip file's central directory is damaged")};
        e.name = QString::fromUtf8(bytes.mid(at + 46, nameLen));
        // Two parts of one name could be read differently by Word and by us: refused.
        if (zip.contains(e.name))
            return Error{LegacyText::tr("the zip file holds the part %1 twice").arg(e.name)};
        zip.m_entries.append(e);
        at += 46 + nameLen + extraLen + commentLen;
    }
    return zip;
}

bool ZipArchive::contains(const QString &name) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const Entry &e) { return e.name == name; });
}

Result<QByteArray> ZipArchive::part(const QString &name) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry &e) { return e.name == name; });
    if (it == m_entries.end())
        return Error{LegacyText::tr("the part %1 is missing").arg(name)};
    const Entry &e = *it;
    if (e.flags & 0x1)
        return Error{LegacyText::tr("the part %1 is encrypted").arg(name)};
    if (e.size > MaxPartSize)
        return Error{LegacyText::tr("the part %1 is %2 bytes uncompressed, more than the %3 read")
                         .arg(name).arg(e.size).arg(MaxPartSize)};
    if (e.size > 1024 * 1024 && qint64(e.size) > qint64(e.compressedSize) * MaxRatio)
        return Error{LegacyText::tr("the part %1 inflates more than %2 times: refused as a zip bomb").arg(name).arg(MaxRatio)};
    const qsizetype local = e.localOffset;
    if (local + 30 > m_bytes.size() || u32(m_bytes, local) != 0x04034b50)
        return Error{LegacyText::tr("the part %1 is damaged").arg(name)};
    const qsizetype data = local + 30 + u16(m_bytes, local + 26) + u16(m_bytes, local + 28);
    if (data + qint64(e.compressedSize) > m_bytes.size())
        return Error{LegacyText::tr("the part %1 is truncated").arg(name)};
    const QByteArrayView raw(m_bytes.constData() + data, e.compressedSize);
    QByteArray out;
    if (e.method == 0) {
        if (e.compressedSize != e.size)
            return Error{LegacyText::tr("the part %1 is damaged").arg(name)};
        out = raw.toByteArray();
    } else if (e.method == 8) {
        auto inflated = inflateRaw(raw, e.size);
        if (!inflated)
            return Error{u"%1: %2"_s.arg(name, inflated.error())};
        out = std::move(inflated).value();
    } else {
        return Error{LegacyText::tr("the part %1 uses a compression method other than deflate").arg(name)};
    }
    if (crc32(0, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size())) != e.crc)
        return Error{LegacyText::tr("the part %1 is damaged (checksum)").arg(name)};
    return out;
}

} // namespace smout::legacy
