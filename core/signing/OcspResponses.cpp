#include "OcspResponses.h"

#include "Der.h"
#include "NssHandles.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cert.h>
#include <cryptohi.h>
#include <secasn1.h>
#include <secder.h>
#include <secoid.h>

namespace smout::signing {

using namespace Qt::StringLiterals;
using der::Node;
namespace Tag = der::Tag;

namespace {

struct OcspText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::OcspResponses)
};

namespace Oid {
const QByteArray BasicResponse = QByteArray::fromHex("2b0601050507300101");
const QByteArray OcspSigning = QByteArray::fromHex("2b06010505070309");
const QByteArray Sha1 = QByteArray::fromHex("2b0e03021a");
const QByteArray Sha256 = QByteArray::fromHex("608648016503040201");
} // namespace Oid

constexpr quint8 Enumerated = 0x0a, Good = 0x80, Revoked = 0xa1;

struct SingleResponse {
    QByteArray hashAlgorithm, issuerNameHash, issuerKeyHash, serial;
    quint8 status = 0;
    QDateTime revokedAt, thisUpdate;
};

struct BasicResponse {
    QByteArray tbs, signatureAlgorithm, signature; // signature: the BIT STRING's content
    QDateTime producedAt;
    QList<SingleResponse> responses;
    QList<QByteArray> certificates;
};

std::optional<QList<Node>> partsOf(const QByteArray &data, const std::optional<Node> &n, quint8 tag)
{
    return n && n->tag == tag ? der::children(data, *n) : std::nullopt;
}

QDateTime generalizedTime(const QByteArray &data, const Node &n)
{
    // YYYYMMDDhhmmss[.f…]Z
    const QString text = QString::fromLatin1(der::content(data, n));
    if (n.tag != Tag::GeneralizedTime || text.size() < 15 || !text.endsWith(u'Z'))
        return {};
    QDateTime t = QDateTime::fromString(text.left(14), u"yyyyMMddHHmmss"_s);
    t.setTimeSpec(Qt::UTC);
    return t;
}

std::optional<SingleResponse> readSingle(const QByteArray &d, const Node &n)
{
    const auto f = partsOf(d, n, Tag::Sequence);
    if (!f || f->size() < 3)
        return std::nullopt;
    const auto id = partsOf(d, (*f)[0], Tag::Sequence);
    const auto algorithm = id && id->size() == 4 ? partsOf(d, (*id)[0], Tag::Sequence) : std::nullopt;
    if (!algorithm || algorithm->isEmpty() || algorithm->front().tag != Tag::Oid || (*id)[1].tag != Tag::OctetString
        || (*id)[2].tag != Tag::OctetString || (*id)[3].tag != Tag::Integer)
        return std::nullopt;
    SingleResponse s{der::content(d, algorithm->front()), der::content(d, (*id)[1]), der::content(d, (*id)[2]),
                     der::content(d, (*id)[3]), (*f)[1].tag, {}, generalizedTime(d, (*f)[2])};
    if (!s.thisUpdate.isValid())
        return std::nullopt;
    if (s.status == Revoked) {
        const auto info = der::children(d, (*f)[1]);
        s.revokedAt = info && !info->isEmpty() ? generalizedTime(d, info->front()) : QDateTime();
        if (!s.revokedAt.isValid())
            return std::nullopt;
    }
    return s;
}

