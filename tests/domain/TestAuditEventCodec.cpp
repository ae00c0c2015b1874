// The audit log's codec and query: every action's details go to JSON and
// back unchanged, with only that action's keys; an action or key from a newer
// server is kept, not dropped; wrong types are refused; the URL query the app
// writes is the one the server reads.
#include "AuditEventQuery.h"
#include "JsonCodec.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

namespace {

AuditEvent sample(AuditAction action)
{
    AuditEvent event;
    event.id = 41;
    event.organizationId = 1;
    event.actor = {7, QStringLiteral("Amelia Hartmann"), QStringLiteral("owner@example.com")};
    event.action = action;
    event.target = {AuditTargetType::User,
                    12,
                    QStringLiteral("jana@example.net"),
                    {12, QStringLiteral("Jana Nováková"), QStringLiteral("jana@example.net")}};
    event.createdAt = QDateTime(QDate(2026, 11, 29), QTime(6, 40), Qt::UTC);
    AuditDetails &d = event.details;
    switch (action) {
    case AuditAction::OrganizationCreated:
        d.demo = true;
        d.activeMembers = 300;
        d.removedMembers = 60;
        break;
    case AuditAction::InvitationCreated:
        d.role = Role::BillingManager;
        d.licenses = {QStringLiteral("KSE"), QStringLiteral("KRE")};
        break;
    case AuditAction::InvitationRevoked:
        d.superseded = true;
        break;
    case AuditAction::InvitationResent:
        d.expiresAt = event.createdAt.addDays(1);
        break;
    case AuditAction::InvitationAccepted:
        d.userId = 12;
        d.role = Role::Member;
        d.licenses = {QStringLiteral("KSE")};
        break;
    case AuditAction::MemberRemoved:
        d.role = Role::Admin;
        d.releasedMachines = 2;
        d.releasedLicenses = {QStringLiteral("KRE")};
        d.teams = {QStringLiteral("QA Automation")};
        d.revokedInvitations = {5, 9};
        break;
    case AuditAction::MemberRoleChanged:
        d.fromRole = Role::Member;
        d.toRole = Role::BillingManager;
        d.removedFromTeams = {QStringLiteral("QA Automation")};
        break;
    case AuditAction::MemberLicensesChanged:
        d.addedLicenses = {QStringLiteral("KSE")};
        d.removedLicenses = {QStringLiteral("KRE")};
        d.licenses = {QStringLiteral("KSE")};
        break;
    case AuditAction::OwnershipTransferred:
        d.previousOwnerId = 7;
        d.previousRoleOfNewOwner = Role::Admin;
        break;
    case AuditAction::AuditPruned:
        d.prunedBefore = event.createdAt.addDays(-30);
        d.prunedEvents = 10000;
        d.retentionDays = 30;
        break;
    case AuditAction::MachineRegistered:
    case AuditAction::TokenCreated:
    case AuditAction::Unknown:
        break;
    }
    return event;
}

void compareDetails(const AuditDetails &a, const AuditDetails &b)
{
    QCOMPARE(a.demo, b.demo);
    QCOMPARE(a.activeMembers, b.activeMembers);
    QCOMPARE(a.removedMembers, b.removedMembers);
    QCOMPARE(a.role, b.role);
    QCOMPARE(a.licenses, b.licenses);
    QCOMPARE(a.superseded, b.superseded);
    QCOMPARE(a.expiresAt, b.expiresAt);
    QCOMPARE(a.userId, b.userId);
    QCOMPARE(a.releasedMachines, b.releasedMachines);
    QCOMPARE(a.releasedLicenses, b.releasedLicenses);
    QCOMPARE(a.teams, b.teams);
    QCOMPARE(a.revokedInvitations, b.revokedInvitations);
    QCOMPARE(a.fromRole, b.fromRole);
    QCOMPARE(a.toRole, b.toRole);
    QCOMPARE(a.removedFromTeams, b.removedFromTeams);
    QCOMPARE(a.addedLicenses, b.addedLicenses);
    QCOMPARE(a.removedLicenses, b.removedLicenses);
    QCOMPARE(a.previousOwnerId, b.previousOwnerId);
    QCOMPARE(a.previousRoleOfNewOwner, b.previousRoleOfNewOwner);
    QCOMPARE(a.prunedBefore, b.prunedBefore);
    QCOMPARE(a.prunedEvents, b.prunedEvents);
    QCOMPARE(a.retentionDays, b.retentionDays);
}

} // namespace

class TestAuditEventCodec : public QObject
{
    Q_OBJECT

private slots:
    void everyActionHasOneName();
    void eventsRoundTrip_data();
    void eventsRoundTrip();
    void detailsCarryOnlyTheirActionsKeys();
    void unknownActionIsKeptByName();
    void wrongTypesAreRefused_data();
    void wrongTypesAreRefused();
    void pageRoundTrip();
    void queryRoundTrip();
    void queryReadsRepeatedActions();
};

