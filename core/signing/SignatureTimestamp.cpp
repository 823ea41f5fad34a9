#include "SignatureTimestamp.h"

#include "Der.h"
#include "TimestampQuery.h"
#include "TimestampToken.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace smout::signing {

namespace {

struct StampText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::SignatureTimestamp)
};

using der::Node;
namespace Tag = der::Tag;

// Where the SignerInfo is: the elements around it (innermost first) and its own parts.
struct SignerLocation {
    QList<Node> enclosing; // SignerInfo, SignerInfos, SignedData, [0], ContentInfo
    QList<Node> parts;     // version, sid, digestAlgorithm, [0] signedAttrs, signatureAlgorithm, signature, [1]?
    QByteArray cms;        // without the padding after it
};

Result<SignerLocation> locateSigner(const QByteArray &padded)
{
    const Error malformed{StampText::tr("the signature's CMS data is malformed")};
    const auto root = der::read(padded);
    if (!root || root->tag != Tag::Sequence)
        return malformed;
    SignerLocation at;
    at.cms = padded.left(root->end());
    const auto info = der::children(at.cms, *root);
    if (!info || info->size() != 2 || (*info)[1].tag != Tag::Context0)
        return malformed;
    const auto wrapped = der::children(at.cms, (*info)[1]);
    if (!wrapped || wrapped->size() != 1 || wrapped->front().tag != Tag::Sequence)
        return malformed;
    const auto signedData = der::children(at.cms, wrapped->front());
    if (!signedData || signedData->isEmpty() || signedData->back().tag != Tag::Set)
        return malformed;
    const auto signers = der::children(at.cms, signedData->back());
    if (!signers || signers->size() != 1 || signers->front().tag != Tag::Sequence)
        return Error{StampText::tr("the signature's CMS data does not have exactly one signer")};
    const auto parts = der::children(at.cms, signers->front());
    if (!parts || parts->size() < 6 || (*parts)[5].tag != Tag::OctetString)
        return malformed;
    at.enclosing = {signers->front(), signedData->back(), wrapped->front(), (*info)[1], *root};
    at.parts = *parts;
    return at;
}

// The signatureTimeStampToken among unsigned attributes; empty when there is none.
QByteArray tokenIn(const QByteArray &cms, const Node &unsignedAttributes)
{
    const auto attributes = der::children(cms, unsignedAttributes);
    for (const Node &a : attributes.value_or(QList<Node>{})) {
        const auto parts = der::children(cms, a);
        if (!parts || parts->size() != 2 || (*parts)[0].tag != Tag::Oid || der::content(cms, (*parts)[0]) != oid::SignatureTimeStampToken)
            continue;
        const auto values = der::children(cms, (*parts)[1]);
        if (values && !values->isEmpty())
            return der::whole(cms, values->front());
    }
    return {};
}

} // namespace

Result<QByteArray> signatureValue(const QByteArray &cms)
{
    const auto at = locateSigner(cms);
    if (!at)
        return Error{at.error()};
    return der::content(at->cms, at->parts[5]);
}

Result<QByteArray> withTimestampToken(const QByteArray &cms, const QByteArray &token)
{
    const auto at = locateSigner(cms);
    if (!at)
        return Error{at.error()};
    if (at->parts.size() != 6)
        return Error{StampText::tr("the signature already has unsigned attributes")};
    const QByteArray attribute = der::element(Tag::Sequence, der::element(Tag::Oid, oid::SignatureTimeStampToken) + der::element(Tag::Set, token));
    // unsignedAttrs [1] IMPLICIT SET OF Attribute, right after the signature value.
    return der::insertInto(at->cms, at->enclosing, at->parts[5].end(), der::element(Tag::Context1, attribute));
}

Result<QByteArray> timestampSignature(const QByteArray &cms, const QUrl &tsa, int timeoutSeconds)
{
    const auto value = signatureValue(cms);
    if (!value)
        return Error{value.error()};
    const auto token = fetchTimestamp(tsa, QCryptographicHash::hash(*value, QCryptographicHash::Sha256), timeoutSeconds);
    if (!token)
        return Error{token.error()};
    return withTimestampToken(cms, *token);
}

QStringList describeTimestamp(const SignatureTimestampReport &t)
{
    const QString when = t.time.isValid() ? t.time.toString(Qt::ISODate) : StampText::tr("an unknown time");
    const QString who = t.authority.isEmpty() ? StampText::tr("an unknown authority") : t.authority;
    QStringList out{t.ok() ? StampText::tr("Timestamp: %1 by %2, valid and trusted").arg(when, who)
                           : StampText::tr("Timestamp: %1 by %2, NOT to be relied on").arg(when, who)};
    for (const QString &p : t.problems)
        out << StampText::tr("Timestamp: %1").arg(p);
    return out;
}

QByteArray timestampTokenOf(const QByteArray &cms)
{
    const auto at = locateSigner(cms);
    if (!at || at->parts.size() < 7 || at->parts[6].tag != Tag::Context1)
        return {};
    return tokenIn(at->cms, at->parts[6]);
}

QList<QByteArray> certificatesInCms(const QByteArray &cms)
{
    QList<QByteArray> out;
    const auto root = der::read(cms);
    const auto info = root && root->tag == Tag::Sequence ? der::children(cms, *root) : std::nullopt;
    if (!info || info->size() != 2 || (*info)[1].tag != Tag::Context0)
        return out;
    const auto wrapped = der::children(cms, (*info)[1]);
    const auto signedData = wrapped && wrapped->size() == 1 && wrapped->front().tag == Tag::Sequence
        ? der::children(cms, wrapped->front()) : std::nullopt;
    if (!signedData)
        return out;
    // SignedData: version, digestAlgorithms, encapContentInfo, [0] certificates, [1] crls, signerInfos.
    for (qsizetype i = 3; i + 1 < signedData->size(); ++i) {
        if ((*signedData)[i].tag != Tag::Context0)
            continue;
        for (const Node &c : der::children(cms, (*signedData)[i]).value_or(QList<Node>{}))
            if (c.tag == Tag::Sequence)
                out << der::whole(cms, c);
    }
    return out;
}

std::optional<SignatureTimestampReport> signatureTimestamp(const QByteArray &cms)
{
    const auto at = locateSigner(cms);
    if (!at || at->parts.size() < 7 || at->parts[6].tag != Tag::Context1)
        return std::nullopt;
    const QByteArray token = tokenIn(at->cms, at->parts[6]);
    if (token.isEmpty())
        return std::nullopt;
    SignatureTimestampReport report;
    const auto read = readTimestampToken(token);
    if (!read) {
        report.problems << read.error();
        return report;
    }
    report.time = read->time;
    report.authority = read->authority;
    report.certificate = read->tsaCertificate;
    const QByteArray value = der::content(at->cms, at->parts[5]);
    report.valid = !read->imprint.isEmpty() && read->imprint == imprintOf(*read, value);
    if (!report.valid)
        report.problems << StampText::tr("the timestamp stamps other bytes than this signature's value (a token taken from another signature?)");
    const QString trust = tsaTrustProblem(*read);
    report.trusted = trust.isEmpty();
    if (!report.trusted)
        report.problems << trust;
    return report;
}

} // namespace smout::signing
