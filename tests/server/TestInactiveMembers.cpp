// The member list's filters inactiveDays and license, and the organization's
// seatsHeldByInactive, over real HTTP: the boundary day, members who never
// signed in, newcomers, a member who came back, and the two answers agreeing.
// Join and access times are arranged in the database, as months cannot pass
// in a test.
#include "DemoServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 id(const QJsonObject &object, const char *key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

} // namespace

class TestInactiveMembers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void inactiveDaysFollowsLastAccessAndJoinDate();
    void licenseFilterCombinesWithTheOthers();
    void seatsHeldByInactiveMatchesTheFilteredList();
    void badFilterValuesAreRefused();
    void membersWhoBecameInactiveAreChanges();

private:
    /// A new member "inact-<name>@example.net", joined and last seen the
    /// given number of days ago (a negative `seenDaysAgo`: never).
    qint64 arrange(const QString &name, double joinedDaysAgo, double seenDaysAgo,
                   const QStringList &licenses = {});
    /// The addresses of the test's own members that `query` lists.
    QStringList listed(const QString &query);
    QJsonObject pool(const QString &product, const QString &query = {});

    std::unique_ptr<DemoServer> m_demo;
    QString m_owner;
};

void TestInactiveMembers::init()
{
    m_demo = std::make_unique<DemoServer>();
    QVERIFY2(m_demo->start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             qPrintable(m_demo->errorString()));
    m_owner = m_demo->ownerToken();
}

void TestInactiveMembers::cleanup()
{
    m_demo.reset();
}

qint64 TestInactiveMembers::arrange(const QString &name, double joinedDaysAgo, double seenDaysAgo,
                                    const QStringList &licenses)
{
    const QString email = QStringLiteral("inact-%1@example.net").arg(name);
    const qint64 userId =
        id(m_demo->inviteAndAccept(email, QStringLiteral("Inactive %1").arg(name), licenses),
           "userId");
    if (userId <= 0)
        return 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QSqlDatabase db = m_demo->process().openDirect(QStringLiteral("arrange"));
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE memberships SET joined_at = ?, last_access_at = ?"
                                     " WHERE org_id = ? AND user_id = ?"));
        query.addBindValue(now - qint64(joinedDaysAgo * DayMs));
        query.addBindValue(seenDaysAgo < 0 ? QVariant(QMetaType::fromType<qint64>())
                                           : QVariant(now - qint64(seenDaysAgo * DayMs)));
        query.addBindValue(m_demo->orgId());
        query.addBindValue(userId);
        const bool done = query.exec() && query.numRowsAffected() == 1;
        if (!done)
            qWarning() << query.lastError().text();
        db.close();
        if (!done)
            return 0;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("arrange"));
    return userId;
}

QStringList TestInactiveMembers::listed(const QString &query)
{
    const HttpTestResponse response = m_demo->http().get(
        m_demo->org(QStringLiteral("/members?q=inact-&size=1000&sort=email&") + query), m_owner);
    if (response.status != 200)
        return {QString::fromUtf8(response.describe())};
    QStringList emails;
    for (const QJsonValue &value : response.items())
        emails.append(str(value.toObject(), "email").section(QLatin1Char('@'), 0, 0));
    return emails;
}

QJsonObject TestInactiveMembers::pool(const QString &product, const QString &query)
{
    const HttpTestResponse response = m_demo->http().get(m_demo->org(query), m_owner);
    for (const QJsonValue &value :
         response.object().value(QLatin1String("licensePools")).toArray()) {
        if (str(value.toObject(), "product") == product)
            return value.toObject();
    }
    return {};
}

