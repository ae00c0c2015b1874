#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

/// Requests per minute per API token, as a token bucket: each key may burst
/// up to the limit and regains limit/60 requests per second. Thread-safe:
/// every worker thread of the server takes from the same buckets.
class RateLimiter
{
public:
    /// `perMinute` 0 turns limiting off.
    explicit RateLimiter(int perMinute = 6000) : m_perMinute(perMinute) {}

    /// Takes one request for `key` at `nowMs` (milliseconds, monotonic).
    /// Returns 0 when allowed, else the seconds to wait (≥ 1) for Retry-After.
    int acquire(const QByteArray &key, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    int m_perMinute;
    QMutex m_mutex;
    QHash<QByteArray, Bucket> m_buckets;
};
