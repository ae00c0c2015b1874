#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

class LocalOffsets;

#include <limits>

/// How the tables show points in time: in the user's locale and time zone,
/// relative where it helps ("3 days ago", "in 5 hours") and with the exact
/// time for tooltips. Times are milliseconds since the Unix epoch (UTC);
/// DateText::null stands for "no time" (JSON null).
///
/// The models format each distinct text once when data arrives and share it
/// between rows (see RecordTableModel::internText()), so that data() never
/// formats anything.
namespace DateText {

/// The value that stands for "no time".
constexpr qint64 null = std::numeric_limits<qint64>::min();

/// `time` in ms since the epoch; an invalid QDateTime gives null.
qint64 toMs(const QDateTime &time);
/// The UTC QDateTime of `msecs`; null gives an invalid QDateTime.
QDateTime fromMs(qint64 msecs);

/// Relative texts are used up to this age (30 days); older times show their
/// date.
constexpr qint64 relativeLimitMs = qint64(30) * 24 * 3600 * 1000;

/// A key that is equal for two times exactly when relative() gives the same
/// text for them at `nowMs`, so that texts can be shared. Stable within one
/// load; uses the local date (through `zone`) for times shown as a date.
qint64 relativeKey(qint64 msecs, qint64 nowMs, const LocalOffsets &zone);

/// "just now", "5 minutes ago", "in 3 hours", "2 days ago", or the local
/// short date ("3/14/25" in en_US) beyond relativeLimitMs. `msecs` null
/// gives an empty string.
QString relative(qint64 msecs, qint64 nowMs);

/// A key equal for two times on the same local date: its Julian day.
qint64 dateKey(qint64 msecs, const LocalOffsets &zone);

/// The text for a key of relativeKey() (any time with that key).
QString relativeText(qint64 key);

/// The short date for a key of dateKey().
QString shortDateOfKey(qint64 key);

/// The local date in the locale's short format; empty for null.
QString shortDate(qint64 msecs);

/// The exact local date and time in the locale's long format with the time
/// zone, for tooltips ("Friday, March 14, 2025 at 9:26:53 AM CET"); empty
/// for null.
QString exact(qint64 msecs);

} // namespace DateText
