#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

/// One HTTP answer as a test sees it.
struct HttpTestResponse
{
    int status = 0;    ///< HTTP status code; 0 when no HTTP answer arrived
    QString transport; ///< network error text when status is 0 (or the reply had one)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonDocument json; ///< the body parsed as JSON; null when it is not JSON

    /// The value of a header (case-insensitive name); empty when absent.
    QByteArray header(const QByteArray &name) const;
    /// The body's top-level object (empty when the body is not a JSON object).
    QJsonObject object() const { return json.object(); }
    /// error.code of an error body; empty when there is none.
    QString errorCode() const;
    /// "items" of a list answer.
    QJsonArray items() const { return object().value(QLatin1String("items")).toArray(); }
    /// "total" of a list answer; -1 when absent.
    qint64 total() const;
    /// "results" of a bulk answer.
    QJsonArray results() const { return object().value(QLatin1String("results")).toArray(); }
    /// A one-line description for failure messages: "403 forbidden {…body…}".
    QByteArray describe() const;
};

/// A blocking HTTP client for tests: each call runs a local event loop until
/// the answer arrives or the timeout passes (then status is 0). No proxy, no
/// HTTP/2, no redirects followed, so that the test sees exactly what the
/// server answered.
class HttpTestClient
{
public:
    /// `timeoutMs`: how long one request may take, in milliseconds (> 0).
    explicit HttpTestClient(int timeoutMs = 15000);

    /// `token`: sent as "Authorization: Bearer <token>"; empty sends no header.
    HttpTestResponse get(const QUrl &url, const QString &token = {});
    /// Sends `body` serialised compactly, with Content-Type application/json.
    HttpTestResponse postJson(const QUrl &url, const QJsonObject &body, const QString &token = {});
    /// Sends `body` as is, with `contentType` (none when empty).
    HttpTestResponse postRaw(const QUrl &url, const QByteArray &body, const QString &token = {},
                             const QByteArray &contentType = "application/json");
    /// Any method (GET, POST, PUT, PATCH, DELETE, …) with an optional body.
    HttpTestResponse send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                          const QString &token = {},
                          const QByteArray &contentType = "application/json",
                          const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});

private:
    QNetworkAccessManager m_manager;
    int m_timeoutMs;
};

/// In a Qt Test function: fails with the whole answer when `response`'s status
/// is not `expected`.
#define QVERIFY_STATUS(response, expected)                                                         \
    QVERIFY2((response).status == (expected),                                                      \
             QByteArray("expected HTTP " + QByteArray::number(expected) + ", got " +               \
                        (response).describe())                                                     \
                 .constData())
