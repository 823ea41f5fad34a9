#include "NssDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <poppler-form.h>

#include <keyhi.h>
#include <nss.h>
#include <pk11pub.h>
#include <secmod.h>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct NssText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::NssDatabase)
};

QString &openedDir()
{
    static QString dir;
    return dir;
}

// Runs an NSS tool; the result is its error output when it fails.
Status runTool(const QString &program, const QStringList &args, const QString &what)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return Error{NssText::tr("%1: %2 is not installed (Debian package libnss3-tools)").arg(what, program)};
    p.waitForFinished(60000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error{u"%1: %2"_s.arg(what, QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput()).trimmed())};
    return success();
}

// A file holding a passphrase for an NSS tool, readable only by the user, removed after use.
class PassphraseFile {
public:
    explicit PassphraseFile(const QString &passphrase)
    {
        m_path = m_dir.filePath(u"pass"_s);
        QFile f(m_path);
        f.open(QIODevice::WriteOnly);
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(passphrase.toUtf8() + '\n');
    }
    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

QString NssDatabase::userDefault()
{
    return QDir::homePath() + u"/.pki/nssdb"_s;
}

Status NssDatabase::use(const QString &dir, Access access)
{
    const QString target = QDir(dir.isEmpty() ? userDefault() : dir).absolutePath();
    if (!openedDir().isEmpty())
        return openedDir() == target ? success()
                                     : Status(Error{NssText::tr("another certificate database is already open in this session")});
    if (!QFile::exists(target + u"/cert9.db"_s))
        return Error{NssText::tr("%1 is not an NSS certificate database (no cert9.db)").arg(target)};
    // Writable: opened by SMOUT Studio itself, so that a database without a passphrase can be
    // given one in this session (protect()); poppler then finds NSS open (and says so on
    // standard error). A database that cannot be written is opened read-only, by poppler.
    if (access == Access::Writable && !NSS_IsInitialized())
        NSS_InitReadWrite((u"sql:"_s + target).toUtf8().constData());
    Poppler::setNSSDir(u"sql:"_s + target);
    // poppler loads NSS's built-in web roots (libnssckbi) into every database it opens. No
    // signature may rest on them (ChosenAnchors.h), and finding a certificate would walk all
    // of them: the module is unloaded again, and poppler never adds it twice.
    if (SECMODModule *builtInRoots = SECMOD_FindModule("Root Certs")) {
        SECMOD_UnloadUserModule(builtInRoots);
        SECMOD_DestroyModule(builtInRoots);
    }
    openedDir() = target;
    return success();
}

QString NssDatabase::current()
{
    return openedDir();
}

Status NssDatabase::create(const QString &dir, const QString &passphrase)
{
    QDir().mkpath(dir);
    if (passphrase.isEmpty())
        return runTool(u"certutil"_s, {u"-N"_s, u"-d"_s, u"sql:"_s + dir, u"--empty-password"_s},
                       NssText::tr("creating the certificate database"));
    PassphraseFile pass(passphrase);
    return runTool(u"certutil"_s, {u"-N"_s, u"-d"_s, u"sql:"_s + dir, u"-f"_s, pass.path()},
                   NssText::tr("creating the certificate database"));
}

Status NssDatabase::importPkcs12(const QString &dir, const QString &p12File, const QString &p12Passphrase,
                                 const QString &dbPassphrase)
{
    if (!QFile::exists(p12File))
        return Error{NssText::tr("%1: no such file").arg(p12File)};
    PassphraseFile p12(p12Passphrase), db(dbPassphrase);
    const Status done = runTool(u"pk12util"_s, {u"-i"_s, p12File, u"-d"_s, u"sql:"_s + dir, u"-w"_s, p12.path(), u"-k"_s, db.path()},
                                NssText::tr("reading %1").arg(p12File));
    if (!done && done.error().contains(u"password"_s, Qt::CaseInsensitive))
        return Error{NssText::tr("wrong passphrase for %1").arg(p12File)};
    return done;
}

Status NssDatabase::importTrustAnchor(const QString &dir, const QString &pemFile, const QString &nickname,
                                      const QString &dbPassphrase)
{
    if (!QFile::exists(pemFile))
        return Error{NssText::tr("%1: no such file").arg(pemFile)};
    PassphraseFile pass(dbPassphrase);
    return runTool(u"certutil"_s,
                   {u"-A"_s, u"-d"_s, u"sql:"_s + dir, u"-n"_s, nickname, u"-t"_s, u"CT,C,C"_s, u"-a"_s, u"-i"_s, pemFile, u"-f"_s, pass.path()},
                   NssText::tr("trusting %1").arg(pemFile));
}

bool NssDatabase::isProtected()
{
    if (openedDir().isEmpty())
        return false;
    PK11SlotInfo *slot = PK11_GetInternalKeySlot();
    const bool needs = slot && PK11_NeedLogin(slot) && !PK11_NeedUserInit(slot);
    if (slot)
        PK11_FreeSlot(slot);
    return needs;
}

Status NssDatabase::protect(const QString &passphrase)
{
    if (openedDir().isEmpty())
        return Error{NssText::tr("no certificate database is open")};
    if (passphrase.isEmpty())
        return Error{NssText::tr("the passphrase is empty")};
    if (isProtected())
        return Error{NssText::tr("the certificate database %1 has a passphrase already").arg(openedDir())};
    PK11SlotInfo *slot = PK11_GetInternalKeySlot();
    if (!slot)
        return Error{NssText::tr("the certificate database %1 cannot be changed").arg(openedDir())};
    const QByteArray secret = passphrase.toUtf8();
    const SECStatus done = PK11_NeedUserInit(slot) ? PK11_InitPin(slot, nullptr, secret.constData())
                                                   : PK11_ChangePW(slot, "", secret.constData());
    PK11_FreeSlot(slot);
    if (done != SECSuccess)
        return Error{NssText::tr("the passphrase of the certificate database %1 could not be set (NSS error %2)")
                         .arg(openedDir())
                         .arg(PORT_GetError())};
    return success();
}

bool NssDatabase::holdsKeys()
{
    if (openedDir().isEmpty())
        return false;
    PK11SlotInfo *slot = PK11_GetInternalKeySlot();
    if (!slot)
        return false;
    SECKEYPrivateKeyList *keys = PK11_ListPrivateKeysInSlot(slot);
    const bool any = keys && !PRIVKEY_LIST_END(PRIVKEY_LIST_HEAD(keys), keys);
    if (keys)
        SECKEY_DestroyPrivateKeyList(keys);
    PK11_FreeSlot(slot);
    return any;
}

QStringList NssDatabase::nicknames(const QString &dir)
{
    QProcess p;
    p.start(u"certutil"_s, {u"-L"_s, u"-d"_s, u"sql:"_s + dir});
    p.waitForFinished(30000);
    QStringList out;
    for (const QString &line : QString::fromLocal8Bit(p.readAllStandardOutput()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.endsWith(u"u,u,u"_s))
            out << trimmed.left(trimmed.lastIndexOf(u' ')).trimmed();
    }
    return out;
}

} // namespace smout::signing
