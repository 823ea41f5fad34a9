// Reading and writing .smout files on disk (or standard input).

#include "SmoutJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace smout::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smout::io::SmoutFiles", text);
}

} // namespace

Result<QByteArray> readInputFile(const QString &path, qsizetype maxSize)
{
    QFile file;
    const bool isStdin = path == QLatin1StringView("-");
    const QString shown = isStdin ? tr("standard input") : path;
    if (isStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error{tr("%1: cannot be read").arg(shown)};
    } else {
        file.setFileName(path);
        if (QFileInfo(path).isDir())
            return Error{tr("%1: is a folder, not a file").arg(shown)};
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("%1: cannot be opened (%2)").arg(shown, file.errorString())};
    }
    QByteArray data = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{tr("%1: cannot be read (%2)").arg(shown, file.errorString())};
    if (data.size() > maxSize)
        return Error{tr("%1: larger than %L2 MB, too large for this kind of file")
                         .arg(shown)
                         .arg(maxSize / (1024 * 1024))};
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
        return Error{tr("%1: cannot be written (%2)").arg(path, file.errorString())};
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{tr("%1: writing failed (%2); the previous file is unchanged").arg(path, why)};
    }
    if (!file.commit())
        return Error{tr("%1: saving failed (%2); the previous file is unchanged")
                         .arg(path, file.errorString())};
    return success();
}

Status saveSmoutFile(const SmoutDocument &doc, const QString &path)
{
    return writeFileAtomically(path, writeSmout(doc));
}

} // namespace smout::io
