#include "TimestampToken.h"

#include "ChosenAnchors.h"
#include "Der.h"
#include "NssHandles.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cert.h>
#include <certdb.h>
#include <cryptohi.h>
#include <keyhi.h>
#include <secoid.h>

#include <optional>
#include <vector>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct TokenText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::TimestampToken)
};

namespace Oid {
const QByteArray SignedData = QByteArray::fromHex("2a864886f70d010702");
const QByteArray TstInfo = QByteArray::fromHex("2a864886f70d0109100104");
const QByteArray ContentType = QByteArray::fromHex("2a864886f70d010903");
const QByteArray MessageDigest = QByteArray::fromHex("2a864886f70d010904");
const QByteArray Sha384 = QByteArray::fromHex("608648016503040202");
const QByteArray Sha512 = QByteArray::fromHex("608648016503040203");
const QByteArray TimeStamping = QByteArray::fromHex("2b06010505070308");
const QByteArray SigningCertificate = QByteArray::fromHex("2a864886f70d010910020c");
const QByteArray SigningCertificateV2 = QByteArray::fromHex("2a864886f70d010910022f");
const QByteArray Sha1 = QByteArray::fromHex("2b0e03021a");
} // namespace Oid

using der::Node;
namespace Tag = der::Tag;

std::optional<QCryptographicHash::Algorithm> hashOf(const QByteArray &oid)
{
    if (oid == oid::Sha256)
        return QCryptographicHash::Sha256;
    if (oid == Oid::Sha384)
        return QCryptographicHash::Sha384;
    if (oid == Oid::Sha512)
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

SECOidTag nssHashOf(QCryptographicHash::Algorithm a)
{
    switch (a) {
    case QCryptographicHash::Sha384: return SEC_OID_SHA384;
    case QCryptographicHash::Sha512: return SEC_OID_SHA512;
    default: return SEC_OID_SHA256;
    }
}

// Reads a token step by step; the first thing that is not as RFC 3161 and CMS say is the error.
class TokenReader {
public:
    explicit TokenReader(const QByteArray &bytes) : d(bytes) {}

    Result<TimestampToken> read()
    {
        const auto root = der::read(d);
        const auto info = root ? kids(*root, Tag::Sequence) : std::nullopt;
        if (!info || info->size() != 2 || content((*info)[0], Tag::Oid) != Oid::SignedData || (*info)[1].tag != Tag::Context0)
            return malformed(TokenText::tr("not a CMS SignedData"));
        const auto wrapped = der::children(d, (*info)[1]);
        const auto signedData = wrapped && wrapped->size() == 1 ? kids(wrapped->front(), Tag::Sequence) : std::nullopt;
        if (!signedData || signedData->size() < 4)
            return malformed(TokenText::tr("no SignedData"));
        // encapContentInfo: the TSTInfo, inside an OCTET STRING inside [0].
        const auto encapsulated = kids((*signedData)[2], Tag::Sequence);
        if (!encapsulated || encapsulated->size() != 2 || content((*encapsulated)[0], Tag::Oid) != Oid::TstInfo)
            return malformed(TokenText::tr("the signed content is not a TSTInfo"));
        const auto octets = (*encapsulated)[1].tag == Tag::Context0 ? der::children(d, (*encapsulated)[1]) : std::nullopt;
        if (!octets || octets->size() != 1 || octets->front().tag != Tag::OctetString)
            return malformed(TokenText::tr("the TSTInfo is not in an OCTET STRING"));
        const QByteArray tstInfo = der::content(d, octets->front());

        TimestampToken token;
        for (qsizetype i = 3; i + 1 < signedData->size(); ++i) {
            if ((*signedData)[i].tag != Tag::Context0)
                continue;
            const auto certs = der::children(d, (*signedData)[i]);
            if (!certs)
                return malformed(TokenText::tr("unreadable certificates"));
            for (const Node &c : *certs)
                token.certificates << der::whole(d, c);
        }
        const auto signers = kids(signedData->back(), Tag::Set);
        if (!signers || signers->size() != 1)
            return malformed(TokenText::tr("not exactly one signer"));
        if (Status read = readTstInfo(tstInfo, token); !read)
            return Error{read.error()};
        if (Status checked = checkSigner(signers->front(), tstInfo, token); !checked)
            return Error{checked.error()};
        return token;
    }

private:
    const QByteArray &d;

    static Error malformed(const QString &what) { return Error{TokenText::tr("the timestamp token is malformed (%1)").arg(what)}; }

    std::optional<QList<Node>> kids(const Node &n, quint8 tag) const
    {
        return n.tag == tag ? der::children(d, n) : std::nullopt;
    }
    QByteArray content(const Node &n, quint8 tag) const { return n.tag == tag ? der::content(d, n) : QByteArray(); }

    static Status readTstInfo(const QByteArray &tst, TimestampToken &token)
    {
        const auto root = der::read(tst);
        const auto f = root && root->tag == Tag::Sequence ? der::children(tst, *root) : std::nullopt;
        if (!f || f->size() < 5 || (*f)[2].tag != Tag::Sequence || (*f)[4].tag != Tag::GeneralizedTime)
            return malformed(TokenText::tr("unreadable TSTInfo"));
        const auto imprint = der::children(tst, (*f)[2]);
        const auto algorithm = imprint && imprint->size() == 2 ? der::children(tst, (*imprint)[0]) : std::nullopt;
        if (!algorithm || algorithm->isEmpty() || (*imprint)[1].tag != Tag::OctetString)
            return malformed(TokenText::tr("unreadable message imprint"));
        token.imprintAlgorithm = der::content(tst, algorithm->front());
        token.imprint = der::content(tst, (*imprint)[1]);
        // YYYYMMDDhhmmss[.f…]Z: the TSA's time in UTC.
        const QString time = QString::fromLatin1(der::content(tst, (*f)[4]));
        token.time = QDateTime::fromString(time.left(14), u"yyyyMMddHHmmss"_s);
        token.time.setTimeSpec(Qt::UTC);
        if (time.size() < 15 || !time.endsWith(u'Z') || !token.time.isValid())
            return malformed(TokenText::tr("unreadable time"));
        // After the time: accuracy, ordering, then the nonce, the only INTEGER.
        for (qsizetype i = 5; i < f->size(); ++i)
            if ((*f)[i].tag == Tag::Integer)
                token.nonce = der::content(tst, (*f)[i]);
        return success();
    }

    Status checkSigner(const Node &signer, const QByteArray &tstInfo, TimestampToken &token) const
    {
        const auto s = kids(signer, Tag::Sequence);
        if (!s || s->size() < 6 || (*s)[1].tag != Tag::Sequence || (*s)[3].tag != Tag::Context0 || (*s)[3].indefinite
            || (*s)[5].tag != Tag::OctetString)
            return malformed(TokenText::tr("unreadable signer"));
        const auto digestAlgorithm = kids((*s)[2], Tag::Sequence);
        const auto hash = digestAlgorithm && !digestAlgorithm->isEmpty() ? hashOf(content(digestAlgorithm->front(), Tag::Oid)) : std::nullopt;
        if (!hash)
            return Error{TokenText::tr("the timestamp token is signed with a hash other than SHA-256, SHA-384 or SHA-512")};

        // Signed attributes: the content type must be TSTInfo, the message digest its hash.
        const auto attributes = der::children(d, (*s)[3]);
        if (!attributes)
            return malformed(TokenText::tr("unreadable signed attributes"));
        QByteArray contentType, messageDigest, essCertificate;
        bool essV2 = false;
        for (const Node &a : *attributes) {
            const auto parts = kids(a, Tag::Sequence);
            const auto values = parts && parts->size() == 2 ? kids((*parts)[1], Tag::Set) : std::nullopt;
            if (!values || values->size() != 1)
                return malformed(TokenText::tr("unreadable signed attribute"));
            const QByteArray type = content((*parts)[0], Tag::Oid);
            if (type == Oid::ContentType)
                contentType = content(values->front(), Tag::Oid);
            else if (type == Oid::MessageDigest)
                messageDigest = content(values->front(), Tag::OctetString);
            else if (type == Oid::SigningCertificate || type == Oid::SigningCertificateV2) {
                essCertificate = der::whole(d, values->front());
                essV2 = type == Oid::SigningCertificateV2;
            }
        }
        if (contentType != Oid::TstInfo)
            return Error{TokenText::tr("the timestamp token's signed content type is not TSTInfo")};
        if (messageDigest.isEmpty() || messageDigest != QCryptographicHash::hash(tstInfo, *hash))
            return Error{TokenText::tr("the timestamp token was altered: its TSTInfo does not match the digest the TSA signed")};

        // The TSA's certificate: the one whose issuer and serial number the signer names.
        const QByteArray sid = der::whole(d, (*s)[1]);
        for (const QByteArray &c : std::as_const(token.certificates))
            if (issuerAndSerial(c) == sid)
                token.tsaCertificate = c;
        if (token.tsaCertificate.isEmpty())
            return Error{TokenText::tr("the timestamp token does not carry the certificate of the TSA that signed it")};
        const NssCertificate certificate = knownCertificate(token.tsaCertificate);
        if (!certificate)
            return Error{TokenText::tr("the TSA's certificate in the timestamp token cannot be read")};
        token.authority = QString::fromUtf8(certificate->subjectName);
        if (const QString usage = timestampingUsageProblem(token.tsaCertificate); !usage.isEmpty())
            return Error{usage};
        if (!essNames(essCertificate, essV2, token.tsaCertificate))
            return Error{TokenText::tr("the timestamp token does not name the certificate that signed it (ESS signing certificate)")};

        // The signature is over the signed attributes, encoded as a SET.
        QByteArray signedAttributes = der::whole(d, (*s)[3]);
        signedAttributes[0] = char(Tag::Set);
        const QByteArray digest = QCryptographicHash::hash(signedAttributes, *hash);
        const std::unique_ptr<SECKEYPublicKey, NssFree<SECKEY_DestroyPublicKey>> key(CERT_ExtractPublicKey(certificate.get()));
        if (!key)
            return Error{TokenText::tr("the TSA's certificate has no usable public key")};
        const KeyType type = SECKEY_GetPublicKeyType(key.get());
        const SECOidTag keyAlgorithm = type == rsaKey ? SEC_OID_PKCS1_RSA_ENCRYPTION : type == ecKey ? SEC_OID_ANSIX962_EC_PUBLIC_KEY : SEC_OID_UNKNOWN;
        const QByteArray value = der::content(d, (*s)[5]);
        SECItem digestItem = secItemOf(digest), signatureItem = secItemOf(value);
        if (keyAlgorithm == SEC_OID_UNKNOWN
            || VFY_VerifyDigestDirect(&digestItem, key.get(), &signatureItem, keyAlgorithm, nssHashOf(*hash), nullptr) != SECSuccess)
            return Error{TokenText::tr("the timestamp token's signature does not verify with the TSA's certificate (altered token)")};
        return success();
    }

    // Whether the ESS signing-certificate attribute (RFC 2634, RFC 5816), which the TSA signs,
    // names `certificate` first: without it another certificate with the same key could be
    // put in the token.
    static bool essNames(const QByteArray &attribute, bool v2, const QByteArray &certificate)
    {
        const auto root = der::read(attribute);
        const auto parts = root && root->tag == Tag::Sequence ? der::children(attribute, *root) : std::nullopt;
        const auto ids = parts && !parts->isEmpty() && parts->front().tag == Tag::Sequence ? der::children(attribute, parts->front()) : std::nullopt;
        const auto first = ids && !ids->isEmpty() && ids->front().tag == Tag::Sequence ? der::children(attribute, ids->front()) : std::nullopt;
        if (!first || first->isEmpty())
            return false;
        std::optional<QCryptographicHash::Algorithm> hash = v2 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
        qsizetype at = 0;
        if (v2 && first->front().tag == Tag::Sequence) { // hashAlgorithm, when not the default SHA-256
            const auto algorithm = der::children(attribute, first->front());
            const QByteArray oid = algorithm && !algorithm->isEmpty() ? der::content(attribute, algorithm->front()) : QByteArray();
            hash = oid == Oid::Sha1 ? std::optional(QCryptographicHash::Sha1) : hashOf(oid);
            at = 1;
        }
        if (!hash || at >= first->size() || (*first)[at].tag != Tag::OctetString)
            return false;
        return der::content(attribute, (*first)[at]) == QCryptographicHash::hash(certificate, *hash);
    }

    // IssuerAndSerialNumber of a certificate, as a signer names it.
    static QByteArray issuerAndSerial(const QByteArray &certificate)
    {
        const auto root = der::read(certificate);
        const auto parts = root ? der::children(certificate, *root) : std::nullopt;
        const auto tbs = parts && !parts->isEmpty() ? der::children(certificate, parts->front()) : std::nullopt;
        if (!tbs || tbs->size() < 4)
            return {};
        const qsizetype first = tbs->front().tag == Tag::Context0 ? 1 : 0; // the optional version
        const QByteArray inner = der::whole(certificate, (*tbs)[first + 2]) + der::whole(certificate, (*tbs)[first]);
        return der::element(Tag::Sequence, inner);
    }
};

} // namespace

