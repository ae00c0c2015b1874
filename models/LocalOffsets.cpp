#include "LocalOffsets.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

LocalOffsets::LocalOffsets(qint64 fromMs, qint64 toMs) : m_fromMs(fromMs), m_toMs(toMs)
{
    if (fromMs > toMs)
        return;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    m_initialOffset = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::LocalTime).offsetFromUtc();
    if (zone.isValid() && zone.hasTransitions()) {
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC);
        const QTimeZone::OffsetDataList list = zone.transitions(from, to);
        for (const QTimeZone::OffsetData &data : list)
            m_transitions.push_back({data.atUtc.toMSecsSinceEpoch(), data.offsetFromUtc});
    }
}

int LocalOffsets::offsetSecs(qint64 ms) const
{
    if (ms < m_fromMs || ms > m_toMs)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).offsetFromUtc();
    const auto it =
        std::upper_bound(m_transitions.begin(), m_transitions.end(), ms,
                         [](qint64 value, const Transition &t) { return value < t.atMs; });
    return it == m_transitions.begin() ? m_initialOffset : std::prev(it)->offsetSecs;
}

qint64 LocalOffsets::localJulianDay(qint64 ms) const
{
    constexpr qint64 dayMs = 24LL * 3600 * 1000;
    constexpr qint64 unixEpochJulianDay = 2440588; // 1970-01-01
    const qint64 local = ms + qint64(offsetSecs(ms)) * 1000;
    // Floor division: times before 1970 are negative.
    const qint64 days = local >= 0 ? local / dayMs : -((-local + dayMs - 1) / dayMs);
    return unixEpochJulianDay + days;
}
