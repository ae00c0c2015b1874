// Keyset paging (`after`, an answer's `next`) over real HTTP, on both
// engines. Regression: a client that loaded a whole list page by page with
// `page` offsets skipped a member when one before it left the list between
// two pages (and repeated one when a member was added before it); a page
// that starts after the previous page's last key does neither.
#include "DemoServer.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrl>

namespace {

qint64 idOf(const QJsonObject &object)
{
    return qint64(object
                      .value(object.contains(QLatin1String("userId")) ? QLatin1String("userId")
                                                                      : QLatin1String("id"))
                      .toDouble());
}

QList<qint64> idsOf(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids.append(idOf(item.toObject()));
    return ids;
}

QString encode(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

class TestKeysetPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void aMemberRemovedDuringALoadSkipsNoOne();
    void anInvitationRevokedDuringALoadSkipsNoOne();
    void keysetPagesEqualOffsetPagesInEverySort_data();
    void keysetPagesEqualOffsetPagesInEverySort();
    void theLastPageHasNoNext();
    void badAfterIsRefused_data();
    void badAfterIsRefused();

private:
    /// GET of a list path of the demo organization as the Owner.
    HttpTestResponse get(const QString &path);
    /// Every page of `path` (with its query) of `size`, each after the
    /// previous one's `next`; the ids in answer order.
    QList<qint64> keysetIds(const QString &path, int size);
    /// Every page of `path` of `size` by `page` offsets.
    QList<qint64> offsetIds(const QString &path, int size);

    DemoServer m_demo;
    QString m_owner;
};

void TestKeysetPaging::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_owner = m_demo.ownerToken();
}

HttpTestResponse TestKeysetPaging::get(const QString &path)
{
    return m_demo.http().get(m_demo.org(path), m_owner);
}

QList<qint64> TestKeysetPaging::keysetIds(const QString &path, int size)
{
    QList<qint64> ids;
    QString next;
    for (int page = 0; page < 1000; ++page) {
        const HttpTestResponse response =
            get(path + QStringLiteral("&size=%1").arg(size) +
                (next.isEmpty() ? QString() : QStringLiteral("&after=") + encode(next)));
        if (response.status != 200) {
            qWarning("%s", response.describe().constData());
            return {};
        }
        ids += idsOf(response.items());
        const QJsonValue value = response.object().value(QLatin1String("next"));
        if (value.isNull())
            return ids;
        next = value.toString();
    }
    return ids;
}

QList<qint64> TestKeysetPaging::offsetIds(const QString &path, int size)
{
    QList<qint64> ids;
    for (int page = 0; page < 1000; ++page) {
        const HttpTestResponse response =
            get(path + QStringLiteral("&size=%1&page=%2").arg(size).arg(page));
        const QList<qint64> pageIds = idsOf(response.items());
        ids += pageIds;
        if (pageIds.size() < size)
            break;
    }
    return ids;
}

void TestKeysetPaging::aMemberRemovedDuringALoadSkipsNoOne()
{
    const QString path = QStringLiteral("/members?status=active");
    const QList<qint64> before = offsetIds(path, 1000);
    QVERIFY(before.size() > 12);
    const qint64 ownerId = idOf(m_demo.member(DemoServer::OwnerEmail));

    const HttpTestResponse first = get(path + QStringLiteral("&size=5"));
    QCOMPARE(first.status, 200);
    const QList<qint64> firstIds = idsOf(first.items());
    QCOMPARE(firstIds, before.mid(0, 5));
    const QString next = first.object().value(QLatin1String("next")).toString();
    QVERIFY(!next.isEmpty());

    // A member of the first page leaves the list before the second page.
    qint64 leaving = 0;
    for (qint64 id : firstIds) {
        if (id != ownerId) {
            leaving = id;
            break;
        }
    }
    QCOMPARE(m_demo
                 .post(QStringLiteral("/organizations/%1/members/remove").arg(m_demo.orgId()),
                       {{QStringLiteral("userIds"), QJsonArray{leaving}}}, m_owner)
                 .status,
             200);

    // By offset, the second page now starts one member later: before[5] is
    // skipped. After the first page's key, it is not.
    const QList<qint64> byOffset = idsOf(get(path + QStringLiteral("&size=5&page=1")).items());
    QCOMPARE(byOffset.first(), before.at(6));
    const HttpTestResponse second = get(path + QStringLiteral("&size=5&after=") + encode(next));
    QCOMPARE(second.status, 200);
    QCOMPARE(idsOf(second.items()), before.mid(5, 5));
    // The total is the whole list's, as on the first page.
    QCOMPARE(second.total(), qint64(before.size() - 1));

    // The whole load: every member that stayed, once, in order.
    QList<qint64> loaded = firstIds;
    QString key = next;
    for (int page = 1; !key.isEmpty() && page < 100; ++page) {
        const HttpTestResponse response =
            get(path + QStringLiteral("&size=5&after=") + encode(key));
        QCOMPARE(response.status, 200);
        loaded += idsOf(response.items());
        key = response.object().value(QLatin1String("next")).toString();
    }
    QList<qint64> expected = before;
    expected.removeAll(leaving);
    loaded.removeAll(leaving);
    QCOMPARE(loaded, expected);
}

