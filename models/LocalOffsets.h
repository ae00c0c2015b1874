#pragma once

#include <QtGlobal>

#include <vector>

/// The offset of the user's time zone from UTC over a range of times, looked
/// up without a system call per time. Converting each of 300,000 times with
/// QDateTime(…, Qt::LocalTime) makes glibc stat /etc/localtime every time,
/// which was a quarter of the cost of loading 200,000 members; this reads
/// the zone's transitions once (QTimeZone::transitions()).
class LocalOffsets
{
public:
    /// Prepares look-ups for times in [fromMs, toMs] (ms since the epoch,
    /// UTC); times outside still work, converted one by one.
    LocalOffsets(qint64 fromMs, qint64 toMs);

    /// The offset of local time from UTC at `ms`, in seconds (east positive).
    int offsetSecs(qint64 ms) const;
    /// The local calendar day of `ms` as a Julian day number (QDate).
    qint64 localJulianDay(qint64 ms) const;

private:
    struct Transition
    {
        qint64 atMs;
        int offsetSecs;
    };
    qint64 m_fromMs;
    qint64 m_toMs;
    int m_initialOffset = 0;
    std::vector<Transition> m_transitions; ///< sorted by atMs
};
