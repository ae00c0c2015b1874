#include "HttpConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <boost/asio/post.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;

namespace {

// The staged close reads at most this much more, for at most this long.
constexpr std::size_t DiscardLimitBytes = 4 * 1024 * 1024;
constexpr std::chrono::seconds DiscardTime{2};

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpConnection", text);
}

QByteArray toByteArray(beast::string_view text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

beast::string_view toView(const QByteArray &text)
{
    return beast::string_view(text.constData(), static_cast<std::size_t>(text.size()));
}

/// "64 KiB", "1 MiB", "1000 bytes".
QString sizeText(std::uint64_t bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

/// The IMF-fixdate of RFC 9110 §5.6.7, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

/// The origin-form target split into the percent-encoded path (as the router
/// wants it) and the query; an absolute-form target gives its path and query.
void splitTarget(const QByteArray &target, ApiRequest &request)
{
    QUrl url;
    if (target.startsWith('/')) {
        const qsizetype question = target.indexOf('?');
        url.setPath(QString::fromUtf8(target.left(question < 0 ? target.size() : question)),
                    QUrl::TolerantMode);
        if (question >= 0)
            url.setQuery(QString::fromUtf8(target.mid(question + 1)), QUrl::TolerantMode);
    } else {
        url = QUrl::fromEncoded(target, QUrl::TolerantMode);
    }
    request.path = url.path(QUrl::FullyEncoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
}

} // namespace

HttpConnection::HttpConnection(asio::ip::tcp::socket socket, const HttpServerSettings &settings,
                               const HttpRequestHandler &handler, Callbacks callbacks)
    : m_stream(std::move(socket)), m_settings(settings), m_handler(handler),
      m_callbacks(std::move(callbacks)), m_waitingSince(std::chrono::steady_clock::now())
{}

HttpConnection::~HttpConnection() = default;

void HttpConnection::start()
{
    readHeader();
}

void HttpConnection::readHeader()
{
    m_state = State::Reading;
    m_waitingSince = std::chrono::steady_clock::now();
    m_version = 11;
    m_head = false;
    m_keepAlive = true;
    m_parser.emplace();
    m_parser->header_limit(m_settings.maxHeaderBytes);
    m_parser->body_limit(m_settings.maxBodyBytes);
    m_stream.expires_after(std::chrono::milliseconds(m_settings.idleTimeoutMs));
    http::async_read_header(m_stream, m_buffer, *m_parser,
                            [self = shared_from_this()](const beast::error_code &error,
                                                        std::size_t) { self->onHeader(error); });
    m_callbacks.waiting(this);
}

void HttpConnection::onHeader(const beast::error_code &error)
{
    if (m_state == State::Closed)
        return;
    if (error == http::error::header_limit || error == http::error::buffer_overflow) {
        refuse(ApiResponse::error(
            431, QStringLiteral("headers_too_large"),
            tr("The request headers are larger than %1.").arg(sizeText(m_settings.maxHeaderBytes)),
            {{QStringLiteral("maxBytes"), static_cast<qint64>(m_settings.maxHeaderBytes)}}));
        return;
    }
    if (error == http::error::body_limit) {
        refuse(ApiResponse::error(
            413, QStringLiteral("body_too_large"),
            tr("The request body is larger than %1.").arg(sizeText(m_settings.maxBodyBytes)),
            {{QStringLiteral("maxBytes"), static_cast<qint64>(m_settings.maxBodyBytes)}}));
        return;
    }
    if (error == http::error::end_of_stream || error == http::error::partial_message ||
        (error &&
         error.category() != beast::http::make_error_code(http::error::bad_target).category())) {
        // The client went away, or the wait for a request timed out.
        close();
        return;
    }
    if (error) {
        refuse(ApiResponse::error(400, QStringLiteral("invalid_request"),
                                  tr("The request is not valid HTTP/1.1 (%1).")
                                      .arg(QString::fromStdString(error.message()))));
        return;
    }
    const Request &request = m_parser->get();
    m_version = request.version() == 10 ? 10 : 11;
    m_head = request.method() == http::verb::head;
    m_keepAlive = request.keep_alive();
    // RFC 9112 §3.2: a server MUST answer 400 to an HTTP/1.1 request without Host.
    if (m_version == 11 && request.find(http::field::host) == request.end()) {
        refuse(ApiResponse::error(400, QStringLiteral("invalid_request"),
                                  tr("An HTTP/1.1 request needs a Host header.")));
        return;
    }
    if (m_parser->is_done()) {
        dispatch();
        return;
    }
    if (m_version == 11 && beast::iequals(request[http::field::expect], "100-continue")) {
        // The header is acceptable: the client may send the body (RFC 9110 §10.1.1).
        m_continue = {};
        m_continue.version(11);
        m_continue.result(http::status::continue_);
        m_stream.expires_after(std::chrono::milliseconds(m_settings.idleTimeoutMs));
        http::async_write(
            m_stream, m_continue,
            [self = shared_from_this()](const beast::error_code &written, std::size_t) {
                if (self->m_state == State::Closed)
                    return;
                if (written)
                    self->close();
                else
                    self->readBody();
            });
        return;
    }
    readBody();
}

void HttpConnection::readBody()
{
    // The body has its own idle timeout from now: a client that stops sending
    // halfway through is closed like one that never sends.
    m_stream.expires_after(std::chrono::milliseconds(m_settings.idleTimeoutMs));
    http::async_read(m_stream, m_buffer, *m_parser,
                     [self = shared_from_this()](const beast::error_code &error, std::size_t) {
                         self->onBody(error);
                     });
}

void HttpConnection::onBody(const beast::error_code &error)
{
    if (m_state == State::Closed)
        return;
    if (error == http::error::body_limit) {
        refuse(ApiResponse::error(
            413, QStringLiteral("body_too_large"),
            tr("The request body is larger than %1.").arg(sizeText(m_settings.maxBodyBytes)),
            {{QStringLiteral("maxBytes"), static_cast<qint64>(m_settings.maxBodyBytes)}}));
        return;
    }
    if (error == http::error::end_of_stream || error == http::error::partial_message ||
        (error &&
         error.category() != beast::http::make_error_code(http::error::bad_target).category())) {
        close();
        return;
    }
    if (error) {
        refuse(ApiResponse::error(400, QStringLiteral("invalid_request"),
                                  tr("The request is not valid HTTP/1.1 (%1).")
                                      .arg(QString::fromStdString(error.message()))));
        return;
    }
    dispatch();
}

void HttpConnection::dispatch()
{
    m_state = State::Handling;
    // The handler may take its time (a database lock); the client is not idle.
    m_stream.expires_never();
    Request message = m_parser->release();
    ApiRequest request;
    request.method = m_head ? QByteArrayLiteral("GET") : toByteArray(message.method_string());
    splitTarget(toByteArray(message.target()), request);
    for (const auto &field : message)
        request.headers.append(
            qMakePair(toByteArray(field.name_string()), toByteArray(field.value())));
    request.body = QByteArray(message.body().data(), static_cast<qsizetype>(message.body().size()));
    auto self = shared_from_this();
    // Taken here, on the network thread: the responder may run on any thread.
    auto executor = m_stream.get_executor();
    m_handler(std::move(request), [self, executor](ApiResponse response) {
        asio::post(executor, [self, response = std::move(response)]() {
            if (self->m_state == State::Handling)
                self->write(response, self->m_keepAlive);
        });
    });
}

void HttpConnection::write(const ApiResponse &response, bool keepAlive)
{
    m_state = State::Writing;
    m_response = {};
    m_response.version(m_version);
    m_response.result(static_cast<unsigned>(response.status));
    m_response.set(http::field::date, toView(httpDate()));
    m_response.set(http::field::content_type, toView(response.contentType));
    for (const auto &header : response.headers)
        m_response.insert(toView(header.first), toView(header.second));
    m_response.keep_alive(keepAlive);
    if (m_head) {
        // RFC 9110 §9.3.2: the GET answer's header fields, no content.
        m_response.content_length(static_cast<std::uint64_t>(response.body.size()));
    } else {
        m_response.body().assign(response.body.constData(),
                                 static_cast<std::size_t>(response.body.size()));
        m_response.prepare_payload();
    }
    m_stream.expires_after(std::chrono::milliseconds(m_settings.idleTimeoutMs));
    http::async_write(
        m_stream, m_response,
        [self = shared_from_this(), keepAlive](const beast::error_code &error, std::size_t) {
            self->onWritten(error, keepAlive);
        });
}

void HttpConnection::onWritten(const beast::error_code &error, bool keepAlive)
{
    if (m_state == State::Closed)
        return;
    if (error) {
        close();
        return;
    }
    m_response = {};
    if (keepAlive)
        readHeader(); // a pipelined request may already be in m_buffer
    else
        closeGracefully();
}

void HttpConnection::refuse(const ApiResponse &response)
{
    ApiResponse answer = response;
    answer.addStandardHeaders();
    m_head = false;
    write(answer, false);
}

void HttpConnection::closeGracefully()
{
    m_state = State::Closing;
    m_waitingSince = std::chrono::steady_clock::now();
    beast::error_code ignored;
    m_stream.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
    m_discarded = 0;
    m_stream.expires_after(DiscardTime);
    discard();
    m_callbacks.waiting(this);
}

void HttpConnection::discard()
{
    m_stream.async_read_some(
        asio::buffer(m_discardBuffer),
        [self = shared_from_this()](const beast::error_code &error, std::size_t bytes) {
            if (self->m_state == State::Closed)
                return;
            self->m_discarded += bytes;
            if (error || self->m_discarded >= DiscardLimitBytes)
                self->close();
            else
                self->discard();
        });
}

void HttpConnection::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_stream.close();
    if (auto closed = std::move(m_callbacks.closed))
        closed(this);
}
