#include "RecoveryStore.h"

#include "io/SmoutJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace smout::workflow {

namespace {

QString lockPath(const QString &copy)
{
    return copy + u".lock"_s;
}

// A lock held by a running process is never taken as stale, however old: only a lock whose
// process has gone is (QLockFile checks the process id it records).
std::unique_ptr<QLockFile> lockFor(const QString &copy)
{
    auto lock = std::make_unique<QLockFile>(lockPath(copy));
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

RecoveryStore::RecoveryStore()
    : m_file(directory() + u"/session-%1-%2.smout"_s.arg(QCoreApplication::applicationPid())
                               .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
{
}

QString RecoveryStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

void RecoveryStore::save(const SmoutDocument &doc, const QString &originalPath)
{
    QDir().mkpath(directory());
    if (!m_lock) {
        m_lock = lockFor(m_file);
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            return; // without its lock a copy could be taken for a leftover while we run
        }
    }
    // A copy that cannot be written is retried on the next change; without its companion
    // it is still offered back, as a document never saved.
    if (io::saveSmoutFile(doc, m_file).ok())
        static_cast<void>(io::writeFileAtomically(m_file + u".path"_s, originalPath.toUtf8()));
}

void RecoveryStore::discard()
{
    QFile::remove(m_file);
    QFile::remove(m_file + u".path"_s);
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

QList<RecoveredWork> RecoveryStore::leftovers()
{
    QList<RecoveredWork> out;
    const QDir dir(directory());
    for (const QString &name : dir.entryList({u"session-*.smout"_s}, QDir::Files, QDir::Time)) {
        const QString copy = dir.filePath(name);
        std::shared_ptr<QLockFile> lock = lockFor(copy);
        if (!lock->tryLock(0))
            continue; // its window is still running (this one included)
        auto doc = io::loadSmoutFile(copy);
        if (!doc)
            continue;
        QFile path(copy + u".path"_s);
        const QString original = path.open(QIODevice::ReadOnly) ? QString::fromUtf8(path.readAll()) : QString();
        out.append({copy, original, doc.value(), lock});
    }
    return out;
}

void RecoveryStore::remove(const RecoveredWork &work)
{
    QFile::remove(work.recoveryFile);
    QFile::remove(work.recoveryFile + u".path"_s);
    if (work.lock)
        work.lock->unlock();
}

} // namespace smout::workflow
