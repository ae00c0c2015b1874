// The permission matrix (domain/Permissions.h, server/README.md) over real
// HTTP: every route of docs/openapi.json against Owner, Admin, Billing
// Manager, Member, a removed member, no token, a bad token and another
// organization's Admin, with the status each must get. Rows are ordered so
// that an allowed mutation (run first by the Owner) leaves the next rows an
// idempotent repeat, so one server serves all.
#include "DemoServer.h"

#include <QJsonArray>
#include <QTest>

namespace {

enum Actor
{
    Owner,
    Admin,
    BillingManager,
    Member,
    Removed,
    NoToken,
    BadToken,
    OtherAdmin,
    ActorCount
};

const char *actorName(int actor)
{
    static const char *names[] = {"owner",   "admin",    "billing-manager", "member",
                                  "removed", "no-token", "bad-token",       "other-org-admin"};
    return names[actor];
}

qint64 id(const QJsonObject &object, const char *key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Refused as a whole (403) or item by item ("error" with "forbidden"): both
// are what docs/openapi.json allows for a rule that depends on the target.
bool refusedAsForbidden(const HttpTestResponse &response)
{
    if (response.status == 403)
        return true;
    if (response.status != 200 || response.results().isEmpty())
        return false;
    for (const QJsonValue &value : response.results()) {
        const QJsonObject result = value.toObject();
        if (str(result, "status") != QLatin1String("error") ||
            str(result.value(QLatin1String("error")).toObject(), "code") !=
                QLatin1String("forbidden"))
            return false;
    }
    return true;
}

} // namespace

Q_DECLARE_METATYPE(Actor)

class TestServerPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void routeAnswersEachActor_data();
    void routeAnswersEachActor();

    void adminMayNotInviteAnAdmin();
    void adminMayNotRemoveAnAdmin();
    void adminMayNotGrantOrTakeAwayAdmin();
    void adminMayNotRevokeOrResendAnAdminInvitation();
    void linksAreShownOnlyToWhoMayManageTheInvitation();
    void nobodyRemovesThemselvesOrChangesOwnRole();
    void theOwnerCannotBeRemovedOrChanged();
    void otherOrganizationsAdminManagesOnlyItsOwn();
    void unknownOrganizationIsNotFound();
    void membersSeeOnlyTheirOwnMachines();

    void onlyTheOwnerTransfersOwnership_data();
    void onlyTheOwnerTransfersOwnership();

private:
    QString tokenOf(Actor actor);
    QString expandPath(const QString &path);

    DemoServer m_demo;
    QString m_tokens[ActorCount];
    qint64 m_removeTarget = 0;
    qint64 m_roleTarget = 0;
    qint64 m_revokeTarget = 0;
    qint64 m_resendTarget = 0;
    qint64 m_transferTarget = 0;
    qint64 m_adminInvitation = 0;
};

void TestServerPermissions::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_tokens[Owner] = m_demo.ownerToken();
    m_tokens[Admin] = m_demo.token(DemoServer::AdminEmail);
    m_tokens[BillingManager] = m_demo.token(DemoServer::BillingEmail);
    m_tokens[Member] = m_demo.token(DemoServer::MemberEmail);
    m_tokens[OtherAdmin] = m_demo.token(DemoServer::OtherAdminEmail);
    m_tokens[BadToken] = QStringLiteral("not-a-real-token-0123456789abcdef");
    for (Actor actor : {Owner, Admin, BillingManager, Member, OtherAdmin})
        QVERIFY2(!m_tokens[actor].isEmpty(), actorName(actor));

    // A member who had a token and was then removed.
    const QJsonObject removed = m_demo.inviteAndAccept(QStringLiteral("perm-removed@example.net"),
                                                       QStringLiteral("Perm Removed"));
    QVERIFY(!removed.isEmpty());
    m_tokens[Removed] = m_demo.token(QStringLiteral("perm-removed@example.net"));
    QVERIFY(!m_tokens[Removed].isEmpty());
    const HttpTestResponse removal = m_demo.http().postJson(
        m_demo.org(QStringLiteral("/members/remove")),
        {{QStringLiteral("userIds"), QJsonArray{id(removed, "userId")}}}, m_tokens[Owner]);
    QCOMPARE(str(removal.results().first().toObject(), "status"), QStringLiteral("removed"));

    // Targets that allowed rows act on; a repeat answers 200 again (idempotent).
    m_removeTarget = id(m_demo.inviteAndAccept(QStringLiteral("perm-target-remove@example.net"),
                                               QStringLiteral("Perm Remove")),
                        "userId");
    m_roleTarget = id(m_demo.inviteAndAccept(QStringLiteral("perm-target-role@example.net"),
                                             QStringLiteral("Perm Role")),
                      "userId");
    m_transferTarget = id(m_demo.inviteAndAccept(QStringLiteral("perm-target-owner@example.net"),
                                                 QStringLiteral("Perm Owner")),
                          "userId");
    m_revokeTarget = id(m_demo.invite(QStringLiteral("perm-revoke@example.net"), m_tokens[Owner])
                            .value(QLatin1String("invitation"))
                            .toObject(),
                        "id");
    m_resendTarget = id(m_demo.invite(QStringLiteral("perm-resend@example.net"), m_tokens[Owner])
                            .value(QLatin1String("invitation"))
                            .toObject(),
                        "id");
    m_adminInvitation = id(m_demo
                               .invite(QStringLiteral("perm-admin-invite@example.net"),
                                       m_tokens[Owner], QStringLiteral("ADMIN"))
                               .value(QLatin1String("invitation"))
                               .toObject(),
                           "id");
    QVERIFY(m_removeTarget > 0 && m_roleTarget > 0 && m_transferTarget > 0);
    QVERIFY(m_revokeTarget > 0 && m_resendTarget > 0 && m_adminInvitation > 0);
}

