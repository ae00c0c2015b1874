#include "RawHttpConnection.h"

#include <QDeadlineTimer>
#include <QHostAddress>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

QByteArray RawHttpResponse::header(const QByteArray &name) const
{
    for (const auto &field : headers) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

RawHttpConnection::~RawHttpConnection()
{
    close();
}

bool RawHttpConnection::connectTo(const QUrl &url, int timeoutMs)
{
    close();
    const QHostAddress host(url.host());
    sockaddr_storage address{};
    socklen_t length = 0;
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *v4 = reinterpret_cast<sockaddr_in *>(&address);
        v4->sin_family = AF_INET;
        v4->sin_port = htons(static_cast<quint16>(url.port()));
        v4->sin_addr.s_addr = htonl(host.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(&address);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(static_cast<quint16>(url.port()));
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        memcpy(&v6->sin6_addr, bytes.c, sizeof(bytes.c));
        length = sizeof(sockaddr_in6);
    } else {
        return false;
    }
    m_socket = ::socket(address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_socket < 0)
        return false;
    if (::connect(m_socket, reinterpret_cast<sockaddr *>(&address), length) != 0 &&
        errno != EINPROGRESS) {
        close();
        return false;
    }
    pollfd waiting{m_socket, POLLOUT, 0};
    int error = 0;
    socklen_t errorLength = sizeof(error);
    if (::poll(&waiting, 1, timeoutMs) != 1 ||
        ::getsockopt(m_socket, SOL_SOCKET, SO_ERROR, &error, &errorLength) != 0 || error != 0) {
        close();
        return false;
    }
    return true;
}

void RawHttpConnection::close()
{
    if (m_socket >= 0)
        ::close(m_socket);
    m_socket = -1;
    m_received.clear();
    m_peerClosed = false;
}

bool RawHttpConnection::send(const QByteArray &bytes, int timeoutMs)
{
    if (m_socket < 0)
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(m_socket, bytes.constData() + sent,
                                 static_cast<size_t>(bytes.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return false;
        pollfd waiting{m_socket, POLLOUT, 0};
        if (deadline.hasExpired() ||
            ::poll(&waiting, 1, static_cast<int>(qMax<qint64>(1, deadline.remainingTime()))) < 0)
            return false;
    }
    return true;
}

qint64 RawHttpConnection::sendUntilRefused(const QByteArray &chunk, qint64 maxBytes, int timeoutMs,
                                           bool *refused)
{
    *refused = false;
    qint64 total = 0;
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket >= 0 && total < maxBytes && !deadline.hasExpired()) {
        const qint64 size = qMin<qint64>(chunk.size(), maxBytes - total);
        const ssize_t n =
            ::send(m_socket, chunk.constData(), static_cast<size_t>(size), MSG_NOSIGNAL);
        if (n > 0) {
            total += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            *refused = true; // EPIPE, ECONNRESET: the server closed
            return total;
        }
        // The kernel's buffers are full: the server is not reading.
        pollfd waiting{m_socket, POLLOUT, 0};
        const int ready = ::poll(&waiting, 1, 1000);
        if (ready == 0) {
            *refused = true;
            return total;
        }
        if (ready > 0 && (waiting.revents & (POLLERR | POLLHUP))) {
            *refused = true;
            return total;
        }
    }
    return total;
}

bool RawHttpConnection::receiveSome(int timeoutMs)
{
    if (m_socket < 0 || m_peerClosed)
        return false;
    pollfd waiting{m_socket, POLLIN, 0};
    if (::poll(&waiting, 1, timeoutMs) != 1)
        return true; // nothing yet
    char buffer[16384];
    const ssize_t n = ::recv(m_socket, buffer, sizeof(buffer), 0);
    if (n > 0) {
        m_received.append(buffer, n);
        return true;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return true;
    m_peerClosed = true;
    return false;
}

std::optional<RawHttpResponse> RawHttpConnection::readResponse(int timeoutMs, bool headOnly)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headerEnd = -1;
    while ((headerEnd = m_received.indexOf("\r\n\r\n")) < 0) {
        if (deadline.hasExpired() || !receiveSome(static_cast<int>(deadline.remainingTime())))
            return std::nullopt;
    }
    RawHttpResponse response;
    const QList<QByteArray> lines = m_received.left(headerEnd).split('\n');
    response.statusLine = lines.value(0).trimmed();
    response.status = response.statusLine.split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append(qMakePair(line.left(colon), line.mid(colon + 1).trimmed()));
    }
    const bool noBody =
        headOnly || response.status / 100 == 1 || response.status == 204 || response.status == 304;
    const qint64 length = noBody ? 0 : response.header("Content-Length").toLongLong();
    while (m_received.size() < headerEnd + 4 + length) {
        if (deadline.hasExpired() || !receiveSome(static_cast<int>(deadline.remainingTime())))
            return std::nullopt;
    }
    response.body = m_received.mid(headerEnd + 4, length);
    m_received.remove(0, headerEnd + 4 + length);
    return response;
}

bool RawHttpConnection::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_peerClosed && !deadline.hasExpired()) {
        receiveSome(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        m_received.clear();
    }
    return m_peerClosed;
}

bool RawHttpConnection::isClosedByPeer()
{
    while (!m_peerClosed) {
        const qsizetype before = m_received.size();
        receiveSome(0);
        if (m_received.size() == before)
            break;
    }
    return m_peerClosed;
}
