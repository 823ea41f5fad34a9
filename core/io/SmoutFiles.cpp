// Reading and writing .smout files on disk (or standard input).

#include "SmoutJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace smout::io {

namespace {

struct FilesText {
    Q_DECLARE_TR_FUNCTIONS(smout::io::SmoutFiles)
};

} // namespace

namespace {

// Standard input arrives in pieces as the writer sends them: read until end of file.
Result<QByteArray> readStandardInput(qsizetype maxSize)
{
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
        data.append(buffer, qsizetype(n));
        if (data.size() > maxSize)
            return Error{FilesText::tr("%1: larger than %2, too large for this kind of file")
                             .arg(FilesText::tr("standard input"), sizeLimitText(maxSize))};
        if (n < sizeof buffer) {
            if (std::ferror(stdin))
                return Error{FilesText::tr("standard input: cannot be read")};
            return data;
        }
    }
}

} // namespace

QString sizeLimitText(qsizetype bytes)
{
    return bytes >= 1024 * 1024 ? FilesText::tr("%L1 MB").arg(bytes / (1024 * 1024)) : FilesText::tr("%L1 KB").arg(bytes / 1024);
}

Result<QByteArray> readInputFile(const QString &path, qsizetype maxSize)
{
    if (path == QLatin1StringView("-"))
        return readStandardInput(maxSize);
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error{FilesText::tr("%1: is a folder, not a file").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{FilesText::tr("%1: cannot be opened (%2)").arg(path, file.errorString())};
    QByteArray data = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{FilesText::tr("%1: cannot be read (%2)").arg(path, file.errorString())};
    if (data.size() > maxSize)
        return Error{FilesText::tr("%1: larger than %2, too large for this kind of file").arg(path, sizeLimitText(maxSize))};
    return data;
}

Result<SmoutDocument> loadSmoutFile(const QString &path)
{
    auto bytes = readInputFile(path);
    if (!bytes)
        return Error{bytes.error()};
    return readSmout(bytes.value());
}

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{FilesText::tr("%1: cannot be written (%2)").arg(path, file.errorString())};
    // flush() too: a short write of the buffered tail (disk full, file size limit) is only
    // seen there, and QSaveFile (Qt 6.4) would commit the cut-off file over the previous one.
    if (file.write(data) != data.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{FilesText::tr("%1: writing failed (%2); the previous file is unchanged").arg(path, why)};
    }
    if (!file.commit())
        return Error{FilesText::tr("%1: saving failed (%2); the previous file is unchanged")
                         .arg(path, file.errorString())};
    return success();
}

Status saveSmoutFile(const SmoutDocument &doc, const QString &path)
{
    auto text = writeSmout(doc);
    if (!text)
        return Error{text.error()};
    if (const auto again = readSmout(text.value()); !again)
        return Error{FilesText::tr("%1: not saved, because it would not open again: %2").arg(path, again.error())};
    return writeFileAtomically(path, text.value());
}

} // namespace smout::io