// The BasicOCSPResponse of a successful OCSPResponse; nothing for anything else.
std::optional<BasicResponse> readResponse(const QByteArray &der)
{
    const auto top = partsOf(der, der::read(der), Tag::Sequence);
    if (!top || top->size() != 2 || (*top)[0].tag != Enumerated || der::content(der, (*top)[0]) != QByteArray(1, '\0'))
        return std::nullopt;
    const auto explicitBytes = partsOf(der, (*top)[1], Tag::Context0);
    const auto bytes = explicitBytes && explicitBytes->size() == 1 ? partsOf(der, explicitBytes->front(), Tag::Sequence) : std::nullopt;
    if (!bytes || bytes->size() != 2 || (*bytes)[0].tag != Tag::Oid || der::content(der, (*bytes)[0]) != Oid::BasicResponse
        || (*bytes)[1].tag != Tag::OctetString)
        return std::nullopt;
    const QByteArray b = der::content(der, (*bytes)[1]);
    const auto basic = partsOf(b, der::read(b), Tag::Sequence);
    if (!basic || basic->size() < 3 || (*basic)[0].tag != Tag::Sequence || (*basic)[1].tag != Tag::Sequence
        || (*basic)[2].tag != Tag::BitString)
        return std::nullopt;
    BasicResponse r{der::whole(b, (*basic)[0]), der::whole(b, (*basic)[1]), der::content(b, (*basic)[2]), {}, {}, {}};
    if (basic->size() > 3) {
        const auto wrapped = partsOf(b, (*basic)[3], Tag::Context0);
        const auto certs = wrapped && wrapped->size() == 1 ? partsOf(b, wrapped->front(), Tag::Sequence) : std::nullopt;
        if (!certs)
            return std::nullopt;
        for (const Node &c : *certs)
            r.certificates << der::whole(b, c);
    }
    // ResponseData: [0] version?, responderID ([1] or [2]), producedAt, responses, [1] extensions?
    const auto data = der::children(b, (*basic)[0]);
    if (!data)
        return std::nullopt;
    qsizetype i = !data->isEmpty() && data->front().tag == Tag::Context0 ? 1 : 0;
    if (data->size() < i + 3)
        return std::nullopt;
    r.producedAt = generalizedTime(b, (*data)[i + 1]);
    const auto singles = partsOf(b, (*data)[i + 2], Tag::Sequence);
    if (!r.producedAt.isValid() || !singles)
        return std::nullopt;
    for (const Node &n : *singles) {
        const auto s = readSingle(b, n);
        if (!s)
            return std::nullopt;
        r.responses << *s;
    }
    return r;
}

std::optional<QCryptographicHash::Algorithm> hashOf(const QByteArray &oid)
{
    if (oid == Oid::Sha1)
        return QCryptographicHash::Sha1;
    if (oid == Oid::Sha256)
        return QCryptographicHash::Sha256;
    return std::nullopt;
}

QByteArray bytesOf(const SECItem &item)
{
    return QByteArray(reinterpret_cast<const char *>(item.data), qsizetype(item.len));
}

// The CertID names `subject`, issued by `issuer`.
bool names(const SingleResponse &s, const CERTCertificate *subject, const CERTCertificate *issuer)
{
    const auto hash = hashOf(s.hashAlgorithm);
    if (!hash)
        return false;
    SECItem key = issuer->subjectPublicKeyInfo.subjectPublicKey;
    DER_ConvertBitString(&key);
    return s.serial == bytesOf(subject->serialNumber)
        && s.issuerNameHash == QCryptographicHash::hash(bytesOf(issuer->derSubject), *hash)
        && s.issuerKeyHash == QCryptographicHash::hash(bytesOf(key), *hash);
}

PRTime prTime(const QDateTime &t)
{
    return PRTime(t.toMSecsSinceEpoch()) * PR_USEC_PER_MSEC;
}

// The response's signature verifies with `signer`'s key, which was valid when it was produced.
bool signedBy(const BasicResponse &r, CERTCertificate *signer)
{
    NssArena arena(PORT_NewArena(DER_DEFAULT_CHUNKSIZE));
    CERTSignedData signedData{};
    SECItem algorithm = secItemOf(r.signatureAlgorithm);
    if (!arena || r.signature.size() < 2 || r.signature.front() != '\0'
        || SEC_QuickDERDecodeItem(arena.get(), &signedData.signatureAlgorithm, SEC_ASN1_GET(SECOID_AlgorithmIDTemplate), &algorithm) != SECSuccess)
        return false;
    signedData.data = secItemOf(r.tbs);
    const QByteArray value = r.signature.mid(1);
    signedData.signature = secItemOf(value);
    signedData.signature.len *= 8; // a BIT STRING's length counts bits
    return CERT_VerifySignedData(&signedData, signer, prTime(r.producedAt), nullptr) == SECSuccess;
}

