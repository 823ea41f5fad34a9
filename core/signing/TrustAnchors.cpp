#include "TrustAnchors.h"

#include "ChosenAnchors.h"
#include "NssDatabase.h"
#include "NssHandles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cert.h>
#include <certdb.h>
#include <nss.h>
#include <pk11pub.h>
#include <prerror.h>

#include <memory>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct TrustText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::TrustAnchors)
};

QString nssError()
{
    return QString::fromUtf8(PR_ErrorToString(PORT_GetError(), PR_LANGUAGE_I_DEFAULT));
}

Status storeAnchors(const QString &dir, const QList<QByteArray> &anchors, const QString &dbPassphrase = {})
{
    // Read-write, without the system's root certificates module: only these anchors count.
    NssContext context(
        NSS_InitContext((u"sql:"_s + dir).toUtf8().constData(), "", "", "", nullptr, NSS_INIT_NOROOTINIT | NSS_INIT_NOMODDB));
    if (!context)
        return Error{TrustText::tr("the scratch certificate database cannot be created: %1").arg(nssError())};
    NssSlot slot(PK11_GetInternalKeySlot());
    if (!slot || (PK11_NeedUserInit(slot.get()) && PK11_InitPin(slot.get(), nullptr, "") != SECSuccess))
        return Error{TrustText::tr("the scratch certificate database cannot be created: %1").arg(nssError())};
    // A protected database records trust only once unlocked.
    if (PK11_NeedLogin(slot.get()) && !PK11_IsLoggedIn(slot.get(), nullptr)
        && PK11_CheckUserPassword(slot.get(), dbPassphrase.toUtf8().constData()) != SECSuccess)
        return Error{TrustText::tr("the certificate database cannot be unlocked to store trust anchors: %1").arg(nssError())};
    CERTCertTrust trust{};
    if (CERT_DecodeTrustString(&trust, "CT,C,C") != SECSuccess)
        return Error{nssError()};
    int n = 0;
    for (const QByteArray &der : anchors) {
        SECItem item{siBuffer, reinterpret_cast<unsigned char *>(const_cast<char *>(der.constData())), unsigned(der.size())};
        NssCertificate certificate(CERT_NewTempCertificate(CERT_GetDefaultCertDB(), &item, nullptr, PR_FALSE, PR_TRUE));
        const QByteArray nickname = u"trust-anchor-%1"_s.arg(++n).toUtf8();
        if (!certificate || PK11_ImportCert(slot.get(), certificate.get(), CK_INVALID_HANDLE, nickname.constData(), PR_FALSE) != SECSuccess
            || CERT_ChangeCertTrust(CERT_GetDefaultCertDB(), certificate.get(), &trust) != SECSuccess)
            return Error{TrustText::tr("trust anchor %1 cannot be stored: %2").arg(n).arg(nssError())};
    }
    return success();
}

} // namespace

Result<QByteArray> firstCertificate(const QString &pemFile)
{
    QFile f(pemFile);
    if (!f.exists())
        return Error{TrustText::tr("%1: no such file").arg(pemFile)};
    if (!f.open(QIODevice::ReadOnly))
        return Error{TrustText::tr("%1 cannot be read: %2").arg(pemFile, f.errorString())};
    const QByteArray pem = f.read(1024 * 1024);
    const QByteArray begin = "-----BEGIN CERTIFICATE-----", end = "-----END CERTIFICATE-----";
    const qsizetype from = pem.indexOf(begin), to = from < 0 ? -1 : pem.indexOf(end, from);
    if (to < 0)
        return Error{TrustText::tr("%1 holds no PEM certificate").arg(pemFile)};
    const auto der = QByteArray::fromBase64Encoding(pem.mid(from + begin.size(), to - from - begin.size()).simplified().replace(' ', ""),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!der || der.decoded.isEmpty())
        return Error{TrustText::tr("%1 holds no PEM certificate").arg(pemFile)};
    return der.decoded;
}

Status addTrustAnchors(const QString &dir, const QStringList &pemFiles, const QString &dbPassphrase)
{
    QList<QByteArray> anchors;
    for (const QString &pem : pemFiles) {
        auto der = firstCertificate(pem);
        if (!der)
            return Error{der.error()};
        anchors << der.value();
    }
    if (!QDir().mkpath(dir))
        return Error{TrustText::tr("%1 cannot be created").arg(dir)};
    return storeAnchors(dir, anchors, dbPassphrase);
}

Status openTrustingOnly(const QString &dir, const QStringList &pemFiles)
{
    if (const Status stored = addTrustAnchors(dir, pemFiles); !stored)
        return stored;
    return NssDatabase::use(dir);
}

QStringList chosenAnchorNames()
{
    QStringList names;
    NssSlot slot(PK11_GetInternalKeySlot());
    if (!slot)
        return names;
    const NssCertList certificates(PK11_ListCertsInSlot(slot.get()));
    if (!certificates)
        return names;
    for (CERTCertListNode *n = CERT_LIST_HEAD(certificates.get()); !CERT_LIST_END(n, certificates.get()); n = CERT_LIST_NEXT(n)) {
        if (!isChosenAnchor(n->cert))
            continue;
        char *commonName = CERT_GetCommonName(&n->cert->subject);
        names << (commonName ? QString::fromUtf8(commonName) : QString::fromUtf8(n->cert->subjectName));
        PORT_Free(commonName);
    }
    names.sort();
    return names;
}

} // namespace smout::signing