QString TestServerPermissions::tokenOf(Actor actor)
{
    return m_tokens[actor];
}

QString TestServerPermissions::expandPath(const QString &path)
{
    QString expanded = path;
    expanded.replace(QLatin1String("{org}"), QString::number(m_demo.orgId()));
    expanded.replace(QLatin1String("{memberId}"),
                     QString::number(id(m_demo.member(DemoServer::MemberEmail), "userId")));
    return expanded;
}

void TestServerPermissions::routeAnswersEachActor_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("expected");

    struct Route
    {
        const char *name;
        QByteArray method;
        QString path;
        QString body;
        // Expected status for Owner, Admin, Billing Manager, Member, removed,
        // no token, bad token, other organization's Admin.
        int expected[ActorCount];
    };
    const int OK = 200;
    const int CREATED = 201;
    // Owner/Admin only: the User Management routes.
    const int manage[ActorCount] = {OK, OK, 403, 403, 403, 401, 401, 403};
    const Route routes[] = {
        {"health", "GET", QStringLiteral("/health"), {}, {OK, OK, OK, OK, OK, OK, OK, OK}},
        {"me", "GET", QStringLiteral("/me"), {}, {OK, OK, OK, OK, OK, 401, 401, OK}},
        {"organization",
         "GET",
         QStringLiteral("/organizations/{org}"),
         {},
         {OK, OK, OK, OK, 403, 401, 401, 403}},
        {"members", "GET", QStringLiteral("/organizations/{org}/members"), {}, {}},
        {"removed-members",
         "GET",
         QStringLiteral("/organizations/{org}/members?status=removed"),
         {},
         {}},
        {"invitations", "GET", QStringLiteral("/organizations/{org}/invitations"), {}, {}},
        {"invite",
         "POST",
         QStringLiteral("/organizations/{org}/invitations"),
         QStringLiteral("{\"emails\":[\"perm-invite-%actor%@example.net\"],\"role\":\"MEMBER\","
                        "\"licenses\":[]}"),
         {}},
        {"revoke",
         "POST",
         QStringLiteral("/organizations/{org}/invitations/revoke"),
         QStringLiteral("{\"ids\":[%revoke%]}"),
         {}},
        {"resend",
         "POST",
         QStringLiteral("/organizations/{org}/invitations/resend"),
         QStringLiteral("{\"ids\":[%resend%]}"),
         {}},
        {"remove",
         "POST",
         QStringLiteral("/organizations/{org}/members/remove"),
         QStringLiteral("{\"userIds\":[%remove%]}"),
         {}},
        {"change-role",
         "POST",
         QStringLiteral("/organizations/{org}/members/change-role"),
         QStringLiteral(
             "{\"userIds\":[%role%],\"role\":\"BILLING_MANAGER\",\"removeFromTeams\":false}"),
         {}},
        {"teams", "GET", QStringLiteral("/organizations/{org}/teams"), {}, {}},
        // Everyone sees their own machines; Owner and Admin see all (checked in TestServerRoutes).
        {"machines",
         "GET",
         QStringLiteral("/organizations/{org}/machines"),
         {},
         {OK, OK, OK, OK, 403, 401, 401, 403}},
        {"audit-events", "GET", QStringLiteral("/organizations/{org}/audit-events"), {}, {}},
        {"register-machine",
         "POST",
         QStringLiteral("/organizations/{org}/machines"),
         QStringLiteral("{\"machineId\":\"perm-machine-%actor%\"}"),
         {CREATED, CREATED, CREATED, CREATED, 403, 401, 401, 403}},
        {"public-invitation",
         "GET",
         QStringLiteral("/invitations/%link%"),
         {},
         {OK, OK, OK, OK, OK, OK, OK, OK}},
        {"accept",
         "POST",
         QStringLiteral("/invitations/%newlink%/accept"),
         QStringLiteral("{\"fullName\":\"Perm Accept %actor%\"}"),
         {OK, OK, OK, OK, OK, OK, OK, OK}},
        {"join-page",
         "GET",
         QStringLiteral("/join?token=%link%"),
         {},
         {OK, OK, OK, OK, OK, OK, OK, OK}},
        {"join-form",
         "POST",
         QStringLiteral("/join"),
         QStringLiteral("token=%newlink%&fullName=Perm+Join"),
         {OK, OK, OK, OK, OK, OK, OK, OK}},
    };
    for (const Route &route : routes) {
        const bool isManageRoute = route.expected[0] == 0;
        for (int actor = 0; actor < ActorCount; ++actor) {
            const int expected = isManageRoute ? manage[actor] : route.expected[actor];
            QTest::addRow("%s/%s", route.name, actorName(actor))
                << Actor(actor) << route.method << route.path << route.body << expected;
        }
    }
}

