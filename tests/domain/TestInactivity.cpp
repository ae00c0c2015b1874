// When a member counts as inactive: the boundary day, never signed in, new
// members, and a member who came back after a removal.
#include "Inactivity.h"

#include <QTest>

namespace {

const QDateTime Now = QDateTime::fromString(QStringLiteral("2026-12-03T12:00:00Z"), Qt::ISODate);

QDateTime daysAgo(double days)
{
    return Now.addMSecs(-qint64(days * 24 * 60 * 60 * 1000));
}

} // namespace

class TestInactivity : public QObject
{
    Q_OBJECT

private slots:
    void isInactive_data();
    void isInactive();
    void cutoffIsTwentyFourHourDays();
    void daysSinceAccess();
};

void TestInactivity::isInactive_data()
{
    QTest::addColumn<QDateTime>("joinedAt");
    QTest::addColumn<QDateTime>("lastAccessAt");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("inactive");

    QTest::newRow("seen yesterday") << daysAgo(400) << daysAgo(1) << 90 << false;
    QTest::newRow("seen 91 days ago") << daysAgo(400) << daysAgo(91) << 90 << true;
    QTest::newRow("seen exactly 90 days ago") << daysAgo(400) << daysAgo(90) << 90 << false;
    QTest::newRow("seen 90 days and a second ago")
        << daysAgo(400) << daysAgo(90).addSecs(-1) << 90 << true;
    QTest::newRow("never, joined 91 days ago") << daysAgo(91) << QDateTime() << 90 << true;
    QTest::newRow("never, joined 89 days ago") << daysAgo(89) << QDateTime() << 90 << false;
    QTest::newRow("never, joined exactly 90 days ago") << daysAgo(90) << QDateTime() << 90 << false;
    // Came back 10 days ago; the last access was before the removal.
    QTest::newRow("rejoined, not seen since") << daysAgo(10) << daysAgo(200) << 90 << false;
    QTest::newRow("30 days") << daysAgo(400) << daysAgo(31) << 30 << true;
    QTest::newRow("no join date") << QDateTime() << QDateTime() << 30 << false;
}

void TestInactivity::isInactive()
{
    QFETCH(QDateTime, joinedAt);
    QFETCH(QDateTime, lastAccessAt);
    QFETCH(int, days);
    QFETCH(bool, inactive);
    QCOMPARE(Inactivity::isInactive(joinedAt, lastAccessAt, Now, days), inactive);
}

void TestInactivity::cutoffIsTwentyFourHourDays()
{
    QCOMPARE(Inactivity::cutoff(Now, 90),
             QDateTime::fromString(QStringLiteral("2026-09-04T12:00:00Z"), Qt::ISODate));
    QCOMPARE(Inactivity::cutoff(Now, 0), Now);
    // The same moment given in another offset gives the same cutoff.
    QCOMPARE(Inactivity::cutoff(Now.toOffsetFromUtc(9 * 3600), 1), Now.addDays(-1));
}

void TestInactivity::daysSinceAccess()
{
    QCOMPARE(Inactivity::daysSinceAccess(QDateTime(), Now), std::nullopt);
    QCOMPARE(Inactivity::daysSinceAccess(daysAgo(0.5), Now), std::optional<int>(0));
    QCOMPARE(Inactivity::daysSinceAccess(daysAgo(1), Now), std::optional<int>(1));
    QCOMPARE(Inactivity::daysSinceAccess(daysAgo(90.9), Now), std::optional<int>(90));
    QCOMPARE(Inactivity::daysSinceAccess(Now.addSecs(60), Now), std::optional<int>(0));
}

QTEST_APPLESS_MAIN(TestInactivity)
#include "TestInactivity.moc"
