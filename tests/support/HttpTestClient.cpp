#include "HttpTestClient.h"

#include <QEventLoop>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

QByteArray HttpTestResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QString HttpTestResponse::errorCode() const
{
    return object()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

qint64 HttpTestResponse::total() const
{
    const QJsonValue value = object().value(QLatin1String("total"));
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

QByteArray HttpTestResponse::describe() const
{
    QByteArray text = QByteArray::number(status);
    if (!transport.isEmpty())
        text += " (" + transport.toUtf8() + ')';
    text += ' ' + body.left(600);
    return text;
}

HttpTestClient::HttpTestClient(int timeoutMs) : m_timeoutMs(timeoutMs)
{
    // Tests talk to loopback only; an http_proxy in the environment must not
    // route them elsewhere.
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

HttpTestResponse HttpTestClient::get(const QUrl &url, const QString &token)
{
    return send("GET", url, {}, token, {});
}

HttpTestResponse HttpTestClient::postJson(const QUrl &url, const QJsonObject &body,
                                          const QString &token)
{
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpTestResponse HttpTestClient::postRaw(const QUrl &url, const QByteArray &body,
                                         const QString &token, const QByteArray &contentType)
{
    return send("POST", url, body, token, contentType);
}

HttpTestResponse HttpTestClient::send(const QByteArray &method, const QUrl &url,
                                      const QByteArray &body, const QString &token,
                                      const QByteArray &contentType,
                                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!contentType.isEmpty() && (!body.isEmpty() || method != "GET"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &header : extraHeaders)
        request.setRawHeader(header.first, header.second);

    QNetworkReply *reply = nullptr;
    if (method == "GET" && body.isEmpty())
        reply = m_manager.get(request);
    else if (method == "POST")
        reply = m_manager.post(request, body);
    else
        reply = m_manager.sendCustomRequest(request, method, body);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timer.stop();

    HttpTestResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && response.status == 0)
        response.transport = reply->errorString();
    if (timedOut)
        response.transport = QStringLiteral("timed out after %1 ms").arg(m_timeoutMs);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        response.json = document;
    reply->deleteLater();
    return response;
}
