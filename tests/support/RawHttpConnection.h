#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

/// One HTTP response as it came over the wire.
struct RawHttpResponse
{
    QByteArray statusLine; ///< e.g. "HTTP/1.1 200 OK"
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// The first header named `name` (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
};

/// A plain TCP connection to a server for tests that need to send what an
/// HTTP library would not: partial or oversized requests, pipelined
/// requests, Expect: 100-continue, HTTP/1.0. POSIX sockets (loopback only),
/// blocking calls bounded by their timeouts.
class RawHttpConnection
{
public:
    RawHttpConnection() = default;
    ~RawHttpConnection(); ///< closes
    RawHttpConnection(const RawHttpConnection &) = delete;
    RawHttpConnection &operator=(const RawHttpConnection &) = delete;

    /// Connects to the host and port of `url` (an IPv4 or IPv6 literal).
    /// False when the connection cannot be made within `timeoutMs`.
    bool connectTo(const QUrl &url, int timeoutMs = 5000);
    void close();
    bool isConnected() const { return m_socket >= 0; }

    /// Sends all of `bytes`, waiting at most `timeoutMs` for the server to
    /// take them. False when the server closed or reset the connection, or
    /// did not take them in time.
    bool send(const QByteArray &bytes, int timeoutMs = 5000);

    /// Sends `chunk` again and again, at most `maxBytes` in all and for at
    /// most `timeoutMs`, until the server stops taking data: the connection
    /// is reset or closed, or nothing more can be written for 1 s. Returns
    /// the bytes the kernel took, and sets `refused` to whether sending
    /// stopped because of the server.
    qint64 sendUntilRefused(const QByteArray &chunk, qint64 maxBytes, int timeoutMs, bool *refused);

    /// Reads one response: status line, header fields, and a body of
    /// Content-Length bytes (none for 1xx, 204, 304 or when `headOnly`).
    /// Empty when no complete response arrives within `timeoutMs`.
    std::optional<RawHttpResponse> readResponse(int timeoutMs = 5000, bool headOnly = false);

    /// True when the server closes (or resets) the connection within
    /// `timeoutMs`; bytes that still arrive meanwhile are discarded.
    bool waitForClose(int timeoutMs);
    /// True when the server has already closed or reset the connection
    /// (checked without waiting).
    bool isClosedByPeer();

    /// Bytes received but not yet consumed by readResponse().
    QByteArray pending() const { return m_received; }

private:
    /// Receives what arrives within `timeoutMs` into m_received; false on
    /// end of stream or error.
    bool receiveSome(int timeoutMs);

    int m_socket = -1;
    QByteArray m_received;
    bool m_peerClosed = false;
};