void TestServerPermissions::routeAnswersEachActor()
{
    QFETCH(Actor, actor);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(int, expected);

    auto fill = [&](QString text) {
        text.replace(QLatin1String("%actor%"), QString::fromLatin1(actorName(actor)));
        text.replace(QLatin1String("%revoke%"), QString::number(m_revokeTarget));
        text.replace(QLatin1String("%resend%"), QString::number(m_resendTarget));
        text.replace(QLatin1String("%remove%"), QString::number(m_removeTarget));
        text.replace(QLatin1String("%role%"), QString::number(m_roleTarget));
        if (text.contains(QLatin1String("%link%")) || text.contains(QLatin1String("%newlink%"))) {
            // A fresh invitation per row, so that accepting is never a repeat.
            const QJsonObject invitation =
                m_demo
                    .invite(QStringLiteral("perm-link-%1-%2@example.net")
                                .arg(QString::fromLatin1(QTest::currentDataTag())
                                         .replace(QLatin1Char('/'), QLatin1Char('.')))
                                .arg(QDateTime::currentMSecsSinceEpoch()),
                            m_tokens[Owner])
                    .value(QLatin1String("invitation"))
                    .toObject();
            const QString token = DemoServer::linkToken(str(invitation, "activationUrl"));
            text.replace(QLatin1String("%link%"), token);
            text.replace(QLatin1String("%newlink%"), token);
        }
        return expandPath(text);
    };
    const QString filledPath = fill(path);
    const QUrl url = filledPath.startsWith(QLatin1String("/join"))
                         ? QUrl(m_demo.process().baseUrl().toString() + filledPath)
                         : m_demo.api(filledPath);
    const HttpTestResponse response =
        m_demo.http().send(method, url, fill(body).toUtf8(), tokenOf(actor),
                           filledPath == QLatin1String("/join")
                               ? QByteArrayLiteral("application/x-www-form-urlencoded")
                               : QByteArrayLiteral("application/json"));
    QVERIFY_STATUS(response, expected);
    if (expected >= 400) {
        QVERIFY2(!response.errorCode().isEmpty(), response.describe().constData());
        if (expected == 401)
            QVERIFY2(response.errorCode() == QLatin1String("unauthorized") ||
                         response.errorCode() == QLatin1String("invalid_token"),
                     response.describe().constData());
        else
            QCOMPARE(response.errorCode(), QStringLiteral("forbidden"));
    }
}