Result<TimestampToken> readTimestampToken(const QByteArray &token)
{
    return TokenReader(token).read();
}

QByteArray imprintOf(const TimestampToken &token, const QByteArray &data)
{
    const auto hash = hashOf(token.imprintAlgorithm);
    return hash ? QCryptographicHash::hash(data, *hash) : QByteArray();
}

QString timestampingUsageProblem(const QByteArray &certificate)
{
    const NssCertificate c = knownCertificate(certificate);
    if (!c)
        return TokenText::tr("the TSA's certificate cannot be read");
    for (CERTCertExtension **e = c->extensions; e && *e; ++e) {
        if (SECOID_FindOIDTag(&(*e)->id) != SEC_OID_X509_EXT_KEY_USAGE)
            continue;
        const bool critical = (*e)->critical.len > 0 && (*e)->critical.data[0];
        const QByteArray value(reinterpret_cast<const char *>((*e)->value.data), qsizetype((*e)->value.len));
        const auto list = der::read(value);
        const auto purposes = list && list->tag == Tag::Sequence ? der::children(value, *list) : std::nullopt;
        const bool onlyTimestamping = purposes && purposes->size() == 1 && purposes->front().tag == Tag::Oid
                                      && der::content(value, purposes->front()) == Oid::TimeStamping;
        if (!onlyTimestamping)
            return TokenText::tr("the TSA's certificate (%1) is not for time-stamping only (extended key usage)").arg(QString::fromUtf8(c->subjectName));
        if (!critical)
            return TokenText::tr("the TSA's certificate (%1) does not mark its time-stamping key usage critical").arg(QString::fromUtf8(c->subjectName));
        return {};
    }
    return TokenText::tr("the TSA's certificate (%1) has no time-stamping extended key usage").arg(QString::fromUtf8(c->subjectName));
}

