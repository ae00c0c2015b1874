#pragma once

#include <cstdint>

/// The limits of the HTTP layer (HttpServer), from the command line. Every
/// one bounds what a client can make the server hold without a token.
struct HttpServerSettings
{
    /// The request line and header fields together, in bytes; more is refused
    /// with 431 as soon as the limit is crossed, before the rest is read.
    std::uint32_t maxHeaderBytes = 64 * 1024;
    /// The request body, in bytes; a larger Content-Length is refused with 413
    /// when the header ends, a larger chunked body when the limit is crossed.
    std::uint64_t maxBodyBytes = 1024 * 1024;
    /// How long a connection may wait for (the rest of) a request, or for the
    /// client to take the answer, in milliseconds; then it is closed.
    int idleTimeoutMs = 60 * 1000;
    /// Open connections at most. At the cap, when another client knocks,
    /// the connection that has waited longest for a request is closed to
    /// make room; when none is waiting, the client waits in the backlog.
    int maxConnections = 512;
};