void TestServerPermissions::adminMayNotInviteAnAdmin()
{
    const QJsonObject body{
        {QStringLiteral("emails"), QJsonArray{QStringLiteral("perm-new-admin@example.net")}},
        {QStringLiteral("role"), QStringLiteral("ADMIN")},
        {QStringLiteral("licenses"), QJsonArray{}}};
    const HttpTestResponse byAdmin =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/invitations")), body, m_tokens[Admin]);
    QVERIFY2(refusedAsForbidden(byAdmin), byAdmin.describe().constData());
    const HttpTestResponse byOwner =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/invitations")), body, m_tokens[Owner]);
    QVERIFY_STATUS(byOwner, 200);
    QCOMPARE(str(byOwner.results().first().toObject(), "status"), QStringLiteral("invited"));
    // Nobody invites an Owner: ownership is transferred.
    QJsonObject asOwner = body;
    asOwner.insert(QStringLiteral("role"), QStringLiteral("OWNER"));
    asOwner.insert(QStringLiteral("emails"),
                   QJsonArray{QStringLiteral("perm-new-owner@example.net")});
    const HttpTestResponse ownerInvite = m_demo.http().postJson(
        m_demo.org(QStringLiteral("/invitations")), asOwner, m_tokens[Owner]);
    QVERIFY2(ownerInvite.status == 422 || ownerInvite.status == 400 ||
                 refusedAsForbidden(ownerInvite),
             ownerInvite.describe().constData());
}

void TestServerPermissions::adminMayNotRemoveAnAdmin()
{
    const QJsonObject other = m_demo.inviteAndAccept(
        QStringLiteral("perm-second-admin@example.net"), QStringLiteral("Second Admin"));
    const qint64 otherAdmin = id(other, "userId");
    const HttpTestResponse promote =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/members/change-role")),
                               {{QStringLiteral("userIds"), QJsonArray{otherAdmin}},
                                {QStringLiteral("role"), QStringLiteral("ADMIN")}},
                               m_tokens[Owner]);
    QCOMPARE(str(promote.results().first().toObject(), "status"), QStringLiteral("changed"));

    const HttpTestResponse byAdmin = m_demo.http().postJson(
        m_demo.org(QStringLiteral("/members/remove")),
        {{QStringLiteral("userIds"), QJsonArray{otherAdmin}}}, m_tokens[Admin]);
    QVERIFY2(refusedAsForbidden(byAdmin), byAdmin.describe().constData());
    QCOMPARE(str(m_demo.member(QStringLiteral("perm-second-admin@example.net")), "status"),
             QStringLiteral("active"));
    const HttpTestResponse byOwner = m_demo.http().postJson(
        m_demo.org(QStringLiteral("/members/remove")),
        {{QStringLiteral("userIds"), QJsonArray{otherAdmin}}}, m_tokens[Owner]);
    QCOMPARE(str(byOwner.results().first().toObject(), "status"), QStringLiteral("removed"));
}

void TestServerPermissions::adminMayNotGrantOrTakeAwayAdmin()
{
    const qint64 plain = id(m_demo.inviteAndAccept(QStringLiteral("perm-grant@example.net"),
                                                   QStringLiteral("Perm Grant")),
                            "userId");
    const HttpTestResponse grant =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/members/change-role")),
                               {{QStringLiteral("userIds"), QJsonArray{plain}},
                                {QStringLiteral("role"), QStringLiteral("ADMIN")}},
                               m_tokens[Admin]);
    QVERIFY2(refusedAsForbidden(grant), grant.describe().constData());
    QCOMPARE(str(m_demo.member(QStringLiteral("perm-grant@example.net")), "role"),
             QStringLiteral("MEMBER"));

    // Among Member and Billing Manager an Admin may change roles.
    const HttpTestResponse allowed =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/members/change-role")),
                               {{QStringLiteral("userIds"), QJsonArray{plain}},
                                {QStringLiteral("role"), QStringLiteral("BILLING_MANAGER")}},
                               m_tokens[Admin]);
    QCOMPARE(str(allowed.results().first().toObject(), "status"), QStringLiteral("changed"));

    // Taking Admin away from another Admin is the Owner's.
    const HttpTestResponse promote =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/members/change-role")),
                               {{QStringLiteral("userIds"), QJsonArray{plain}},
                                {QStringLiteral("role"), QStringLiteral("ADMIN")}},
                               m_tokens[Owner]);
    QCOMPARE(str(promote.results().first().toObject(), "status"), QStringLiteral("changed"));
    const HttpTestResponse demote =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/members/change-role")),
                               {{QStringLiteral("userIds"), QJsonArray{plain}},
                                {QStringLiteral("role"), QStringLiteral("MEMBER")}},
                               m_tokens[Admin]);
    QVERIFY2(refusedAsForbidden(demote), demote.describe().constData());
    QCOMPARE(str(m_demo.member(QStringLiteral("perm-grant@example.net")), "role"),
             QStringLiteral("ADMIN"));
}