void TestInactiveMembers::inactiveDaysFollowsLastAccessAndJoinDate()
{
    QVERIFY(arrange(QStringLiteral("a-seen-yesterday"), 400, 1));
    QVERIFY(arrange(QStringLiteral("b-seen-91-days-ago"), 400, 91));
    // A minute either side of the boundary: exactly N days is not "more than".
    QVERIFY(arrange(QStringLiteral("c-seen-just-under-90"), 400, 90 - 1.0 / 1440));
    QVERIFY(arrange(QStringLiteral("d-seen-just-over-90"), 400, 90 + 1.0 / 1440));
    QVERIFY(arrange(QStringLiteral("e-never-joined-100-days-ago"), 100, -1));
    // Joined less than N days ago and never signed in: not inactive yet.
    QVERIFY(arrange(QStringLiteral("f-never-joined-10-days-ago"), 10, -1));
    // Came back 5 days ago; the last access was before the removal.
    QVERIFY(arrange(QStringLiteral("g-rejoined-seen-200-days-ago"), 5, 200));

    QCOMPARE(listed(QStringLiteral("inactiveDays=90")),
             (QStringList{QStringLiteral("inact-b-seen-91-days-ago"),
                          QStringLiteral("inact-d-seen-just-over-90"),
                          QStringLiteral("inact-e-never-joined-100-days-ago")}));
    QCOMPARE(listed(QStringLiteral("inactiveDays=95")),
             (QStringList{QStringLiteral("inact-e-never-joined-100-days-ago")}));
    QCOMPARE(listed(QStringLiteral("inactiveDays=7")),
             (QStringList{QStringLiteral("inact-b-seen-91-days-ago"),
                          QStringLiteral("inact-c-seen-just-under-90"),
                          QStringLiteral("inact-d-seen-just-over-90"),
                          QStringLiteral("inact-e-never-joined-100-days-ago"),
                          QStringLiteral("inact-f-never-joined-10-days-ago")}));
    // The total counts the filtered members, not the page.
    const HttpTestResponse page = m_demo->http().get(
        m_demo->org(QStringLiteral("/members?q=inact-&inactiveDays=90&size=1")), m_owner);
    QCOMPARE(page.total(), 3);
    QCOMPARE(page.items().size(), 1);
}

void TestInactiveMembers::licenseFilterCombinesWithTheOthers()
{
    QVERIFY(arrange(QStringLiteral("k-active-kse"), 400, 1, {QStringLiteral("KSE")}));
    QVERIFY(arrange(QStringLiteral("l-idle-kse"), 400, 120, {QStringLiteral("KSE")}));
    QVERIFY(arrange(QStringLiteral("m-idle-both"), 400, 120,
                    {QStringLiteral("KSE"), QStringLiteral("KRE")}));
    QVERIFY(arrange(QStringLiteral("n-idle-none"), 400, 120));

    QCOMPARE(listed(QStringLiteral("license=KSE")),
             (QStringList{QStringLiteral("inact-k-active-kse"), QStringLiteral("inact-l-idle-kse"),
                          QStringLiteral("inact-m-idle-both")}));
    QCOMPARE(listed(QStringLiteral("license=KRE")),
             QStringList{QStringLiteral("inact-m-idle-both")});
    QCOMPARE(listed(QStringLiteral("license=none")),
             QStringList{QStringLiteral("inact-n-idle-none")});
    QCOMPARE(
        listed(QStringLiteral("license=KSE&inactiveDays=90")),
        (QStringList{QStringLiteral("inact-l-idle-kse"), QStringLiteral("inact-m-idle-both")}));
    QCOMPARE(listed(QStringLiteral("license=KSE&inactiveDays=90&role=ADMIN")), QStringList());
    // Removed members hold no license.
    QVERIFY_STATUS(
        m_demo->http().postJson(
            m_demo->org(QStringLiteral("/members/remove")),
            {{QStringLiteral("userIds"),
              QJsonArray{
                  id(m_demo->member(QStringLiteral("inact-l-idle-kse@example.net")), "userId")}}},
            m_owner),
        200);
    QCOMPARE(listed(QStringLiteral("license=KSE&inactiveDays=90")),
             QStringList{QStringLiteral("inact-m-idle-both")});
    QCOMPARE(listed(QStringLiteral("status=removed&license=KSE")), QStringList());
}

