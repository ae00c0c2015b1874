// ApiClient::auditEvents against the real server: typed events page by page
// through the cursor to the end, the filters reach the server as the admin
// typed them (a search for "R&D + 100%" is literal), and refusals arrive as
// errors with their status and code.
#include "ClientTestHelpers.h"
#include "DemoServer.h"

#include <ApiClient.h>

#include <QSet>
#include <QTest>

class TestApiClientAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void pagesThroughTheWholeLog();
    void eventsAreTyped();
    void filtersReachTheServerAsTyped();
    void refusalsAreErrors();

private:
    std::unique_ptr<ApiClient> client(const QString &token);
    std::optional<ApiResult<AuditEventPage>> page(ApiClient &api, const AuditEventQuery &query);

    DemoServer m_demo;
    QString m_owner;
    qint64 m_joinerId = 0;
};

void TestApiClientAuditLog::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_owner = m_demo.ownerToken();
    // Some history: five invitations, one of them accepted by a person whose
    // name holds characters a URL query treats specially; then a role change.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_demo.invite(QStringLiteral("client-log-%1@example.net").arg(i), m_owner)
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("invited"));
    const QJsonObject joined =
        m_demo.inviteAndAccept(QStringLiteral("rd@example.net"),
                               QStringLiteral("Dana R&D + 100% Åström"), {QStringLiteral("KSE")});
    QVERIFY(!joined.isEmpty());
    m_joinerId = qint64(joined.value(QLatin1String("userId")).toDouble());
    QVERIFY_STATUS(
        m_demo.post(QStringLiteral("/organizations/%1/members/change-role").arg(m_demo.orgId()),
                    {{QStringLiteral("userIds"), QJsonArray{m_joinerId}},
                     {QStringLiteral("role"), QStringLiteral("BILLING_MANAGER")}},
                    m_owner),
        200);
}

void TestApiClientAuditLog::cleanupTestCase()
{
    m_demo.stop();
}

std::unique_ptr<ApiClient> TestApiClientAuditLog::client(const QString &token)
{
    auto api = std::make_unique<ApiClient>();
    api->setBaseUrl(m_demo.process().baseUrl());
    api->setToken(token);
    return api;
}

std::optional<ApiResult<AuditEventPage>> TestApiClientAuditLog::page(ApiClient &api,
                                                                     const AuditEventQuery &query)
{
    return awaitResult<AuditEventPage>(
        [&](auto done) { api.auditEvents(m_demo.orgId(), query, this, done); });
}

void TestApiClientAuditLog::pagesThroughTheWholeLog()
{
    auto api = client(m_owner);
    AuditEventQuery query;
    query.size = 2;
    QList<AuditEvent> all;
    qint64 total = -1;
    int pages = 0;
    do {
        const auto result = page(*api, query);
        QVERIFY(result && result->ok());
        total = result->value().total;
        QVERIFY(result->value().items.size() <= 2);
        all += result->value().items;
        query.cursor = result->value().nextCursor;
        QVERIFY(++pages < 100);
    } while (!query.cursor.isEmpty());
    // created ×5, accepted, role change, and the demo organization's creation.
    QCOMPARE(total, qint64(8));
    QCOMPARE(all.size(), 8);
    QCOMPARE(pages, 4);
    QSet<qint64> ids;
    for (const AuditEvent &event : std::as_const(all))
        ids.insert(event.id);
    QCOMPARE(ids.size(), 8);
    QCOMPARE(all.first().action, AuditAction::MemberRoleChanged);
    QCOMPARE(all.last().action, AuditAction::OrganizationCreated);
}

void TestApiClientAuditLog::eventsAreTyped()
{
    auto api = client(m_owner);
    AuditEventQuery query;
    query.targetUserId = m_joinerId;
    const auto result = page(*api, query);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().items.size(), 2);
    const AuditEvent &changed = result->value().items.at(0);
    QCOMPARE(changed.action, AuditAction::MemberRoleChanged);
    QCOMPARE(changed.actor.fullName, QStringLiteral("Amelia Hartmann"));
    QCOMPARE(changed.actor.email, DemoServer::OwnerEmail);
    QCOMPARE(changed.target.type, AuditTargetType::User);
    QCOMPARE(changed.target.user.fullName, QStringLiteral("Dana R&D + 100% Åström"));
    QCOMPARE(changed.details.fromRole, std::optional<Role>(Role::Member));
    QCOMPARE(changed.details.toRole, std::optional<Role>(Role::BillingManager));
    QVERIFY(changed.createdAt.isValid());
    const AuditEvent &accepted = result->value().items.at(1);
    QCOMPARE(accepted.action, AuditAction::InvitationAccepted);
    QVERIFY(accepted.actor.isNull());
    QCOMPARE(accepted.target.type, AuditTargetType::Invitation);
    QCOMPARE(accepted.target.label, QStringLiteral("rd@example.net"));
    QCOMPARE(accepted.details.licenses, QStringList{QStringLiteral("KSE")});
    QCOMPARE(accepted.details.userId, m_joinerId);
    QVERIFY(result->value().nextCursor.isEmpty());
}

void TestApiClientAuditLog::filtersReachTheServerAsTyped()
{
    auto api = client(m_owner);
    AuditEventQuery query;
    query.search = QStringLiteral("R&D + 100%");
    auto result = page(*api, query);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().total, qint64(2)); // accepted, role change
    query.search = QStringLiteral("astrom");    // accents fold
    result = page(*api, query);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().total, qint64(2));

    query = {};
    query.actions = {AuditAction::InvitationCreated, AuditAction::OrganizationCreated};
    result = page(*api, query);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().total, qint64(6));

    // A range that ends before everything, and one from a minute ago.
    query = {};
    query.to = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    result = page(*api, query);
    QVERIFY(result && result->ok());
    QCOMPARE(result->value().total, qint64(0));
    query = {};
    query.from = QDateTime::currentDateTimeUtc().addSecs(-60);
    result = page(*api, query);
    QVERIFY(result && result->ok());
    QVERIFY(result->value().total >= 7);
}

void TestApiClientAuditLog::refusalsAreErrors()
{
    auto member = client(m_demo.token(DemoServer::MemberEmail));
    auto result = page(*member, {});
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().httpStatus, 403);

    auto owner = client(m_owner);
    AuditEventQuery query;
    query.cursor = QStringLiteral("not-a-cursor");
    result = page(*owner, query);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().httpStatus, 400);
    QCOMPARE(result->error().apiCode, QStringLiteral("invalid_parameter"));
}

QTEST_GUILESS_MAIN(TestApiClientAuditLog)
#include "TestApiClientAuditLog.moc"
