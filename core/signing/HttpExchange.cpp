#include "HttpExchange.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace smout::signing {

namespace {

struct HttpText {
    Q_DECLARE_TR_FUNCTIONS(smout::signing::HttpExchange)
};

} // namespace

Result<QByteArray> httpExchange(const QUrl &url, const QByteArray &body, const QString &contentType, int timeoutSeconds, qint64 maxAnswer)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutSeconds * 1000);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    const std::unique_ptr<QNetworkReply> reply(contentType.isEmpty() ? network.get(request) : network.post(request, body));
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > maxAnswer)
            reply->abort();
    });
    deadline.start(timeoutSeconds * 1000);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        return Error{HttpText::tr("%1 did not answer within %2 seconds").arg(url.toDisplayString()).arg(timeoutSeconds)};
    }
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return Error{HttpText::tr("%1 answered with more than %2 bytes").arg(url.toDisplayString()).arg(maxAnswer)};
    if (reply->error() != QNetworkReply::NoError)
        return Error{HttpText::tr("%1 could not be asked: %2").arg(url.toDisplayString(), reply->errorString())};
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (http != 200)
        return Error{HttpText::tr("%1 answered with HTTP status %2").arg(url.toDisplayString()).arg(http)};
    const QByteArray answer = reply->read(maxAnswer + 1);
    if (answer.size() > maxAnswer)
        return Error{HttpText::tr("%1 answered with more than %2 bytes").arg(url.toDisplayString()).arg(maxAnswer)};
    return answer;
}

} // namespace smout::signing