bool forOcspSigning(const CERTCertificate *c)
{
    for (CERTCertExtension **e = c->extensions; e && *e; ++e) {
        if (SECOID_FindOIDTag(&(*e)->id) != SEC_OID_X509_EXT_KEY_USAGE)
            continue;
        const QByteArray value = bytesOf((*e)->value);
        const auto purposes = partsOf(value, der::read(value), Tag::Sequence);
        return purposes && std::any_of(purposes->begin(), purposes->end(), [&](const Node &p) {
                   return p.tag == Tag::Oid && der::content(value, p) == Oid::OcspSigning;
               });
    }
    return false;
}

QString nameOf(const CERTCertificate *c)
{
    return QString::fromUtf8(c->subjectName);
}

// Whether the issuer, or a responder it delegated to, signed the response; else why not.
QString signerProblem(const BasicResponse &r, CERTCertificate *subject, CERTCertificate *issuer)
{
    if (signedBy(r, issuer))
        return {};
    for (const QByteArray &der : r.certificates) {
        const NssCertificate responder = knownCertificate(der);
        if (!responder || !signedBy(r, responder.get()))
            continue;
        const bool issued = SECITEM_CompareItem(&responder->derIssuer, &issuer->derSubject) == SECEqual
            && CERT_VerifySignedData(&responder->signatureWrap, issuer, prTime(r.producedAt), nullptr) == SECSuccess;
        if (!issued)
            return OcspText::tr("an OCSP response about %1 is signed by %2, which its issuer did not certify; it is not trusted")
                .arg(nameOf(subject), nameOf(responder.get()));
        if (!forOcspSigning(responder.get()))
            return OcspText::tr("an OCSP response about %1 is signed by %2, whose certificate is not for OCSP signing "
                                "(extended key usage); it is not trusted")
                .arg(nameOf(subject), nameOf(responder.get()));
        return {};
    }
    return OcspText::tr("an OCSP response about %1 is not signed by its issuer (%2) or a responder it certified; it is not trusted")
        .arg(nameOf(subject), nameOf(issuer));
}

} // namespace

OcspFinding ocspFinding(const QByteArray &certificate, const QList<QByteArray> &responses, const QDateTime &since)
{
    OcspFinding finding;
    if (certificate.isEmpty() || responses.isEmpty())
        return finding;
    const NssCertificate subject = knownCertificate(certificate);
    if (!subject)
        return finding;
    const NssCertificate issuer(CERT_FindCertIssuer(subject.get(), PR_Now(), certUsageAnyCA));
    if (!issuer)
        return finding;
    for (const QByteArray &der : responses) {
        const std::optional<BasicResponse> r = readResponse(der);
        if (!r)
            continue;
        QList<SingleResponse> about;
        for (const SingleResponse &s : r->responses)
            if (names(s, subject.get(), issuer.get()))
                about << s;
        if (about.isEmpty())
            continue;
        if (const QString problem = signerProblem(*r, subject.get(), issuer.get()); !problem.isEmpty()) {
            finding.forged << problem;
            continue;
        }
        for (const SingleResponse &s : about) {
            if (s.status == Revoked && (!finding.revoked || s.revokedAt < *finding.revoked))
                finding.revoked = s.revokedAt;
            if (s.thisUpdate >= since && r->producedAt >= since && (s.status == Good || (s.status == Revoked && s.revokedAt > since)))
                finding.statusSince = true;
        }
    }
    finding.forged.removeDuplicates();
    return finding;
}

} // namespace smout::signing
