#include "UserCertificateDatabase.h"

#include "NssDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct UserDatabaseText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::UserCertificateDatabase)
};

Status run(const QString &program, const QStringList &args, const QString &what)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return Error{UserDatabaseText::tr("%1: %2 is not installed (Debian package libnss3-tools)").arg(what, program)};
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error{u"%1: %2"_s.arg(what, QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput()).trimmed())};
    return success();
}

} // namespace

QString smartCardModule()
{
    const QStringList candidates{
        u"/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so"_s, u"/usr/lib/aarch64-linux-gnu/p11-kit-proxy.so"_s,
        u"/usr/lib64/p11-kit-proxy.so"_s,
        u"/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"_s, u"/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so"_s,
        u"/usr/lib64/opensc-pkcs11.so"_s,
    };
    for (const QString &path : candidates)
        if (QFile::exists(path))
            return path;
    return {};
}

Status prepareUserDatabase()
{
    const QString dir = NssDatabase::userDefault();
    if (QFile::exists(dir + u"/cert9.db"_s))
        return success();
    if (!QDir().mkpath(dir))
        return Error{UserDatabaseText::tr("%1 cannot be created").arg(dir)};
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (const Status created = NssDatabase::create(dir, QString()); !created)
        return created;
    const QString module = smartCardModule();
    if (module.isEmpty())
        return success();
    return run(u"modutil"_s, {u"-force"_s, u"-dbdir"_s, u"sql:"_s + dir, u"-add"_s, u"Smart cards"_s, u"-libfile"_s, module},
               UserDatabaseText::tr("registering the smart-card module %1").arg(module));
}

QString earlierWindowDatabase()
{
    // The window's application data folder: "SMOUT Studio/SMOUT Studio" in the data folder.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/SMOUT Studio/SMOUT Studio/nssdb"_s;
    return QFile::exists(dir + u"/cert9.db"_s) ? dir : QString();
}

Status moveCertificates(const QString &from, const QString &into)
{
    QTemporaryDir scratch;
    const QString empty = scratch.filePath(u"empty"_s);
    QFile blank(empty);
    if (!blank.open(QIODevice::WriteOnly))
        return Error{UserDatabaseText::tr("a scratch file cannot be written")};
    blank.write("\n");
    blank.close();
    if (const Status merged = run(u"certutil"_s, {u"--merge"_s, u"-d"_s, u"sql:"_s + into, u"--source-dir"_s, u"sql:"_s + from,
                                                  u"-f"_s, empty, u"-@"_s, empty},
                                  UserDatabaseText::tr("moving the certificates of %1 into %2").arg(from, into));
        !merged)
        return merged;
    if (!QDir().rename(from, from + u".moved"_s))
        return Error{UserDatabaseText::tr("the certificates were copied into %1, but %2 could not be renamed").arg(into, from)};
    return success();
}

} // namespace smout::signing
