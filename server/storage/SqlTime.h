#pragma once

#include <QDateTime>
#include <QtGlobal>
#include <QVariant>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QTimeZone>
#endif

/// The storage layer keeps times as INTEGER milliseconds since 1970-01-01 UTC.
namespace SqlTime {

/// A stored value (NULL gives an invalid QDateTime) as a UTC QDateTime.
inline QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
#endif
}

/// A QDateTime as stored; an invalid one gives NULL.
inline QVariant fromDateTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

} // namespace SqlTime
