#include "RateLimiter.h"

#include <cmath>

int RateLimiter::acquire(const QByteArray &key, qint64 nowMs)
{
    if (m_perMinute <= 0)
        return 0;
    const double ratePerMs = m_perMinute / 60000.0;
    const QMutexLocker locker(&m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        // Forget idle keys now and then, so that the table stays small.
        if (m_buckets.size() > 10000)
            m_buckets.clear();
        it = m_buckets.insert(key, Bucket{static_cast<double>(m_perMinute), nowMs});
    }
    Bucket &bucket = it.value();
    bucket.tokens =
        std::min<double>(m_perMinute, bucket.tokens + (nowMs - bucket.updatedMs) * ratePerMs);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    const double waitMs = (1.0 - bucket.tokens) / ratePerMs;
    return std::max(1, static_cast<int>(std::ceil(waitMs / 1000.0)));
}