void TestKeysetPaging::anInvitationRevokedDuringALoadSkipsNoOne()
{
    const QString path = QStringLiteral("/invitations?status=open");
    const QList<qint64> before = offsetIds(path, 1000);
    QVERIFY(before.size() > 4);
    const HttpTestResponse first = get(path + QStringLiteral("&size=2"));
    QCOMPARE(first.status, 200);
    const QList<qint64> firstIds = idsOf(first.items());
    QCOMPARE(firstIds, before.mid(0, 2));
    const QString next = first.object().value(QLatin1String("next")).toString();
    QVERIFY(!next.isEmpty());

    QCOMPARE(m_demo
                 .post(QStringLiteral("/organizations/%1/invitations/revoke").arg(m_demo.orgId()),
                       {{QStringLiteral("ids"), QJsonArray{firstIds.first()}}}, m_owner)
                 .status,
             200);

    QCOMPARE(idsOf(get(path + QStringLiteral("&size=2&page=1")).items()).first(), before.at(3));
    const HttpTestResponse second = get(path + QStringLiteral("&size=2&after=") + encode(next));
    QCOMPARE(second.status, 200);
    QCOMPARE(idsOf(second.items()), before.mid(2, 2));
}

void TestKeysetPaging::keysetPagesEqualOffsetPagesInEverySort_data()
{
    QTest::addColumn<QString>("path");
    const QStringList memberSorts{QStringLiteral("fullName"),     QStringLiteral("email"),
                                  QStringLiteral("role"),         QStringLiteral("joinedAt"),
                                  QStringLiteral("lastAccessAt"), QStringLiteral("machineCount")};
    for (const QString &field : memberSorts) {
        for (const char *direction : {"asc", "desc"}) {
            const QString path = QStringLiteral("/members?status=active&sort=%1,%2")
                                     .arg(field, QLatin1String(direction));
            QTest::newRow(qPrintable(path)) << path;
        }
    }
    QTest::newRow("removed, default sort") << QStringLiteral("/members?status=removed");
    QTest::newRow("removed by removedAt")
        << QStringLiteral("/members?status=removed&sort=removedAt,desc");
    const QStringList invitationSorts{QStringLiteral("email"), QStringLiteral("role"),
                                      QStringLiteral("createdAt"), QStringLiteral("expiresAt"),
                                      QStringLiteral("invitedBy")};
    for (const QString &field : invitationSorts) {
        for (const char *direction : {"asc", "desc"}) {
            const QString path = QStringLiteral("/invitations?status=open&sort=%1,%2")
                                     .arg(field, QLatin1String(direction));
            QTest::newRow(qPrintable(path)) << path;
        }
    }
    QTest::newRow("invitations, default sort") << QStringLiteral("/invitations?status=open");
}

void TestKeysetPaging::keysetPagesEqualOffsetPagesInEverySort()
{
    // Many ties (role, machineCount) and NULLs (lastAccessAt, invitedBy):
    // pages of 3 cross every kind of boundary.
    QFETCH(QString, path);
    const QList<qint64> byOffset = offsetIds(path, 3);
    QVERIFY(byOffset.size() > 3);
    QCOMPARE(keysetIds(path, 3), byOffset);
}

void TestKeysetPaging::theLastPageHasNoNext()
{
    const QString path = QStringLiteral("/members?status=active");
    const qint64 total = m_demo.total(path);
    QVERIFY(total > 1);
    const HttpTestResponse whole = get(path + QStringLiteral("&size=%1").arg(total + 1));
    QVERIFY(whole.object().value(QLatin1String("next")).isNull());
    const HttpTestResponse search = get(path + QStringLiteral("&size=1&q=a"));
    QCOMPARE(search.items().size(), 1);
    QVERIFY(search.object().value(QLatin1String("next")).isNull()); // a search pages by offset
}

void TestKeysetPaging::badAfterIsRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("not a key") << QStringLiteral("after=zzz");
    QTest::newRow("another sort") << QStringLiteral("sort=email,asc&after=KEY");
    QTest::newRow("with page") << QStringLiteral("page=1&after=KEY");
    QTest::newRow("with a search") << QStringLiteral("q=ann&after=KEY");
    QTest::newRow("with changedSince") << QStringLiteral("changedSince=CURSOR&after=KEY");
    QTest::newRow("twice") << QStringLiteral("after=KEY&after=KEY");
    // A number where the sort's value is text.
    QTest::newRow("wrong value type")
        << QStringLiteral("after=") +
               QString::fromLatin1(
                   QByteArray(R"(["fullName,asc",5,1])")
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void TestKeysetPaging::badAfterIsRefused()
{
    QFETCH(QString, query);
    const HttpTestResponse first = get(QStringLiteral("/members?status=active&size=2"));
    const QJsonObject body = first.object();
    query.replace(QStringLiteral("KEY"), encode(body.value(QLatin1String("next")).toString()));
    query.replace(QStringLiteral("CURSOR"), encode(body.value(QLatin1String("cursor")).toString()));
    const HttpTestResponse response = get(QStringLiteral("/members?status=active&") + query);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.errorCode(), QStringLiteral("invalid_parameter"));
    QCOMPARE(response.object()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("details"))
                 .toObject()
                 .value(QLatin1String("parameter"))
                 .toString(),
             QStringLiteral("after"));
}

QTEST_GUILESS_MAIN(TestKeysetPaging)
#include "TestKeysetPaging.moc"