void TestServerPermissions::adminMayNotRevokeOrResendAnAdminInvitation()
{
    for (const QString &action :
         {QStringLiteral("/invitations/resend"), QStringLiteral("/invitations/revoke")}) {
        const HttpTestResponse response = m_demo.http().postJson(
            m_demo.org(action), {{QStringLiteral("ids"), QJsonArray{m_adminInvitation}}},
            m_tokens[Admin]);
        QVERIFY2(refusedAsForbidden(response),
                 qPrintable(action + QLatin1Char(' ') + QString::fromUtf8(response.describe())));
        QCOMPARE(str(m_demo.openInvitation(m_adminInvitation), "status"),
                 QStringLiteral("pending"));
    }
}

void TestServerPermissions::linksAreShownOnlyToWhoMayManageTheInvitation()
{
    auto invitationAs = [this](Actor actor) {
        const HttpTestResponse list = m_demo.http().get(
            m_demo.org(QStringLiteral("/invitations?size=1000&q=perm-admin-invite")),
            m_tokens[actor]);
        for (const QJsonValue &item : list.items()) {
            if (id(item.toObject(), "id") == m_adminInvitation)
                return item.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject byOwner = invitationAs(Owner);
    const QJsonObject byAdmin = invitationAs(Admin);
    QVERIFY(!byOwner.isEmpty());
    QVERIFY(!byAdmin.isEmpty());
    QVERIFY(!str(byOwner, "activationUrl").isEmpty());
    QVERIFY2(!byAdmin.contains(QLatin1String("activationUrl")) ||
                 str(byAdmin, "activationUrl").isEmpty(),
             "an Admin may not manage an Admin invitation, so sees no link");
}

void TestServerPermissions::nobodyRemovesThemselvesOrChangesOwnRole()
{
    const qint64 adminId = id(m_demo.member(DemoServer::AdminEmail), "userId");
    const HttpTestResponse remove =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/members/remove")),
                               {{QStringLiteral("userIds"), QJsonArray{adminId}}}, m_tokens[Admin]);
    QVERIFY_STATUS(remove, 200);
    const QJsonObject removeResult = remove.results().first().toObject();
    QCOMPARE(str(removeResult, "status"), QStringLiteral("error"));
    QCOMPARE(str(removeResult.value(QLatin1String("error")).toObject(), "code"),
             QStringLiteral("cannot_remove_self"));

    const HttpTestResponse change =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/members/change-role")),
                               {{QStringLiteral("userIds"), QJsonArray{adminId}},
                                {QStringLiteral("role"), QStringLiteral("MEMBER")}},
                               m_tokens[Admin]);
    QVERIFY_STATUS(change, 200);
    const QJsonObject changeResult = change.results().first().toObject();
    QCOMPARE(str(changeResult, "status"), QStringLiteral("error"));
    QCOMPARE(str(changeResult.value(QLatin1String("error")).toObject(), "code"),
             QStringLiteral("cannot_change_own_role"));
    QCOMPARE(str(m_demo.member(DemoServer::AdminEmail), "role"), QStringLiteral("ADMIN"));
}

void TestServerPermissions::theOwnerCannotBeRemovedOrChanged()
{
    const qint64 ownerId = id(m_demo.member(DemoServer::OwnerEmail), "userId");
    const HttpTestResponse remove =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/members/remove")),
                               {{QStringLiteral("userIds"), QJsonArray{ownerId}}}, m_tokens[Admin]);
    QVERIFY_STATUS(remove, 200);
    const QJsonObject result = remove.results().first().toObject();
    QCOMPARE(str(result, "status"), QStringLiteral("error"));
    const QString code = str(result.value(QLatin1String("error")).toObject(), "code");
    QVERIFY2(code == QLatin1String("cannot_remove_owner"), qPrintable(code));

    const HttpTestResponse change =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/members/change-role")),
                               {{QStringLiteral("userIds"), QJsonArray{ownerId}},
                                {QStringLiteral("role"), QStringLiteral("MEMBER")}},
                               m_tokens[Admin]);
    QVERIFY_STATUS(change, 200);
    const QString changeCode =
        str(change.results().first().toObject().value(QLatin1String("error")).toObject(), "code");
    QVERIFY2(changeCode == QLatin1String("cannot_change_owner"), qPrintable(changeCode));
    QCOMPARE(str(m_demo.member(DemoServer::OwnerEmail), "role"), QStringLiteral("OWNER"));
}

