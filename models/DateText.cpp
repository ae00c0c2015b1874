#include "DateText.h"

#include "LocalOffsets.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

enum Unit : qint64
{
    JustNow = 1,
    Minutes,
    Hours,
    Days,
    Date,
};

QDate localDate(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime).date();
}

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("DateText", text, nullptr, n);
}

// English needs no translation file this way; translators still get %n for
// their plural forms. Callers mark both texts with QT_TRANSLATE_NOOP and
// QT_TRANSLATE_N_NOOP so that lupdate finds them (the latter as a plural).
QString plural(int n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many, n);
}

} // namespace

namespace DateText {

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : null;
}

QDateTime fromMs(qint64 msecs)
{
    return msecs == null ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

qint64 dateKey(qint64 msecs, const LocalOffsets &zone)
{
    if (msecs == null)
        return null;
    return zone.localJulianDay(msecs);
}

QString shortDateOfKey(qint64 key)
{
    if (key == null)
        return {};
    return QLocale().toString(QDate::fromJulianDay(key), QLocale::ShortFormat);
}

qint64 relativeKey(qint64 msecs, qint64 nowMs, const LocalOffsets &zone)
{
    if (msecs == null)
        return null;
    const qint64 delta = nowMs - msecs;
    const qint64 age = delta < 0 ? -delta : delta;
    const qint64 future = delta < 0 ? 1 : 0;
    qint64 unit = Date;
    qint64 count = 0;
    if (age < minuteMs) {
        unit = JustNow;
    } else if (age < hourMs) {
        unit = Minutes;
        count = age / minuteMs;
    } else if (age < dayMs) {
        unit = Hours;
        count = age / hourMs;
    } else if (age < relativeLimitMs) {
        unit = Days;
        count = age / dayMs;
    } else {
        return (unit << 56) | dateKey(msecs, zone);
    }
    return (unit << 56) | (future << 48) | count;
}

QString relative(qint64 msecs, qint64 nowMs)
{
    if (msecs == null)
        return {};
    return relativeText(relativeKey(msecs, nowMs, LocalOffsets(msecs, msecs)));
}

QString relativeText(qint64 key)
{
    if (key == null)
        return {};
    const qint64 unit = key >> 56;
    const bool future = (key >> 48) & 1;
    const int count = static_cast<int>(key & 0xffffffff);
    switch (unit) {
    case JustNow:
        return tr("just now");
    case Minutes:
        return future ? plural(count, QT_TRANSLATE_NOOP("DateText", "in 1 minute"),
                               QT_TRANSLATE_N_NOOP("DateText", "in %n minutes"))
                      : plural(count, QT_TRANSLATE_NOOP("DateText", "1 minute ago"),
                               QT_TRANSLATE_N_NOOP("DateText", "%n minutes ago"));
    case Hours:
        return future ? plural(count, QT_TRANSLATE_NOOP("DateText", "in 1 hour"),
                               QT_TRANSLATE_N_NOOP("DateText", "in %n hours"))
                      : plural(count, QT_TRANSLATE_NOOP("DateText", "1 hour ago"),
                               QT_TRANSLATE_N_NOOP("DateText", "%n hours ago"));
    case Days:
        return future ? plural(count, QT_TRANSLATE_NOOP("DateText", "in 1 day"),
                               QT_TRANSLATE_N_NOOP("DateText", "in %n days"))
                      : plural(count, QT_TRANSLATE_NOOP("DateText", "1 day ago"),
                               QT_TRANSLATE_N_NOOP("DateText", "%n days ago"));
    default:
        return shortDateOfKey(key & ((qint64(1) << 56) - 1));
    }
}

QString shortDate(qint64 msecs)
{
    if (msecs == null)
        return {};
    return QLocale().toString(localDate(msecs), QLocale::ShortFormat);
}

QString exact(qint64 msecs)
{
    if (msecs == null)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime);
    return QLocale().toString(local, QLocale::LongFormat);
}

} // namespace DateText