void TestAuditEventCodec::everyActionHasOneName()
{
    QSet<QString> names;
    for (AuditAction action : JsonCodec::auditActions()) {
        const QString name = JsonCodec::actionName(action);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QCOMPARE(JsonCodec::auditActionFromName(name), std::optional<AuditAction>(action));
    }
    QCOMPARE(names.size(), int(AuditAction::Unknown));
    QVERIFY(!JsonCodec::auditActionFromName(u"member.renamed"));
    QVERIFY(!JsonCodec::auditActionFromName(u"MEMBER.REMOVED"));
}

void TestAuditEventCodec::eventsRoundTrip_data()
{
    QTest::addColumn<int>("action");
    for (AuditAction action : JsonCodec::auditActions())
        QTest::newRow(qPrintable(JsonCodec::actionName(action))) << int(action);
}

void TestAuditEventCodec::eventsRoundTrip()
{
    QFETCH(int, action);
    const AuditEvent event = sample(AuditAction(action));
    const QJsonObject json = JsonCodec::toJson(event);
    const auto back = JsonCodec::auditEventFromJson(json);
    QVERIFY(back);
    QCOMPARE(back->id, event.id);
    QCOMPARE(back->action, event.action);
    QVERIFY(back->actionName.isEmpty());
    QCOMPARE(back->actor.userId, event.actor.userId);
    QCOMPARE(back->actor.fullName, event.actor.fullName);
    QCOMPARE(back->target.type, event.target.type);
    QCOMPARE(back->target.label, event.target.label);
    QCOMPARE(back->target.user.fullName, event.target.user.fullName);
    QCOMPARE(back->createdAt, event.createdAt);
    compareDetails(back->details, event.details);
    QCOMPARE(JsonCodec::toJson(*back), json);
}

void TestAuditEventCodec::detailsCarryOnlyTheirActionsKeys()
{
    AuditDetails everything = sample(AuditAction::MemberRemoved).details;
    everything.licenses = {QStringLiteral("KSE")};
    everything.previousOwnerId = 3;
    const QJsonObject removed = JsonCodec::toJson(everything, AuditAction::MemberRemoved);
    QCOMPARE(removed.keys(),
             (QStringList{QStringLiteral("releasedLicenses"), QStringLiteral("releasedMachines"),
                          QStringLiteral("revokedInvitations"), QStringLiteral("role"),
                          QStringLiteral("teams")}));
    QCOMPARE(removed.value(QLatin1String("role")).toString(), QStringLiteral("ADMIN"));
    QCOMPARE(removed.value(QLatin1String("revokedInvitations")).toArray(), (QJsonArray{5, 9}));
    QVERIFY(JsonCodec::toJson(everything, AuditAction::MachineRegistered).isEmpty());
    // A revoke by an admin says nothing; one by a new invitation says why.
    QVERIFY(JsonCodec::toJson(AuditDetails{}, AuditAction::InvitationRevoked).isEmpty());
    AuditDetails superseded;
    superseded.superseded = true;
    QCOMPARE(JsonCodec::toJson(superseded, AuditAction::InvitationRevoked),
             (QJsonObject{{QStringLiteral("reason"), QStringLiteral("superseded")}}));
}

void TestAuditEventCodec::unknownActionIsKeptByName()
{
    QJsonObject json = JsonCodec::toJson(sample(AuditAction::MemberRemoved));
    json.insert(QStringLiteral("action"), QStringLiteral("license.assigned"));
    QJsonObject details = json.value(QLatin1String("details")).toObject();
    details.insert(QStringLiteral("product"), QStringLiteral("KSE")); // a key of a newer server
    json.insert(QStringLiteral("details"), details);
    const auto event = JsonCodec::auditEventFromJson(json);
    QVERIFY(event);
    QCOMPARE(event->action, AuditAction::Unknown);
    QCOMPARE(event->actionName, QStringLiteral("license.assigned"));
    QCOMPARE(JsonCodec::toJson(*event).value(QLatin1String("action")).toString(),
             QStringLiteral("license.assigned"));
    QCOMPARE(event->details.role, std::optional<Role>(Role::Admin));
}

