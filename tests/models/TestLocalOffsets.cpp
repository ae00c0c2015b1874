#include "LocalOffsets.h"

#include <QDateTime>
#include <QTest>

#include <ctime>

class TestLocalOffsets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agreesWithQDateTimeAcrossDaylightSaving();
    void convertsOutsideItsRangeToo();
};

void TestLocalOffsets::initTestCase()
{
    // A zone with daylight saving, so that transitions matter.
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TestLocalOffsets::agreesWithQDateTimeAcrossDaylightSaving()
{
    const qint64 from = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2025, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const LocalOffsets zone(from, to);
    // Every 37 minutes over three years, including both changes each year
    // and the hours around local midnight.
    for (qint64 ms = from; ms <= to; ms += 37 * 60 * 1000) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime);
        QCOMPARE(zone.offsetSecs(ms), local.offsetFromUtc());
        QCOMPARE(zone.localJulianDay(ms), local.date().toJulianDay());
    }
}

void TestLocalOffsets::convertsOutsideItsRangeToo()
{
    const LocalOffsets zone(0, 1000);
    const qint64 summer = QDateTime(QDate(2024, 7, 1), QTime(22, 30), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(zone.offsetSecs(summer), 2 * 3600);
    QCOMPARE(zone.localJulianDay(summer), QDate(2024, 7, 2).toJulianDay());
    const qint64 before1970 =
        QDateTime(QDate(1960, 1, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(zone.localJulianDay(before1970), QDate(1960, 1, 1).toJulianDay());
}

QTEST_GUILESS_MAIN(TestLocalOffsets)
#include "TestLocalOffsets.moc"