QString tsaTrustProblem(const TimestampToken &token)
{
    std::vector<NssCertificate> held;
    for (const QByteArray &c : token.certificates)
        if (NssCertificate k = knownCertificate(c))
            held.push_back(std::move(k));
    NssCertificate leaf = knownCertificate(token.tsaCertificate);
    if (!leaf)
        return TokenText::tr("the TSA's certificate cannot be read");
    const PRTime at = PRTime(token.time.toMSecsSinceEpoch()) * PR_USEC_PER_MSEC;
    CERTCertificate *current = leaf.get();
    held.push_back(std::move(leaf));
    // Up the chain, each certificate valid at the token's time and signed by the next, until
    // a chosen anchor; the TSA's own certificate is never its anchor.
    for (int depth = 0; depth < 8; ++depth) {
        const QString name = QString::fromUtf8(current->subjectName);
        if (CERT_CheckCertValidTimes(current, at, PR_FALSE) != secCertTimeValid)
            return TokenText::tr("the TSA's certificate chain holds %1, which was not valid at the time of the timestamp").arg(name);
        if (depth > 0 && isChosenAnchor(current))
            return {};
        NssCertificate issuer(CERT_FindCertIssuer(current, at, certUsageAnyCA));
        if (!issuer || SECITEM_CompareItem(&issuer->derCert, &current->derCert) == SECEqual)
            return TokenText::tr("the TSA's certificate chain ends at %1, which is not a root you have chosen to trust").arg(name);
        if (!CERT_IsCACert(issuer.get(), nullptr) || CERT_CheckCertUsage(issuer.get(), KU_KEY_CERT_SIGN) != SECSuccess
            || CERT_VerifySignedData(&current->signatureWrap, issuer.get(), at, nullptr) != SECSuccess)
            return TokenText::tr("the TSA's certificate chain is broken at %1").arg(name);
        current = issuer.get();
        held.push_back(std::move(issuer));
    }
    return TokenText::tr("the TSA's certificate chain is too long");
}

} // namespace smout::signing
