#pragma once

#include <QHash>
#include <QMutex>
#include <QPair>

/// Decides when a last-access time is written again: at most once per
/// interval per user (and per organization, for a member's lastAccessAt),
/// whichever worker thread serves them, so that reads do not turn into
/// writes. Thread-safe.
class TouchThrottle
{
public:
    /// `intervalMs`: the least time between two writes of one time (> 0).
    explicit TouchThrottle(qint64 intervalMs = 60 * 1000) : m_intervalMs(intervalMs) {}

    /// True when the last access of `userId` (in `organizationId`, or 0 for
    /// the user's own) is due to be written at `nowMs` (milliseconds of
    /// std::chrono::steady_clock); it then counts as written, whether or not
    /// the write succeeds.
    bool isDue(qint64 organizationId, qint64 userId, qint64 nowMs);

private:
    qint64 m_intervalMs;
    QMutex m_mutex;
    QHash<QPair<qint64, qint64>, qint64> m_lastMs; ///< (organization, user) → last due
};
