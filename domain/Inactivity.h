#pragma once

#include <QDateTime>

#include <optional>

/// When a member counts as inactive, for the seat summary and the member
/// list's filter (GET …/members?inactiveDays=N, seatsHeldByInactive on
/// GET …/organizations/{orgId}), the same for server and app. A day is 24
/// hours counted back from now, whatever the time zone.
namespace Inactivity {

/// The organization answer's seatsHeldByInactive counts members inactive for
/// more than this many days unless the request asks for another number.
constexpr int DefaultDays = 90;
/// The largest number of days a request may ask for (100 years).
constexpr int MaxDays = 36500;

/// `now` minus `days` × 24 hours (UTC): whoever was last seen before it, and
/// joined before it, is inactive. `days` ≥ 0.
QDateTime cutoff(const QDateTime &now, int days);

/// Whether a member is inactive for more than `days` days at `now`: their
/// last access (`lastAccessAt`, invalid for never) was more than `days` days
/// ago, or they never accessed the organization since joining and joined
/// more than `days` days ago. A member who joined less than `days` days ago
/// and never signed in is not inactive yet, and neither is one whose last
/// access came before a more recent (re)joining within the period. Exactly
/// `days` days is not more: the boundary is active.
bool isInactive(const QDateTime &joinedAt, const QDateTime &lastAccessAt, const QDateTime &now,
                int days);

/// Whole days (24-hour periods, rounded down) since the last access at
/// `now`; std::nullopt when never accessed (invalid `lastAccessAt`), 0 for
/// an access less than a day ago or in the future.
std::optional<int> daysSinceAccess(const QDateTime &lastAccessAt, const QDateTime &now);

} // namespace Inactivity