void TestInactiveMembers::seatsHeldByInactiveMatchesTheFilteredList()
{
    const QJsonObject before = pool(QStringLiteral("KSE"));
    QCOMPARE(m_demo->http()
                 .get(m_demo->org(), m_owner)
                 .object()
                 .value(QLatin1String("inactiveDays"))
                 .toInt(),
             90);
    QVERIFY(arrange(QStringLiteral("s-idle"), 400, 100, {QStringLiteral("KSE")}));
    QVERIFY(arrange(QStringLiteral("t-never"), 200, -1, {QStringLiteral("KSE")}));
    QVERIFY(arrange(QStringLiteral("u-new"), 3, -1, {QStringLiteral("KSE")}));
    QVERIFY(arrange(QStringLiteral("v-busy"), 400, 0.1, {QStringLiteral("KSE")}));
    const QJsonObject after = pool(QStringLiteral("KSE"));
    QCOMPARE(after.value(QLatin1String("seatsHeldByInactive")).toInt(),
             before.value(QLatin1String("seatsHeldByInactive")).toInt() + 2);
    QCOMPARE(after.value(QLatin1String("seatsUsed")).toInt(),
             before.value(QLatin1String("seatsUsed")).toInt() + 4);

    // The figure is what the filtered list shows, for any N.
    for (int days : {30, 90, 180}) {
        const QString query = QStringLiteral("?inactiveDays=%1").arg(days);
        const QJsonObject organization = m_demo->http().get(m_demo->org(query), m_owner).object();
        QCOMPARE(organization.value(QLatin1String("inactiveDays")).toInt(), days);
        const qint64 listedTotal =
            m_demo->http()
                .get(m_demo->org(
                         QStringLiteral("/members?license=KSE&size=1&inactiveDays=%1").arg(days)),
                     m_owner)
                .total();
        QCOMPARE(qint64(pool(QStringLiteral("KSE"), query)
                            .value(QLatin1String("seatsHeldByInactive"))
                            .toInt()),
                 listedTotal);
    }
    // Any member may read the organization; the figure is the same for them.
    QCOMPARE(m_demo->http()
                 .get(m_demo->org(), m_demo->token(DemoServer::MemberEmail))
                 .object()
                 .value(QLatin1String("licensePools"))
                 .toArray()
                 .size(),
             m_demo->http()
                 .get(m_demo->org(), m_owner)
                 .object()
                 .value(QLatin1String("licensePools"))
                 .toArray()
                 .size());
}

void TestInactiveMembers::badFilterValuesAreRefused()
{
    for (const QString &query :
         {QStringLiteral("inactiveDays=0"), QStringLiteral("inactiveDays=-5"),
          QStringLiteral("inactiveDays=abc"), QStringLiteral("inactiveDays=36501"),
          QStringLiteral("inactiveDays=30&inactiveDays=60"), QStringLiteral("license=NOPE"),
          QStringLiteral("license=kse"), QStringLiteral("license=KSE&license=KRE")}) {
        const HttpTestResponse response =
            m_demo->http().get(m_demo->org(QStringLiteral("/members?") + query), m_owner);
        QVERIFY2(response.status == 400,
                 qPrintable(query + QLatin1Char(' ') + QString::fromUtf8(response.describe())));
        QCOMPARE(response.errorCode(), QStringLiteral("invalid_parameter"));
    }
    const HttpTestResponse organization =
        m_demo->http().get(m_demo->org(QStringLiteral("?inactiveDays=0")), m_owner);
    QVERIFY_STATUS(organization, 400);
    QCOMPARE(organization.errorCode(), QStringLiteral("invalid_parameter"));
}

void TestInactiveMembers::membersWhoBecameInactiveAreChanges()
{
    // Three seconds short of a day: inactive for inactiveDays=1 in three
    // seconds, with no write to tell it.
    const qint64 crossing = arrange(QStringLiteral("crossing"), 400, 1 - 3.0 / (24 * 60 * 60));
    const qint64 longGone = arrange(QStringLiteral("long-gone"), 400, 30);
    QVERIFY(crossing && longGone);
    const QString path = QStringLiteral("/members?status=active&q=inact-&inactiveDays=1");
    const HttpTestResponse before = m_demo->http().get(m_demo->org(path), m_owner);
    QCOMPARE(before.status, 200);
    QCOMPARE(before.total(), qint64(1)); // long-gone only
    const QString cursor = before.object().value(QLatin1String("cursor")).toString();
    QThread::sleep(4);

    const HttpTestResponse changes =
        m_demo->http().get(m_demo->org(path + QStringLiteral("&changedSince=") +
                                       QString::fromLatin1(QUrl::toPercentEncoding(cursor))),
                           m_owner);
    QCOMPARE(changes.status, 200);
    QList<qint64> ids;
    for (const QJsonValue &value : changes.items())
        ids.append(id(value.toObject(), "userId"));
    QCOMPARE(ids, QList<qint64>{crossing});
    QVERIFY(changes.object().value(QLatin1String("removedIds")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestInactiveMembers)
#include "TestInactiveMembers.moc"
