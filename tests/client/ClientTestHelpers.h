#pragma once

#include <ApiResult.h>

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

/// Starts an asynchronous request through `start(callback)` and waits (the
/// event loop runs) up to `timeoutMs` for its callback. std::nullopt when no
/// answer came in time.
template<typename T, typename Start>
std::optional<ApiResult<T>> awaitResult(Start start, int timeoutMs = 30000)
{
    auto result = std::make_shared<std::optional<ApiResult<T>>>();
    start([result](ApiResult<T> answer) { result->emplace(std::move(answer)); });
    (void)QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs);
    return *result;
}

/// A loopback TCP server that answers every request with one canned HTTP
/// response (or never answers, when `response` is empty). Stands in for
/// failures our own server does not produce on demand (5xx, a hung server);
/// it is not a mock of our code.
class CannedHttpServer : public QTcpServer
{
public:
    explicit CannedHttpServer(QByteArray response) : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                if (m_response.isEmpty())
                    continue; // accept and never answer
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    QByteArray request() const { return m_request; }

private:
    QByteArray m_response;
    QByteArray m_request;
};

/// An HTTP/1.1 response with a JSON body and the given extra header lines.
inline QByteArray cannedResponse(int status, const QByteArray &reason, const QByteArray &json,
                                 const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(json.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" +
           json;
}
