#include "RecoveryStore.h"

#include "io/SmoutJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

RecoveryStore::RecoveryStore()
    : m_file(directory() + u"/session-%1.smout"_s.arg(QCoreApplication::applicationPid()))
{
}

QString RecoveryStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

void RecoveryStore::save(const smout::SmoutDocument &doc, const QString &originalPath)
{
    QDir().mkpath(directory());
    // A copy that cannot be written is retried on the next change; without its companion
    // it is still offered back, as a document never saved.
    if (smout::io::saveSmoutFile(doc, m_file).ok())
        static_cast<void>(smout::io::writeFileAtomically(m_file + u".path"_s, originalPath.toUtf8()));
}

void RecoveryStore::discard()
{
    QFile::remove(m_file);
    QFile::remove(m_file + u".path"_s);
}

QList<RecoveredWork> RecoveryStore::leftovers()
{
    QList<RecoveredWork> out;
    const QString own = u"session-%1.smout"_s.arg(QCoreApplication::applicationPid());
    const QDir dir(directory());
    for (const QString &name : dir.entryList({u"session-*.smout"_s}, QDir::Files, QDir::Time)) {
        if (name == own)
            continue;
        auto doc = smout::io::loadSmoutFile(dir.filePath(name));
        if (!doc)
            continue;
        QFile path(dir.filePath(name + u".path"_s));
        const QString original = path.open(QIODevice::ReadOnly) ? QString::fromUtf8(path.readAll()) : QString();
        out.append({dir.filePath(name), original, doc.value()});
    }
    return out;
}

void RecoveryStore::remove(const RecoveredWork &work)
{
    QFile::remove(work.recoveryFile);
    QFile::remove(work.recoveryFile + u".path"_s);
}
