#pragma once

#include "HttpServer.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <array>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

/// One client connection of HttpServer: reads a request, hands it to the
/// handler, writes the answer, and again, until the client or a limit ends
/// it (see HttpServer for the rules). Lives on the network thread; only the
/// responder it gives the handler may be called from elsewhere.
class HttpConnection : public std::enable_shared_from_this<HttpConnection>
{
public:
    /// What the connection tells its server, on the network thread.
    struct Callbacks
    {
        /// It waits for a request again (isWaiting() became true).
        std::function<void(HttpConnection *connection)> waiting;
        /// It has closed; called once.
        std::function<void(HttpConnection *connection)> closed;
    };

    HttpConnection(boost::asio::ip::tcp::socket socket, const HttpServerSettings &settings,
                   const HttpRequestHandler &handler, Callbacks callbacks);
    ~HttpConnection();

    /// Begins reading the first request.
    void start();
    /// True while no complete request is in hand (waiting for one, or part
    /// of one arrived) or while closing: closing it loses no answer.
    bool isWaiting() const { return m_state == State::Reading || m_state == State::Closing; }
    /// Since when isWaiting() has held.
    std::chrono::steady_clock::time_point waitingSince() const { return m_waitingSince; }
    /// Closes the socket now; the callback runs. Safe to call twice.
    void close();

private:
    enum class State
    {
        Reading,  ///< waiting for (the rest of) a request
        Handling, ///< the handler has the request
        Writing,  ///< the answer is being sent
        Closing,  ///< answered, sending side shut, discarding what still arrives
        Closed,
    };
    using Request = boost::beast::http::request<boost::beast::http::string_body>;

    void readHeader();
    void onHeader(const boost::beast::error_code &error);
    void readBody();
    void onBody(const boost::beast::error_code &error);
    void dispatch();
    void write(const ApiResponse &response, bool keepAlive);
    void onWritten(const boost::beast::error_code &error, bool keepAlive);
    /// Answers `response` and closes, whatever the request asked.
    void refuse(const ApiResponse &response);
    /// Staged close (RFC 9112 §9.6): shut the sending side, discard what the
    /// client still sends for a short while, then close.
    void closeGracefully();
    void discard();

    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
    boost::beast::http::response<boost::beast::http::string_body> m_response;
    boost::beast::http::response<boost::beast::http::empty_body> m_continue;
    std::array<char, 16 * 1024> m_discardBuffer{};
    std::size_t m_discarded = 0;
    const HttpServerSettings &m_settings;
    const HttpRequestHandler &m_handler;
    Callbacks m_callbacks;
    State m_state = State::Reading;
    std::chrono::steady_clock::time_point m_waitingSince;
    unsigned m_version = 11; ///< of the request being answered: 10 or 11
    bool m_head = false;     ///< the request being answered is HEAD
    bool m_keepAlive = true; ///< the request being answered allows another after it
};
