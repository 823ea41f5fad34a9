#pragma once

// Reads the parts of a zip file (a .docx) from its central directory, within fixed
// limits, so that a crafted file cannot make the import allocate or inflate without bound.

#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace smout::legacy {

// Limits (README "import-legacy"): more entries, a larger part, a part inflating more
// than MaxRatio times its compressed size, ZIP64 or encrypted entries are refused.
inline constexpr int MaxZipEntries = 2000;
inline constexpr qint64 MaxPartSize = 16 * 1024 * 1024;
inline constexpr qint64 MaxRatio = 200;

class ZipArchive {
public:
    static Result<ZipArchive> open(const QByteArray &bytes);

    bool contains(const QString &name) const;
    // The uncompressed part; an Error when it is absent or past a limit.
    Result<QByteArray> part(const QString &name) const;

private:
    struct Entry {
        QString name;
        quint16 method = 0;
        quint16 flags = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
        quint32 crc = 0;
    };
    QByteArray m_bytes;
    QList<Entry> m_entries;
};

} // namespace smout::legacy
