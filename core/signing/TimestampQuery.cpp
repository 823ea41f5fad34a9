#include "TimestampQuery.h"

#include "Der.h"
#include "HttpExchange.h"
#include "TimestampToken.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace smout::signing {

using namespace Qt::StringLiterals;

namespace {

struct QueryText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::TimestampQuery)
};

namespace Tag = der::Tag;

// A reply larger than this is not a timestamp.
constexpr qint64 MaxReply = 256 * 1024;

QString statusName(int status)
{
    switch (status) {
    case 2: return QueryText::tr("rejection");
    case 3: return QueryText::tr("waiting");
    case 4: return QueryText::tr("revocation warning");
    case 5: return QueryText::tr("revocation notification");
    default: return QueryText::tr("status %1").arg(status);
    }
}

} // namespace

QString timestampAuthorityProblem(const QUrl &tsa)
{
    if (!tsa.isValid() || (tsa.scheme() != u"http" && tsa.scheme() != u"https") || tsa.host().isEmpty())
        return QueryText::tr("the time-stamping authority must be an http or https URL (%1 is not)").arg(tsa.toDisplayString());
    return {};
}

QByteArray timestampQuery(const QByteArray &imprint, const QByteArray &nonce)
{
    const QByteArray algorithm = der::element(Tag::Sequence, der::element(Tag::Oid, oid::Sha256) + der::element(Tag::Null, {}));
    const QByteArray messageImprint = der::element(Tag::Sequence, algorithm + der::element(Tag::OctetString, imprint));
    return der::element(Tag::Sequence, der::unsignedInteger(QByteArray(1, '\1')) + messageImprint + der::unsignedInteger(nonce)
                                           + der::element(Tag::Boolean, QByteArray(1, '\xff')));
}

Result<QByteArray> tokenFromReply(const QByteArray &reply, const QByteArray &imprint, const QByteArray &nonce)
{
    const auto root = der::read(reply);
    const auto parts = root && root->tag == Tag::Sequence ? der::children(reply, *root) : std::nullopt;
    const auto status = parts && !parts->isEmpty() && parts->front().tag == Tag::Sequence ? der::children(reply, parts->front()) : std::nullopt;
    if (!status || status->isEmpty() || status->front().tag != Tag::Integer || status->front().length != 1)
        return Error{QueryText::tr("the reply is not an RFC 3161 timestamp response")};
    const int code = quint8(reply[status->front().contentBegin()]);
    if (code > 1) {
        // The TSA's own words, when it gave some (PKIFreeText: UTF8Strings).
        QString said;
        if (status->size() > 1 && (*status)[1].tag == Tag::Sequence)
            if (const auto texts = der::children(reply, (*status)[1]))
                for (const der::Node &t : *texts)
                    said += (said.isEmpty() ? u""_s : u"; "_s) + QString::fromUtf8(der::content(reply, t));
        return Error{said.isEmpty() ? QueryText::tr("the TSA did not grant a timestamp (%1)").arg(statusName(code))
                                    : QueryText::tr("the TSA did not grant a timestamp (%1: %2)").arg(statusName(code), said)};
    }
    if (parts->size() < 2)
        return Error{QueryText::tr("the TSA granted a timestamp but sent no token")};
    const QByteArray token = der::whole(reply, (*parts)[1]);
    const auto read = readTimestampToken(token);
    if (!read)
        return Error{read.error()};
    QByteArray expectedNonce = der::unsignedInteger(nonce);
    expectedNonce = expectedNonce.mid(2); // the content bytes, as the token gives them
    if (read->nonce != expectedNonce)
        return Error{QueryText::tr("the TSA's reply does not carry the nonce of this request (a replayed or misdirected reply)")};
    if (read->imprintAlgorithm != oid::Sha256 || read->imprint != imprint)
        return Error{QueryText::tr("the TSA stamped other bytes than this signature's value (message imprint mismatch)")};
    return token;
}

Result<QByteArray> fetchTimestamp(const QUrl &tsa, const QByteArray &imprint, int timeoutSeconds)
{
    if (const QString problem = timestampAuthorityProblem(tsa); !problem.isEmpty())
        return Error{problem};
    QByteArray nonce(8, '\0');
    QRandomGenerator::system()->generate(nonce.begin(), nonce.end());

    const auto body = httpExchange(tsa, timestampQuery(imprint, nonce), u"application/timestamp-query"_s, timeoutSeconds, MaxReply);
    if (!body)
        return Error{body.error()};
    return tokenFromReply(body.value(), imprint, nonce);
}

} // namespace smout::signing