void TestServerPermissions::otherOrganizationsAdminManagesOnlyItsOwn()
{
    const QUrl otherMembers =
        m_demo.api(QStringLiteral("/organizations/%1/members").arg(m_demo.otherOrgId()));
    QVERIFY_STATUS(m_demo.http().get(otherMembers, m_tokens[OtherAdmin]), 200);
    const HttpTestResponse ownerThere = m_demo.http().get(otherMembers, m_tokens[Owner]);
    QVERIFY_STATUS(ownerThere, 403);
    // Acting on a member of the first organization through the second one.
    const HttpTestResponse crossRemove = m_demo.http().postJson(
        m_demo.api(QStringLiteral("/organizations/%1/members/remove").arg(m_demo.otherOrgId())),
        {{QStringLiteral("userIds"),
          QJsonArray{id(m_demo.member(DemoServer::MemberEmail), "userId")}}},
        m_tokens[OtherAdmin]);
    QVERIFY_STATUS(crossRemove, 200);
    QVERIFY(str(crossRemove.results().first().toObject(), "status") != QLatin1String("removed"));
    QCOMPARE(str(m_demo.member(DemoServer::MemberEmail), "status"), QStringLiteral("active"));
}

void TestServerPermissions::unknownOrganizationIsNotFound()
{
    for (const QString &path :
         {QStringLiteral("/organizations/987654"), QStringLiteral("/organizations/987654/members"),
          QStringLiteral("/organizations/987654/invitations")}) {
        const HttpTestResponse response = m_demo.http().get(m_demo.api(path), m_tokens[Owner]);
        QVERIFY_STATUS(response, 404);
        QVERIFY(!response.errorCode().isEmpty());
    }
    // Without a token, 401 comes first: nothing about the organization leaks.
    QVERIFY_STATUS(m_demo.http().get(m_demo.api(QStringLiteral("/organizations/987654")), {}), 401);
}

void TestServerPermissions::membersSeeOnlyTheirOwnMachines()
{
    const qint64 memberId = id(m_demo.member(DemoServer::MemberEmail), "userId");
    const qint64 adminId = id(m_demo.member(DemoServer::AdminEmail), "userId");
    const HttpTestResponse own =
        m_demo.http().get(m_demo.org(QStringLiteral("/machines")), m_tokens[Member]);
    QVERIFY_STATUS(own, 200);
    for (const QJsonValue &machine : own.items())
        QCOMPARE(id(machine.toObject(), "userId"), memberId);
    const HttpTestResponse others = m_demo.http().get(
        m_demo.org(QStringLiteral("/machines?userId=%1").arg(adminId)), m_tokens[Member]);
    QVERIFY_STATUS(others, 403);
    const HttpTestResponse all =
        m_demo.http().get(m_demo.org(QStringLiteral("/machines?size=1000")), m_tokens[Admin]);
    QVERIFY_STATUS(all, 200);
    QVERIFY(all.total() > own.total());
}

void TestServerPermissions::onlyTheOwnerTransfersOwnership_data()
{
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<int>("expected");
    // The Owner row comes last: after it the Owner is an Admin.
    const int expected[ActorCount] = {200, 403, 403, 403, 403, 401, 401, 403};
    for (int actor = 1; actor < ActorCount; ++actor)
        QTest::newRow(actorName(actor)) << Actor(actor) << expected[actor];
    QTest::newRow(actorName(Owner)) << Owner << expected[Owner];
}

void TestServerPermissions::onlyTheOwnerTransfersOwnership()
{
    QFETCH(Actor, actor);
    QFETCH(int, expected);
    const HttpTestResponse response =
        m_demo.http().postJson(m_demo.org(QStringLiteral("/ownership")),
                               {{QStringLiteral("userId"), m_transferTarget}}, tokenOf(actor));
    QVERIFY_STATUS(response, expected);
    const QString ownerEmail =
        expected == 200 ? QStringLiteral("perm-target-owner@example.net") : DemoServer::OwnerEmail;
    QCOMPARE(str(m_demo.member(ownerEmail), "role"), QStringLiteral("OWNER"));
}

QTEST_GUILESS_MAIN(TestServerPermissions)
#include "TestServerPermissions.moc"