void TestAuditEventCodec::wrongTypesAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("id as text") << "id" << QJsonValue(QStringLiteral("41"));
    QTest::newRow("action as number") << "action" << QJsonValue(3);
    QTest::newRow("actor as text") << "actor" << QJsonValue(QStringLiteral("Amelia"));
    QTest::newRow("details as array") << "details" << QJsonValue(QJsonArray{});
    QTest::newRow("unknown role") << "details.role" << QJsonValue(QStringLiteral("KING"));
    QTest::newRow("licenses as text") << "details.licenses" << QJsonValue(QStringLiteral("KSE"));
    QTest::newRow("machines as text")
        << "details.releasedMachines" << QJsonValue(QStringLiteral("2"));
    QTest::newRow("expiry not a time") << "details.expiresAt" << QJsonValue(QStringLiteral("soon"));
    QTest::newRow("revoked ids as text")
        << "details.revokedInvitations" << QJsonValue(QJsonArray{QStringLiteral("5")});
    QTest::newRow("demo as number") << "details.demo" << QJsonValue(1);
}

void TestAuditEventCodec::wrongTypesAreRefused()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = JsonCodec::toJson(sample(AuditAction::MemberRemoved));
    if (key.startsWith(QLatin1String("details."))) {
        QJsonObject details = json.value(QLatin1String("details")).toObject();
        details.insert(key.mid(8), value);
        json.insert(QStringLiteral("details"), details);
    } else {
        json.insert(key, value);
    }
    QVERIFY(!JsonCodec::auditEventFromJson(json));
}

void TestAuditEventCodec::pageRoundTrip()
{
    AuditEventPage page;
    page.items = {sample(AuditAction::InvitationCreated), sample(AuditAction::AuditPruned)};
    page.total = 10234;
    page.size = 2;
    page.nextCursor = QStringLiteral("MTc2NDQwMDAwMDAwMC40MQ");
    const QJsonObject json = JsonCodec::toJson(page);
    const auto back = JsonCodec::auditEventPageFromJson(json);
    QVERIFY(back);
    QCOMPARE(back->items.size(), 2);
    QCOMPARE(back->total, page.total);
    QCOMPARE(back->nextCursor, page.nextCursor);
    // The last page: nextCursor is null.
    page.nextCursor.clear();
    QVERIFY(JsonCodec::toJson(page).value(QLatin1String("nextCursor")).isNull());
    QVERIFY(JsonCodec::auditEventPageFromJson(JsonCodec::toJson(page))->nextCursor.isEmpty());
    QVERIFY(!JsonCodec::auditEventPageFromJson({{QStringLiteral("items"), 3}}));
}

void TestAuditEventCodec::queryRoundTrip()
{
    AuditEventQuery query;
    query.actions = {AuditAction::MemberRemoved, AuditAction::MemberRoleChanged};
    query.actorId = 7;
    query.targetUserId = 12;
    query.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    query.to = QDateTime(QDate(2026, 12, 1), QTime(0, 0, 0, 500), Qt::UTC);
    query.search = QStringLiteral("R&D + 100% José");
    query.cursor = QStringLiteral("MTc2NDQwMDAwMDAwMC40MQ");
    query.size = 200;
    // Through a URL and back, as the app sends it and the server reads it.
    QUrl url(QStringLiteral("http://127.0.0.1/api/v1/organizations/1/audit-events"));
    url.setQuery(query.toUrlQuery());
    const QUrl received(url.toString(QUrl::FullyEncoded));
    AuditEventQuery::Error error;
    const auto back = AuditEventQuery::fromUrlQuery(QUrlQuery(received), &error);
    QVERIFY2(back, qPrintable(error.parameter + QLatin1String(": ") + error.message));
    QCOMPARE(back->actions, query.actions);
    QCOMPARE(back->actorId, query.actorId);
    QCOMPARE(back->targetUserId, query.targetUserId);
    QCOMPARE(back->from, query.from);
    QCOMPARE(back->to, query.to);
    QCOMPARE(back->search, query.search);
    QCOMPARE(back->cursor, query.cursor);
    QCOMPARE(back->size, query.size);
    QCOMPARE(back->page, -1);
    // Nothing set: the size alone.
    QCOMPARE(AuditEventQuery().toUrlQuery().toString(), QStringLiteral("size=50"));
}

void TestAuditEventCodec::queryReadsRepeatedActions()
{
    AuditEventQuery::Error error;
    const auto query = AuditEventQuery::fromUrlQuery(
        QUrlQuery(
            QStringLiteral("action=member.removed&action=audit.pruned&action=member.removed")),
        &error);
    QVERIFY(query);
    QCOMPARE(query->actions,
             (QList<AuditAction>{AuditAction::MemberRemoved, AuditAction::AuditPruned}));
    QVERIFY(!AuditEventQuery::fromUrlQuery(QUrlQuery(QStringLiteral("size=50&size=60")), &error));
    QCOMPARE(error.parameter, QStringLiteral("size"));
}

QTEST_GUILESS_MAIN(TestAuditEventCodec)
#include "TestAuditEventCodec.moc"
