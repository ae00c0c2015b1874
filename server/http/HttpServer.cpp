#include "HttpServer.h"

#include "HttpConnection.h"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <cstdio>
#include <future>
#include <thread>
#include <unordered_map>

namespace asio = boost::asio;
using tcp = boost::asio::ip::tcp;

namespace {

// After a failed accept (no file descriptor left): the wait before trying again.
constexpr std::chrono::milliseconds AcceptRetryDelay{100};

void logLine(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

class HttpServer::Private
{
public:
    Private(const HttpServerSettings &serverSettings, HttpRequestHandler requestHandler)
        : settings(serverSettings), handler(std::move(requestHandler)), acceptor(io),
          retryTimer(io), work(asio::make_work_guard(io))
    {}

    /// Accepts the next connection; at the cap, waits for a client to knock
    /// instead (without accepting it).
    void accept();
    void onAccepted(const boost::system::error_code &error, tcp::socket socket);
    /// At the cap, a client waits in the backlog: make room for it if a
    /// connection is idle, else remember it until one is.
    void onKnock(const boost::system::error_code &error);
    /// Closes the connection that has waited longest for a request, other
    /// than `keep`; false when every other connection is busy.
    bool makeRoom(const HttpConnection *keep);
    void connectionWaiting();
    void connectionClosed(HttpConnection *connection);
    bool isFull() const
    {
        return connections.size() >= static_cast<std::size_t>(settings.maxConnections);
    }
    void shutDown();

    HttpServerSettings settings;
    HttpRequestHandler handler;
    asio::io_context io;
    tcp::acceptor acceptor;
    asio::steady_timer retryTimer;
    asio::executor_work_guard<asio::io_context::executor_type> work;
    std::thread thread;
    std::unordered_map<HttpConnection *, std::weak_ptr<HttpConnection>> connections;
    bool accepting = false;      ///< an async_accept is pending
    bool listeningFull = false;  ///< at the cap, an async_wait on the acceptor is pending
    bool clientKnocking = false; ///< at the cap, a client waits and no connection was idle
    bool stopping = false;
    bool descriptorsExhausted = false;
};

void HttpServer::Private::accept()
{
    if (accepting || stopping)
        return;
    if (isFull()) {
        // Learn that a client waits without taking it: the socket is not
        // polled again until a connection closes or becomes idle.
        if (!listeningFull && !clientKnocking) {
            listeningFull = true;
            acceptor.async_wait(tcp::acceptor::wait_read,
                                [this](const boost::system::error_code &error) { onKnock(error); });
        }
        return;
    }
    accepting = true;
    acceptor.async_accept([this](const boost::system::error_code &error, tcp::socket socket) {
        onAccepted(error, std::move(socket));
    });
}

void HttpServer::Private::onAccepted(const boost::system::error_code &error, tcp::socket socket)
{
    accepting = false;
    if (stopping || error == asio::error::operation_aborted)
        return;
    if (error) {
        // EMFILE and the like: the pending connection stays in the backlog
        // and would fail again at once; wait instead of spinning, and free a
        // descriptor if an idle connection holds one.
        if (!descriptorsExhausted)
            logLine(QStringLiteral("HTTP: cannot accept a connection (%1); trying again shortly.")
                        .arg(QString::fromStdString(error.message())));
        descriptorsExhausted = true;
        makeRoom(nullptr);
        retryTimer.expires_after(AcceptRetryDelay);
        retryTimer.async_wait([this](const boost::system::error_code &waited) {
            if (!waited)
                accept();
        });
        return;
    }
    descriptorsExhausted = false;
    boost::system::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    auto connection = std::make_shared<HttpConnection>(
        std::move(socket), settings, handler,
        HttpConnection::Callbacks{[this](HttpConnection *) { connectionWaiting(); },
                                  [this](HttpConnection *closed) { connectionClosed(closed); }});
    connections.emplace(connection.get(), connection);
    connection->start();
    accept();
}

void HttpServer::Private::onKnock(const boost::system::error_code &error)
{
    listeningFull = false;
    if (stopping || error)
        return;
    if (!isFull()) {
        accept();
        return;
    }
    if (!makeRoom(nullptr))
        clientKnocking = true; // connectionWaiting() or connectionClosed() goes on
}

void HttpServer::Private::connectionWaiting()
{
    if (clientKnocking && isFull()) {
        clientKnocking = false;
        if (!makeRoom(nullptr))
            clientKnocking = true;
    }
}

bool HttpServer::Private::makeRoom(const HttpConnection *keep)
{
    std::shared_ptr<HttpConnection> oldest;
    for (const auto &entry : connections) {
        std::shared_ptr<HttpConnection> connection = entry.second.lock();
        if (!connection || connection.get() == keep || !connection->isWaiting())
            continue;
        if (!oldest || connection->waitingSince() < oldest->waitingSince())
            oldest = connection;
    }
    if (!oldest)
        return false;
    oldest->close();
    return true;
}

void HttpServer::Private::connectionClosed(HttpConnection *connection)
{
    connections.erase(connection);
    clientKnocking = false;
    accept();
}

void HttpServer::Private::shutDown()
{
    stopping = true;
    boost::system::error_code ignored;
    acceptor.cancel(ignored);
    acceptor.close(ignored);
    retryTimer.cancel();
    std::vector<std::shared_ptr<HttpConnection>> open;
    for (const auto &entry : connections) {
        if (std::shared_ptr<HttpConnection> connection = entry.second.lock())
            open.push_back(connection);
    }
    for (const auto &connection : open)
        connection->close();
    connections.clear();
    io.stop();
}

HttpServer::HttpServer(const HttpServerSettings &settings, HttpRequestHandler handler)
    : d(std::make_unique<Private>(settings, std::move(handler)))
{}

HttpServer::~HttpServer()
{
    stop();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    boost::system::error_code failure;
    const asio::ip::address ip = asio::ip::make_address(address.toString().toStdString(), failure);
    const tcp::endpoint endpoint(ip, port);
    if (!failure)
        d->acceptor.open(endpoint.protocol(), failure);
    if (!failure)
        d->acceptor.set_option(tcp::acceptor::reuse_address(true), failure);
    if (!failure)
        d->acceptor.bind(endpoint, failure);
    if (!failure)
        d->acceptor.listen(asio::socket_base::max_listen_connections, failure);
    if (failure) {
        *error = QString::fromStdString(failure.message());
        boost::system::error_code ignored;
        d->acceptor.close(ignored);
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    boost::system::error_code error;
    const tcp::endpoint endpoint = d->acceptor.local_endpoint(error);
    return error ? 0 : endpoint.port();
}

void HttpServer::start()
{
    if (d->thread.joinable())
        return;
    asio::post(d->io, [this] { d->accept(); });
    d->thread = std::thread([this] { d->io.run(); });
}

void HttpServer::stop()
{
    if (!d->thread.joinable())
        return;
    asio::post(d->io, [this] { d->shutDown(); });
    d->thread.join();
}
