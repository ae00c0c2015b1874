#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "HttpServerSettings.h"

#include <QHostAddress>
#include <QString>

#include <functional>
#include <memory>

/// Sends the answer to one request. Callable from any thread, once; an answer
/// to a connection that has closed meanwhile is dropped.
using HttpResponder = std::function<void(ApiResponse response)>;

/// Answers one complete request. Called on the network thread, so it must not
/// block: it hands the request on (to a worker) and answers through `respond`.
/// HEAD arrives as GET (the server sends the headers only); the request is
/// within the limits of HttpServerSettings.
using HttpRequestHandler = std::function<void(ApiRequest request, HttpResponder respond)>;

/// The HTTP/1.1 server (RFC 9112) in front of the API, on Boost.Beast and
/// Asio, with one network thread of its own:
///
/// - A request whose header exceeds maxHeaderBytes is refused with 431, one
///   whose Content-Length exceeds maxBodyBytes with 413, as soon as the
///   header shows it; the connection then closes without reading the body
///   (a staged close: at most 4 MiB or 2 s more are read and discarded, so
///   that the client sees the answer instead of a reset, RFC 9112 §9.6).
///   A malformed request gets 400. These answers are API error bodies.
/// - A connection waiting longer than idleTimeoutMs for (the rest of) a
///   request, or for the client to take an answer, is closed.
/// - At most maxConnections are open. At the cap the server only learns
///   whether a client waits in the backlog; if so, the connection that has
///   waited longest for a request is closed to make room. When every
///   connection is busy the socket is not polled again until one closes or
///   becomes idle. Running out of file descriptors pauses accepting for
///   100 ms instead of spinning.
/// - Keep-alive by default in HTTP/1.1; "Connection: close" and HTTP/1.0
///   (without "Connection: keep-alive") close after the answer. Pipelined
///   requests are answered one at a time, in order. "Expect: 100-continue"
///   gets "100 Continue" once the header has passed the limits. HEAD gets
///   the headers of the GET answer, Content-Length included, and no body.
class HttpServer
{
public:
    HttpServer(const HttpServerSettings &settings, HttpRequestHandler handler);
    /// stop()s.
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// Binds `address`:`port` (0 = a free port) and listens. False with
    /// `error` set when the address cannot be bound.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    /// The port actually bound; 0 before listen().
    quint16 port() const;

    /// Starts the network thread: connections are accepted from now on.
    void start();
    /// Stops accepting, closes every connection and ends the network thread.
    /// Answers still being prepared are dropped. Safe to call twice.
    void stop();

private:
    class Private;
    std::unique_ptr<Private> d;
};
