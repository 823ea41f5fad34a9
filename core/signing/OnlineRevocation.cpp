#include "OnlineRevocation.h"

#include "CertificateChain.h"
#include "Der.h"
#include "HttpExchange.h"
#include "NssHandles.h"
#include "OcspResponses.h"
#include "RevocationLists.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

#include <ocsp.h>
#include <secoid.h>
#include <secder.h>

namespace smout::signing {

using namespace Qt::StringLiterals;
namespace Tag = der::Tag;

namespace {

struct OnlineText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::OnlineRevocation)
};

constexpr qint64 MaxCrl = 16 * 1024 * 1024, MaxOcsp = 256 * 1024;

QByteArray bytesOf(const SECItem &item)
{
    return QByteArray(reinterpret_cast<const char *>(item.data), qsizetype(item.len));
}

// The URIs of the certificate's CRL distribution points (RFC 5280 4.2.1.13): each
// DistributionPoint's [0] distributionPoint holding [0] fullName, its [6] URIs.
QStringList distributionPoints(const CERTCertificate *c)
{
    QStringList out;
    constexpr quint8 Uri = 0x86;
    for (CERTCertExtension **e = c->extensions; e && *e; ++e) {
        if (SECOID_FindOIDTag(&(*e)->id) != SEC_OID_X509_CRL_DIST_POINTS)
            continue;
        const QByteArray value = bytesOf((*e)->value);
        const auto root = der::read(value);
        const auto points = root && root->tag == Tag::Sequence ? der::children(value, *root) : std::nullopt;
        for (const der::Node &point : points.value_or(QList<der::Node>{})) {
            const auto fields = point.tag == Tag::Sequence ? der::children(value, point) : std::nullopt;
            const auto name = fields && !fields->isEmpty() && fields->front().tag == Tag::Context0 ? der::children(value, fields->front()) : std::nullopt;
            const auto full = name && !name->isEmpty() && name->front().tag == Tag::Context0 ? der::children(value, name->front()) : std::nullopt;
            for (const der::Node &n : full.value_or(QList<der::Node>{}))
                if (n.tag == Uri)
                    out << QString::fromLatin1(der::content(value, n));
        }
    }
    return out;
}

QString ocspResponder(const CERTCertificate *c)
{
    char *location = CERT_GetOCSPAuthorityInfoAccessLocation(c);
    if (!location) {
        PORT_SetError(0); // having none is not an error here
        return {};
    }
    const QString out = QString::fromLatin1(location);
    PORT_Free(location);
    return out;
}

// Only plain http: what revocation data is served over, and signed in itself.
bool fetchable(const QUrl &url)
{
    return url.isValid() && url.scheme() == u"http" && !url.host().isEmpty();
}

QDateTime epoch()
{
    return QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
}

} // namespace

QByteArray ocspRequest(const QByteArray &certificate, const QByteArray &issuer)
{
    const NssCertificate subject = knownCertificate(certificate), by = knownCertificate(issuer);
    if (!subject || !by)
        return {};
    SECItem key = by->subjectPublicKeyInfo.subjectPublicKey;
    DER_ConvertBitString(&key);
    const QByteArray sha1 = der::element(Tag::Sequence, der::element(Tag::Oid, QByteArray::fromHex("2b0e03021a")) + der::element(Tag::Null, {}));
    const QByteArray certId = der::element(
        Tag::Sequence, sha1 + der::element(Tag::OctetString, QCryptographicHash::hash(bytesOf(by->derSubject), QCryptographicHash::Sha1))
                           + der::element(Tag::OctetString, QCryptographicHash::hash(bytesOf(key), QCryptographicHash::Sha1))
                           + der::element(Tag::Integer, bytesOf(subject->serialNumber)));
    // OCSPRequest { TBSRequest { requestList { Request { reqCert } } } }
    return der::element(Tag::Sequence, der::element(Tag::Sequence, der::element(Tag::Sequence, der::element(Tag::Sequence, certId))));
}

FetchedRevocation fetchRevocationData(const QList<QByteArray> &certificates, int timeoutSeconds)
{
    FetchedRevocation out;
    QList<QByteArray> seen;
    for (const QByteArray &der : certificates) {
        if (seen.contains(der) || isSelfIssued(der))
            continue;
        seen << der;
        const NssCertificate c = knownCertificate(der);
        const NssCertificate issuer = c ? NssCertificate(CERT_FindCertIssuer(c.get(), PR_Now(), certUsageAnyCA)) : NssCertificate();
        if (!issuer)
            continue;
        const QString who = QString::fromUtf8(c->subjectName);
        for (const QString &point : distributionPoints(c.get())) {
            const QUrl url(point, QUrl::StrictMode);
            if (!fetchable(url)) {
                out.problems << OnlineText::tr("%1: the CRL distribution point %2 is not an http URL; not fetched").arg(who, point);
                continue;
            }
            const auto answer = httpExchange(url, {}, {}, timeoutSeconds, MaxCrl);
            const QByteArray crl = answer ? revocationListFromFile(answer.value()) : QByteArray();
            if (!answer)
                out.problems << OnlineText::tr("%1: no CRL: %2").arg(who, answer.error());
            else if (crl.isEmpty() || !hasIssuerRevocationList(der, {crl}, epoch()))
                out.problems << OnlineText::tr("%1: %2 did not send a CRL its issuer signed; it is not used").arg(who, point);
            else if (!out.crls.contains(crl)) {
                out.crls << crl;
                out.fetched << OnlineText::tr("%1: CRL from %2").arg(who, point);
            }
        }
        const QString responder = ocspResponder(c.get());
        if (responder.isEmpty())
            continue;
        const QUrl url(responder, QUrl::StrictMode);
        if (!fetchable(url)) {
            out.problems << OnlineText::tr("%1: the OCSP responder %2 is not an http URL; not asked").arg(who, responder);
            continue;
        }
        const QByteArray issuerDer = bytesOf(issuer->derCert);
        const auto answer = httpExchange(url, ocspRequest(der, issuerDer), u"application/ocsp-request"_s, timeoutSeconds, MaxOcsp);
        const QByteArray response = answer ? ocspResponseFromFile(answer.value()) : QByteArray();
        const OcspFinding finding = ocspFinding(der, {response}, epoch());
        if (!answer)
            out.problems << OnlineText::tr("%1: no OCSP response: %2").arg(who, answer.error());
        else if (!finding.forged.isEmpty())
            out.problems << finding.forged;
        else if (response.isEmpty() || (!finding.revoked && !finding.statusSince))
            out.problems << OnlineText::tr("%1: %2 did not answer with an OCSP response about it; it is not used").arg(who, responder);
        else {
            out.ocsps << response;
            out.fetched << OnlineText::tr("%1: OCSP response from %2").arg(who, responder);
        }
    }
    return out;
}

} // namespace smout::signing
