#include "CertificateDatabase.h"

#include "signing/TrustAnchors.h"
#include "signing/UserCertificateDatabase.h"

#include <QDir>
#include <QFile>

namespace smout::workflow {

using namespace Qt::StringLiterals;

namespace {

bool exists(const QString &dir)
{
    return QFile::exists(dir + u"/cert9.db"_s);
}

} // namespace

QString certificateDatabase(const QString &chosen)
{
    return chosen.isEmpty() ? signing::NssDatabase::userDefault() : chosen;
}

Status openCertificateDatabase(const QString &chosen, WhenMissing missing, signing::NssDatabase::Access access)
{
    const QString dir = certificateDatabase(chosen);
    if (QDir(dir) == QDir(signing::NssDatabase::userDefault())) {
        if (const Status prepared = signing::prepareUserDatabase(); !prepared)
            return prepared;
    } else if (missing == WhenMissing::Create && !exists(dir)) {
        if (const Status created = signing::NssDatabase::create(dir, QString()); !created)
            return created;
    }
    return signing::NssDatabase::use(dir, access);
}

Status openVerifyingDatabase(const QString &chosen, const QStringList &anchors, const QString &scratch)
{
    if (!chosen.isEmpty())
        return signing::NssDatabase::use(chosen);
    if (anchors.isEmpty() && exists(signing::NssDatabase::userDefault()))
        return signing::NssDatabase::use(signing::NssDatabase::userDefault());
    return signing::openTrustingOnly(scratch, anchors);
}

} // namespace smout::workflow
