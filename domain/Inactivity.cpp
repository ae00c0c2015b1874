#include "Inactivity.h"

#include <algorithm>

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

} // namespace

namespace Inactivity {

QDateTime cutoff(const QDateTime &now, int days)
{
    return now.toUTC().addMSecs(-qint64(days) * DayMs);
}

bool isInactive(const QDateTime &joinedAt, const QDateTime &lastAccessAt, const QDateTime &now,
                int days)
{
    const QDateTime before = cutoff(now, days);
    if (!joinedAt.isValid() || joinedAt >= before)
        return false;
    return !lastAccessAt.isValid() || lastAccessAt < before;
}

std::optional<int> daysSinceAccess(const QDateTime &lastAccessAt, const QDateTime &now)
{
    if (!lastAccessAt.isValid())
        return std::nullopt;
    return int(std::max<qint64>(0, lastAccessAt.msecsTo(now) / DayMs));
}

} // namespace Inactivity
