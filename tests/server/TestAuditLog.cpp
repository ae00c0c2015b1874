// Reading the audit log as an admin does: every action the server records
// appears with the names of who did it and whom it concerned; the filters
// (action, actor, target, time, literal search) and cursor paging, over a log
// of more than 10,000 events; bad parameters are refused; the retention
// removes old events at start and on its timer, once, and says so in the
// log. Each function starts its own server (SQLite, or PostgreSQL as
// TestAuditLog_postgresql).
#include "DemoServer.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <memory>

namespace {

const QString Connection = QStringLiteral("audit-log");
const QString JoinerEmail = QStringLiteral("audit-joiner@example.net");
constexpr int BulkEvents = 10000;

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

qint64 id(const QJsonObject &object, const char *key = "id")
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

// Runs `statements` on the server's database beside the running server, as
// an operator or a second server would.
bool execute(ServerProcess &server, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = server.openDirect(Connection);
        ok = db.isOpen();
        if (!ok)
            qWarning("%s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(Connection);
    return ok;
}

qint64 scalar(ServerProcess &server, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = server.openDirect(Connection);
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            value = query.value(0).toLongLong();
        else
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(Connection);
    return value;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyActionAppearsWithItsNames();
    void filtersSelectWhatTheySay();
    void searchIsLiteralOverNamesAndAddresses();
    void namesStayAfterARename();
    void cursorPagesThroughTenThousandEvents();
    void badParametersAreRefused_data();
    void badParametersAreRefused();
    void retentionPrunesAtStartAndRecordsIt();
    void retentionOnItsTimerPrunesEachEventOnce();

private:
    /// GET …/audit-events?`query` as the Owner; fails the test on another status.
    HttpTestResponse events(const QString &query);
    /// Every event of …/audit-events?`query`, following nextCursor with `size`.
    QList<QJsonObject> walk(const QString &query, int size, int *pages = nullptr);
    /// The one event of `action` (the newest), as the Owner reads it.
    QJsonObject newest(const QString &action, const QString &extra = {});
    /// Inserts BulkEvents machine, invitation and role-change events of two
    /// actors straight into the table, three to a millisecond, from `startMs`.
    bool insertBulkEvents(qint64 startMs);

    std::unique_ptr<DemoServer> m_demo;
    QString m_owner;
    qint64 m_ownerId = 0;
};

void TestAuditLog::init()
{
    m_demo = std::make_unique<DemoServer>();
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
    m_owner = m_demo->ownerToken();
    m_ownerId = id(m_demo->member(DemoServer::OwnerEmail), "userId");
}

void TestAuditLog::cleanup()
{
    m_demo.reset();
}

HttpTestResponse TestAuditLog::events(const QString &query)
{
    HttpTestResponse response =
        m_demo->http().get(m_demo->org(QStringLiteral("/audit-events?") + query), m_owner);
    if (response.status != 200)
        qWarning("audit-events?%s: %s", qPrintable(query), response.describe().constData());
    return response;
}

QList<QJsonObject> TestAuditLog::walk(const QString &query, int size, int *pages)
{
    QList<QJsonObject> all;
    QString cursor;
    int count = 0;
    for (;;) {
        QString full = query + QStringLiteral("&size=%1").arg(size);
        if (!cursor.isEmpty())
            full +=
                QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const HttpTestResponse page = events(full);
        if (page.status != 200)
            return {};
        ++count;
        for (const QJsonValue &item : page.items())
            all.append(item.toObject());
        const QJsonValue next = page.object().value(QLatin1String("nextCursor"));
        if (next.isNull())
            break;
        cursor = next.toString();
        if (cursor.isEmpty() || count > 1000)
            return {};
    }
    if (pages)
        *pages = count;
    return all;
}

QJsonObject TestAuditLog::newest(const QString &action, const QString &extra)
{
    const HttpTestResponse page = events(QStringLiteral("size=1&action=") + action + extra);
    return page.items().isEmpty() ? QJsonObject() : page.items().first().toObject();
}

bool TestAuditLog::insertBulkEvents(qint64 startMs)
{
    const qint64 org = m_demo->orgId();
    const qint64 admin = id(m_demo->member(DemoServer::AdminEmail), "userId");
    // WITH … INSERT … SELECT is the same text on SQLite and PostgreSQL.
    return execute(
        m_demo->process(),
        {QStringLiteral(
             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
             " INSERT INTO audit_events (org_id, actor_id, actor_name, actor_email, action,"
             " target_type, target_id, target_label, target_user_id, target_name, target_email,"
             " details, created_at, search_key)"
             " SELECT %2, CASE WHEN i % 2 = 0 THEN %3 ELSE %4 END,"
             " CASE WHEN i % 2 = 0 THEN 'Amelia Hartmann' ELSE 'Bulk Admin' END,"
             " CASE WHEN i % 2 = 0 THEN 'owner@example.com' ELSE 'admin@example.com' END,"
             " CASE i % 3 WHEN 0 THEN 'machine.registered' WHEN 1 THEN 'invitation.created'"
             " ELSE 'member.role_changed' END,"
             " 'machine', i, 'bulk-' || i, NULL, NULL, NULL, '{}', %5 + (i / 3) * 1000,"
             " 'bulk-' || i"
             " FROM n")
             .arg(BulkEvents)
             .arg(org)
             .arg(m_ownerId)
             .arg(admin)
             .arg(startMs)});
}

void TestAuditLog::everyActionAppearsWithItsNames()
{
    // The demo organization's creation has no actor.
    const QJsonObject created = newest(QStringLiteral("organization.created"));
    QVERIFY(created.value(QLatin1String("actor")).isNull());
    QCOMPARE(str(obj(created, "target"), "label"), QStringLiteral("Katalon Demo Org"));
    QCOMPARE(obj(created, "details").value(QLatin1String("demo")).toBool(), true);

    // Invited, joined, machine, role change, resend, revoke, removal, ownership.
    const QJsonObject joined = m_demo->inviteAndAccept(JoinerEmail, QStringLiteral("Jana Joiner"),
                                                       {QStringLiteral("KSE")});
    QVERIFY(!joined.isEmpty());
    const qint64 joinerId = id(joined, "userId");
    QVERIFY_STATUS(
        m_demo->http().postJson(m_demo->org(QStringLiteral("/machines")),
                                {{QStringLiteral("machineId"), QStringLiteral("jana-laptop")}},
                                m_demo->token(JoinerEmail)),
        201);
    QVERIFY_STATUS(m_demo->http().postJson(m_demo->org(QStringLiteral("/members/change-role")),
                                           {{QStringLiteral("userIds"), QJsonArray{joinerId}},
                                            {QStringLiteral("role"), QStringLiteral("ADMIN")}},
                                           m_owner),
                   200);
    const qint64 pendingId = id(obj(m_demo->invite(QStringLiteral("audit-pending@example.net"),
                                                   m_owner, QStringLiteral("BILLING_MANAGER")),
                                    "invitation"));
    QVERIFY(pendingId > 0);
    QVERIFY_STATUS(m_demo->http().postJson(m_demo->org(QStringLiteral("/invitations/resend")),
                                           {{QStringLiteral("ids"), QJsonArray{pendingId}}},
                                           m_owner),
                   200);
    QVERIFY_STATUS(m_demo->http().postJson(m_demo->org(QStringLiteral("/invitations/revoke")),
                                           {{QStringLiteral("ids"), QJsonArray{pendingId}}},
                                           m_owner),
                   200);
    const qint64 memberId = id(m_demo->member(DemoServer::MemberEmail), "userId");
    QVERIFY_STATUS(m_demo->http().postJson(m_demo->org(QStringLiteral("/members/remove")),
                                           {{QStringLiteral("userIds"), QJsonArray{memberId}}},
                                           m_owner),
                   200);
    QVERIFY_STATUS(m_demo->http().postJson(m_demo->org(QStringLiteral("/ownership")),
                                           {{QStringLiteral("userId"), joinerId}}, m_owner),
                   200);

    const QJsonObject owner{{QStringLiteral("id"), m_ownerId},
                            {QStringLiteral("fullName"), QStringLiteral("Amelia Hartmann")},
                            {QStringLiteral("email"), DemoServer::OwnerEmail}};
    const QJsonObject jana{{QStringLiteral("id"), joinerId},
                           {QStringLiteral("fullName"), QStringLiteral("Jana Joiner")},
                           {QStringLiteral("email"), JoinerEmail}};

    const QJsonObject invited =
        newest(QStringLiteral("invitation.created"), QStringLiteral("&q=") + JoinerEmail);
    QCOMPARE(obj(invited, "actor"), owner);
    QCOMPARE(str(obj(invited, "target"), "label"), JoinerEmail);
    QCOMPARE(obj(invited, "details").value(QLatin1String("licenses")).toArray(),
             QJsonArray{QStringLiteral("KSE")});

    const QJsonObject accepted = newest(QStringLiteral("invitation.accepted"));
    QVERIFY(accepted.value(QLatin1String("actor")).isNull());
    QCOMPARE(obj(obj(accepted, "target"), "user"), jana);

    const QJsonObject machine = newest(QStringLiteral("machine.registered"));
    QCOMPARE(obj(machine, "actor"), jana);
    QCOMPARE(str(obj(machine, "target"), "label"), QStringLiteral("jana-laptop"));

    const QJsonObject roleChanged = newest(QStringLiteral("member.role_changed"));
    QCOMPARE(obj(roleChanged, "actor"), owner);
    QCOMPARE(obj(obj(roleChanged, "target"), "user"), jana);
    QCOMPARE(str(obj(roleChanged, "details"), "from"), QStringLiteral("MEMBER"));
    QCOMPARE(str(obj(roleChanged, "details"), "to"), QStringLiteral("ADMIN"));

    const QJsonObject resent = newest(QStringLiteral("invitation.resent"));
    QCOMPARE(obj(resent, "actor"), owner);
    QCOMPARE(str(obj(resent, "target"), "label"), QStringLiteral("audit-pending@example.net"));
    QVERIFY(!str(obj(resent, "details"), "expiresAt").isEmpty());

    const QJsonObject revoked = newest(QStringLiteral("invitation.revoked"));
    QCOMPARE(obj(revoked, "actor"), owner);
    QCOMPARE(id(obj(revoked, "target")), pendingId);

    const QJsonObject removed = newest(QStringLiteral("member.removed"));
    QCOMPARE(obj(removed, "actor"), owner);
    QCOMPARE(str(obj(obj(removed, "target"), "user"), "email"), DemoServer::MemberEmail);
    QCOMPARE(str(obj(removed, "details"), "role"), QStringLiteral("MEMBER"));
    QVERIFY(obj(removed, "details")
                .value(QLatin1String("teams"))
                .toArray()
                .contains(QStringLiteral("QA Automation")));

    const QJsonObject transferred = newest(QStringLiteral("ownership.transferred"));
    QCOMPARE(obj(transferred, "actor"), owner);
    QCOMPARE(obj(obj(transferred, "target"), "user"), jana);
    QCOMPARE(id(obj(transferred, "details"), "previousOwnerId"), m_ownerId);

    // Newest first: the transfer was the last thing that happened.
    const QJsonObject first = events(QStringLiteral("size=1")).items().first().toObject();
    QCOMPARE(first, transferred);
}

void TestAuditLog::filtersSelectWhatTheySay()
{
    QVERIFY(
        insertBulkEvents(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    const qint64 all = events(QStringLiteral("size=1")).total();
    QVERIFY(all > BulkEvents);

    // One action, two actions.
    const HttpTestResponse machines = events(QStringLiteral("action=machine.registered&size=1000"));
    QCOMPARE(machines.total(), qint64(BulkEvents / 3));
    for (const QJsonValue &event : machines.items())
        QCOMPARE(str(event.toObject(), "action"), QStringLiteral("machine.registered"));
    QCOMPARE(events(QStringLiteral("action=machine.registered&action=member.role_changed&size=1"))
                 .total(),
             qint64(BulkEvents / 3 + (BulkEvents + 1) / 3));

    // The actor: the Owner did the even ones (and nothing else in a fresh demo).
    const HttpTestResponse byOwner = events(QStringLiteral("actorId=%1&size=1000").arg(m_ownerId));
    QCOMPARE(byOwner.total(), qint64(BulkEvents / 2));
    for (const QJsonValue &event : byOwner.items())
        QCOMPARE(id(obj(event.toObject(), "actor")), m_ownerId);
    // Actor and action together.
    QCOMPARE(events(QStringLiteral("actorId=%1&action=machine.registered&size=1").arg(m_ownerId))
                 .total(),
             qint64(BulkEvents / 6));

    // A time range: from inclusive, to exclusive. Events 3…5 share 00:00:01.
    const HttpTestResponse second =
        events(QStringLiteral("from=2026-01-01T00:00:01Z&to=2026-01-01T00:00:02Z"));
    QCOMPARE(second.total(), qint64(3));
    QStringList labels;
    for (const QJsonValue &event : second.items())
        labels << str(obj(event.toObject(), "target"), "label");
    QCOMPARE(labels, (QStringList{QStringLiteral("bulk-5"), QStringLiteral("bulk-4"),
                                  QStringLiteral("bulk-3")}));
    // An offset in the query is the same instant.
    QCOMPARE(
        events(QStringLiteral("from=2026-01-01T01:00:01%2B01:00&to=2026-01-01T00:00:02Z")).total(),
        qint64(3));
    QCOMPARE(events(QStringLiteral("to=2026-01-01T00:00:01Z")).total(), qint64(2)); // 1 and 2

    // A person's history: the events that concern them.
    const QJsonObject joined = m_demo->inviteAndAccept(JoinerEmail, QStringLiteral("Jana Joiner"));
    const qint64 joinerId = id(joined, "userId");
    QVERIFY_STATUS(m_demo->http().postJson(m_demo->org(QStringLiteral("/members/change-role")),
                                           {{QStringLiteral("userIds"), QJsonArray{joinerId}},
                                            {QStringLiteral("role"), QStringLiteral("ADMIN")}},
                                           m_owner),
                   200);
    const HttpTestResponse history = events(QStringLiteral("targetUserId=%1").arg(joinerId));
    QCOMPARE(history.total(), qint64(2));
    QCOMPARE(str(history.items().at(0).toObject(), "action"),
             QStringLiteral("member.role_changed"));
    QCOMPARE(str(history.items().at(1).toObject(), "action"),
             QStringLiteral("invitation.accepted"));
    // Filters combine with AND.
    QCOMPARE(
        events(QStringLiteral("targetUserId=%1&action=invitation.accepted").arg(joinerId)).total(),
        qint64(1));
    QCOMPARE(
        events(QStringLiteral("targetUserId=%1&actorId=%2").arg(joinerId).arg(m_ownerId)).total(),
        qint64(1));
    // Another organization's log is its own.
    const HttpTestResponse other =
        m_demo->http().get(m_demo->api(QStringLiteral("/organizations/%1/audit-events?actorId=%2")
                                           .arg(m_demo->otherOrgId())
                                           .arg(m_ownerId)),
                           m_demo->token(DemoServer::OtherAdminEmail));
    QVERIFY_STATUS(other, 200);
    QCOMPARE(other.total(), qint64(0));
}

void TestAuditLog::searchIsLiteralOverNamesAndAddresses()
{
    QVERIFY(!m_demo
                 ->inviteAndAccept(QStringLiteral("zoe.literal@example.net"),
                                   QStringLiteral("Zoë 100% Łukasiewicz"))
                 .isEmpty());
    // Case and accents fold; the name and the address both count. The
    // invitation knew the address only; the accept knows the name too.
    const QList<QPair<QString, qint64>> queries{{QStringLiteral("zoe"), 2},
                                                {QStringLiteral("ZOË"), 2},
                                                {QStringLiteral("zoe.literal@"), 2},
                                                {QStringLiteral("lukasiewicz"), 1},
                                                {QStringLiteral("ŁUKASIEWICZ"), 1}};
    for (const auto &[query, total] : queries) {
        const HttpTestResponse found =
            events(QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(query)));
        QVERIFY2(found.total() == total, qPrintable(query));
    }
    // Literal: % and _ are characters, not patterns.
    QCOMPARE(events(QStringLiteral("q=100%25")).total(), qint64(1)); // the accept names her
    QCOMPARE(events(QStringLiteral("q=1_0")).total(), qint64(0));
    QCOMPARE(events(QStringLiteral("q=%25")).total(), qint64(1));
    // Not across fields: the end of a name and the start of an address.
    QCOMPARE(events(QStringLiteral("q=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("hartmann owner"))))
                 .total(),
             qint64(0));
}

void TestAuditLog::namesStayAfterARename()
{
    const QJsonObject joined = m_demo->inviteAndAccept(JoinerEmail, QStringLiteral("Jun Before"));
    const qint64 joinerId = id(joined, "userId");
    QVERIFY_STATUS(m_demo->http().postJson(m_demo->org(QStringLiteral("/members/remove")),
                                           {{QStringLiteral("userIds"), QJsonArray{joinerId}}},
                                           m_owner),
                   200);
    QVERIFY(
        execute(m_demo->process(), {QStringLiteral("UPDATE users SET full_name = 'Jun After',"
                                                   " email = 'jun.after@example.net' WHERE id = %1")
                                        .arg(joinerId)}));
    const HttpTestResponse history = events(QStringLiteral("targetUserId=%1").arg(joinerId));
    QCOMPARE(history.total(), qint64(2));
    for (const QJsonValue &event : history.items()) {
        const QJsonObject user = obj(obj(event.toObject(), "target"), "user");
        QCOMPARE(str(user, "fullName"), QStringLiteral("Jun Before"));
        QCOMPARE(str(user, "email"), JoinerEmail);
    }
    // The search finds the name the event holds, not today's.
    QCOMPARE(events(QStringLiteral("q=jun%20before")).total(), qint64(2));
    QCOMPARE(events(QStringLiteral("q=jun%20after")).total(), qint64(0));
}

void TestAuditLog::cursorPagesThroughTenThousandEvents()
{
    QVERIFY(
        insertBulkEvents(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    const qint64 total = events(QStringLiteral("size=1")).total();
    QVERIFY(total > BulkEvents);

    int pages = 0;
    const QList<QJsonObject> all = walk(QStringLiteral("x=1"), 1000, &pages);
    QCOMPARE(qint64(all.size()), total);
    QCOMPARE(pages, int((total + 999) / 1000));
    // Newest first, ties broken by id, each event once.
    QSet<qint64> seen;
    for (int i = 0; i < all.size(); ++i) {
        QVERIFY(!seen.contains(id(all.at(i))));
        seen.insert(id(all.at(i)));
        if (i > 0) {
            const QString before = str(all.at(i - 1), "createdAt");
            const QString now = str(all.at(i), "createdAt");
            QVERIFY2(before > now || (before == now && id(all.at(i - 1)) > id(all.at(i))),
                     qPrintable(QStringLiteral("event %1 out of order").arg(i)));
        }
    }
    // Small pages walk the same log.
    const QList<QJsonObject> small = walk(QStringLiteral("action=machine.registered"), 97);
    QCOMPARE(small.size(), BulkEvents / 3);
    QCOMPARE(str(small.last(), "action"), QStringLiteral("machine.registered"));

    // An event written while an admin pages does not shift the pages after it.
    const HttpTestResponse firstPage = events(QStringLiteral("size=100"));
    const QString cursor = firstPage.object().value(QLatin1String("nextCursor")).toString();
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(m_demo->invite(QStringLiteral("mid-walk@example.net"), m_owner)
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("invited"));
    const HttpTestResponse secondPage = events(
        QStringLiteral("size=100&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    QCOMPARE(secondPage.items().first().toObject(), all.at(100));
    QCOMPARE(secondPage.total(), total + 1);
    // The offset form still works and agrees.
    const HttpTestResponse byOffset = events(QStringLiteral("page=3&size=100"));
    QCOMPARE(byOffset.object().value(QLatin1String("page")).toInt(), 3);
    QCOMPARE(byOffset.items().first().toObject(), all.at(299));
}

void TestAuditLog::badParametersAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("unknown action") << "action=member.renamed"
                                    << "action";
    QTest::newRow("empty action") << "action="
                                  << "action";
    QTest::newRow("actor not an id") << "actorId=abc"
                                     << "actorId";
    QTest::newRow("actor zero") << "actorId=0"
                                << "actorId";
    QTest::newRow("actor twice") << "actorId=1&actorId=2"
                                 << "actorId";
    QTest::newRow("target negative") << "targetUserId=-3"
                                     << "targetUserId";
    QTest::newRow("from without zone") << "from=2026-01-01T00:00:00"
                                       << "from";
    QTest::newRow("from a date alone") << "from=2026-01-01"
                                       << "from";
    QTest::newRow("to not a time") << "to=yesterday"
                                   << "to";
    QTest::newRow("to before from") << "from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"
                                    << "to";
    QTest::newRow("size 0") << "size=0"
                            << "size";
    QTest::newRow("size 1001") << "size=1001"
                               << "size";
    QTest::newRow("cursor made up") << "cursor=bm90LWEtY3Vyc29y"
                                    << "cursor";
    QTest::newRow("cursor not base64") << "cursor=%24%24%24"
                                       << "cursor";
    QTest::newRow("page with cursor") << "page=1&cursor=MTcwMDAwMDAwMDAwMC4x"
                                      << "page";
}

void TestAuditLog::badParametersAreRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const HttpTestResponse response =
        m_demo->http().get(m_demo->org(QStringLiteral("/audit-events?") + query), m_owner);
    QVERIFY_STATUS(response, 400);
    QCOMPARE(response.errorCode(), QStringLiteral("invalid_parameter"));
    QCOMPARE(str(obj(obj(response.object(), "error"), "details"), "parameter"), parameter);
    QVERIFY(!str(obj(response.object(), "error"), "message").isEmpty());
    // The Member may not read the log at all, whatever the parameters.
    QVERIFY_STATUS(m_demo->http().get(m_demo->org(QStringLiteral("/audit-events?size=1")),
                                      m_demo->token(DemoServer::MemberEmail)),
                   403);
}

void TestAuditLog::retentionPrunesAtStartAndRecordsIt()
{
    // 10,000 events of January 2026 and the demo's own, today's.
    QVERIFY(
        insertBulkEvents(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    const qint64 before = events(QStringLiteral("size=1")).total();
    m_demo->stop();
    QVERIFY2(m_demo->start({QStringLiteral("--audit-retention-days"), QStringLiteral("30")}),
             qPrintable(m_demo->errorString()));
    m_owner = m_demo->ownerToken();

    // Only what is younger than 30 days is left, and the log says what went.
    const HttpTestResponse left = events(QStringLiteral("size=1000"));
    QCOMPARE(left.total(), before - BulkEvents + 1);
    const QJsonObject pruned = newest(QStringLiteral("audit.pruned"));
    QVERIFY(pruned.value(QLatin1String("actor")).isNull());
    QCOMPARE(str(obj(pruned, "target"), "type"), QStringLiteral("organization"));
    QCOMPARE(id(obj(pruned, "details"), "events"), qint64(BulkEvents));
    QCOMPARE(obj(pruned, "details").value(QLatin1String("retentionDays")).toInt(), 30);
    QVERIFY(m_demo->process().serverLog().contains(QStringLiteral("10000 events")));

    // A second start finds nothing to remove and records nothing.
    m_demo->stop();
    QVERIFY2(m_demo->start({QStringLiteral("--audit-retention-days"), QStringLiteral("30")}),
             qPrintable(m_demo->errorString()));
    m_owner = m_demo->ownerToken();
    QCOMPARE(events(QStringLiteral("action=audit.pruned")).total(), qint64(1));

    // Bad values are refused before anything is touched.
    ServerProcess bad;
    QVERIFY(!bad.start({QStringLiteral("--audit-retention-days"), QStringLiteral("-1")}));
    QVERIFY(bad.serverLog().contains(QStringLiteral("--audit-retention-days")));
}

void TestAuditLog::retentionOnItsTimerPrunesEachEventOnce()
{
    // Servers that prune every second: one on SQLite, three sharing the
    // database on PostgreSQL, all pruning at once.
    m_demo->stop();
    const QStringList retention{QStringLiteral("--audit-retention-days"), QStringLiteral("7"),
                                QStringLiteral("--audit-prune-interval"), QStringLiteral("1")};
    QVERIFY2(m_demo->start(retention), qPrintable(m_demo->errorString()));
    m_owner = m_demo->ownerToken();
    std::vector<std::unique_ptr<ServerProcess>> others;
    if (ServerProcess::usesPostgreSql()) {
        for (int i = 0; i < 2; ++i) {
            auto other = std::make_unique<ServerProcess>();
            other->shareDatabaseOf(m_demo->process());
            QVERIFY2(other->start(retention + QStringList{QStringLiteral("--secret-file"),
                                                          m_demo->process().secretPath()}),
                     qPrintable(other->errorString()));
            others.push_back(std::move(other));
        }
    }
    QCOMPARE(events(QStringLiteral("action=audit.pruned")).total(), qint64(0));

    // The events age while the servers run.
    QVERIFY(insertBulkEvents(QDateTime::currentDateTimeUtc().addDays(-30).toMSecsSinceEpoch()));
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(m_demo->process(), QStringLiteral("SELECT count(*) FROM audit_events"
                                                 " WHERE action = 'audit.pruned'")),
        qint64(1), 15000);
    QTest::qWait(2500); // more ticks of every server
    const HttpTestResponse pruned = events(QStringLiteral("action=audit.pruned"));
    QCOMPARE(pruned.total(), qint64(1));
    QCOMPARE(id(obj(pruned.items().first().toObject(), "details"), "events"), qint64(BulkEvents));
    QCOMPARE(events(QStringLiteral("q=bulk-")).total(), qint64(0));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
