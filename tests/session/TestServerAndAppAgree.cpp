// The server and the app reach the same decision through the same function.
// For every acting role (from its own signed-in session), every bulk action
// and every kind of record (the Owner, an Admin, a Billing Manager, a
// Member, oneself, a member in teams; invitations to each role), the app asks
// ActionRules::availability with the session's actor, and the real server is
// asked to do it over HTTP: both allow, or both refuse with the same error
// code and sentence. Records the server would change are made fresh for each
// case, so that no case depends on another.

#include <ActionRules.h>
#include <DemoServer.h>
#include <JsonCodec.h>
#include <OrganizationSession.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

constexpr int WaitMs = 30000;

enum class Record
{
    Owner,
    Admin,
    BillingManager,
    Member,
    Self,
    MemberInTeams,
};

const char *recordName(Record record)
{
    static const char *const names[] = {"the Owner", "an Admin", "a Billing Manager",
                                        "a Member",  "oneself",  "a member in teams"};
    return names[int(record)];
}

QString describe(const Decision &decision)
{
    return decision.allowed ? QStringLiteral("allowed")
                            : QStringLiteral("%1 (%2)").arg(decision.code, decision.reason);
}

/// What the server answered, as a Decision: a bulk item with status Error or
/// an error body is a refusal with its code and sentence; anything else did it.
Decision serverDecision(const HttpTestResponse &response)
{
    if (response.status == 200) {
        const std::optional<BulkResult> bulk = JsonCodec::bulkResultFromJson(response.object());
        if (bulk && !bulk->isEmpty() && bulk->first().status == ItemStatus::Error)
            return Decision::refuse(bulk->first().error.code, bulk->first().error.message);
        return Decision::allow();
    }
    const ApiError error = JsonCodec::apiErrorFromJson(response.object()).value_or(ApiError());
    return Decision::refuse(error.code.isEmpty() ? QString::number(response.status) : error.code,
                            error.message);
}

} // namespace

class TestServerAndAppAgree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void memberActions();
    void invitationActions();

private:
    std::unique_ptr<OrganizationSession> signIn(const QString &email);
    /// A fresh active member with `role`; its user id, 0 on failure.
    qint64 freshMember(Role role);
    /// The record of `kind` for `actor`, made fresh where the server may change it.
    ActionTarget target(Record kind, const OrganizationSession &actor);
    HttpTestResponse ask(const QString &token, const UserAction &action, qint64 id);
    void compare(const OrganizationSession &actor, const QString &token, const UserAction &action,
                 const ActionTarget &record, const QByteArray &what);

    DemoServer m_demo;
    QList<std::pair<QString, std::shared_ptr<OrganizationSession>>> m_actors;
    int m_fresh = 0;
    int m_cases = 0;
};

void TestServerAndAppAgree::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    for (const QString &email : {DemoServer::OwnerEmail, DemoServer::AdminEmail,
                                 DemoServer::BillingEmail, DemoServer::MemberEmail}) {
        std::unique_ptr<OrganizationSession> session = signIn(email);
        QVERIFY2(session, qPrintable(email));
        m_actors.append({email, std::shared_ptr<OrganizationSession>(std::move(session))});
    }
    QCOMPARE(m_actors.at(0).second->actor().role, Role::Owner);
    QCOMPARE(m_actors.at(1).second->actor().role, Role::Admin);
    QCOMPARE(m_actors.at(2).second->actor().role, Role::BillingManager);
    QCOMPARE(m_actors.at(3).second->actor().role, Role::Member);
}

std::unique_ptr<OrganizationSession> TestServerAndAppAgree::signIn(const QString &email)
{
    auto *client = new ApiClient;
    client->setBaseUrl(m_demo.process().baseUrl());
    client->setToken(m_demo.token(email));
    auto session = std::make_unique<OrganizationSession>(client, SessionOptions());
    QSignalSpy signedIn(session.get(), &OrganizationSession::signedIn);
    SessionOptions options;
    options.organizationId = m_demo.orgId();
    session->open(options);
    session->signIn();
    if (!signedIn.wait(WaitMs))
        return nullptr;
    return session;
}

qint64 TestServerAndAppAgree::freshMember(Role role)
{
    const QString email = QStringLiteral("agree-%1@example.com").arg(++m_fresh);
    const qint64 id = m_demo.inviteAndAccept(email, QStringLiteral("Agree %1").arg(m_fresh))
                          .value(QLatin1String("userId"))
                          .toInteger();
    if (id != 0 && role != Role::Member) {
        const HttpTestResponse changed =
            m_demo.post(QStringLiteral("/organizations/%1/members/change-role").arg(m_demo.orgId()),
                        {{QStringLiteral("userIds"), QJsonArray{id}},
                         {QStringLiteral("role"), Roles::toApiName(role)}},
                        m_demo.ownerToken());
        if (changed.status != 200)
            return 0;
    }
    return id;
}

ActionTarget TestServerAndAppAgree::target(Record kind, const OrganizationSession &actor)
{
    switch (kind) {
    case Record::Owner: {
        const QJsonObject owner = m_demo.member(DemoServer::OwnerEmail);
        return {owner.value(QLatin1String("userId")).toInteger(), Role::Owner, {}};
    }
    case Record::Self:
        return {actor.actor().userId, actor.actor().role, {}};
    case Record::MemberInTeams: {
        const QJsonObject member = m_demo.member(DemoServer::MemberEmail);
        return {member.value(QLatin1String("userId")).toInteger(),
                *Roles::fromApiName(member.value(QLatin1String("role")).toString()),
                member.value(QLatin1String("teams")).toVariant().toStringList()};
    }
    case Record::Admin:
        return {freshMember(Role::Admin), Role::Admin, {}};
    case Record::BillingManager:
        return {freshMember(Role::BillingManager), Role::BillingManager, {}};
    case Record::Member:
        return {freshMember(Role::Member), Role::Member, {}};
    }
    return {};
}

HttpTestResponse TestServerAndAppAgree::ask(const QString &token, const UserAction &action,
                                            qint64 id)
{
    const QString org = QStringLiteral("/organizations/%1").arg(m_demo.orgId());
    switch (action.kind) {
    case UserAction::Kind::RemoveUsers:
        return m_demo.post(org + QStringLiteral("/members/remove"),
                           {{QStringLiteral("userIds"), QJsonArray{id}}}, token);
    case UserAction::Kind::ChangeRole:
        return m_demo.post(org + QStringLiteral("/members/change-role"),
                           {{QStringLiteral("userIds"), QJsonArray{id}},
                            {QStringLiteral("role"), Roles::toApiName(*action.role)},
                            {QStringLiteral("removeFromTeams"), action.removeFromTeams}},
                           token);
    case UserAction::Kind::TransferOwnership:
        return m_demo.post(org + QStringLiteral("/ownership"), {{QStringLiteral("userId"), id}},
                           token);
    case UserAction::Kind::Revoke:
        return m_demo.post(org + QStringLiteral("/invitations/revoke"),
                           {{QStringLiteral("ids"), QJsonArray{id}}}, token);
    case UserAction::Kind::Resend:
        return m_demo.post(org + QStringLiteral("/invitations/resend"),
                           {{QStringLiteral("ids"), QJsonArray{id}}}, token);
    case UserAction::Kind::CopyActivationLink:
    case UserAction::Kind::InviteAgain:
        break; // not server routes
    }
    return {};
}

void TestServerAndAppAgree::compare(const OrganizationSession &actor, const QString &token,
                                    const UserAction &action, const ActionTarget &record,
                                    const QByteArray &what)
{
    QVERIFY2(record.id != 0, what.constData());
    const Availability app = ActionRules::availability(actor.actor(), action, {record});
    const Decision appDecision = app.isEmpty() ? app.firstRefusal() : Decision::allow();
    const HttpTestResponse response = ask(token, action, record.id);
    QVERIFY2(response.status != 0, what.constData());
    const Decision server = serverDecision(response);
    QVERIFY2(
        appDecision.allowed == server.allowed && appDecision.code == server.code &&
            appDecision.reason == server.reason,
        qPrintable(QStringLiteral("%1: the app says %2, the server %3")
                       .arg(QString::fromUtf8(what), describe(appDecision), describe(server))));
    ++m_cases;
    if (action.kind == UserAction::Kind::TransferOwnership && server.allowed) {
        // Hand ownership back, for the cases that follow.
        const QString newOwner = m_demo
                                     .get(QStringLiteral("/organizations/%1/members?q=agree-%2")
                                              .arg(m_demo.orgId())
                                              .arg(m_fresh),
                                          m_demo.ownerToken())
                                     .items()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("email"))
                                     .toString();
        QVERIFY_STATUS(
            m_demo.post(QStringLiteral("/organizations/%1/ownership").arg(m_demo.orgId()),
                        {{QStringLiteral("userId"), actor.actor().userId}}, m_demo.token(newOwner)),
            200);
    }
}

void TestServerAndAppAgree::memberActions()
{
    const QList<UserAction> actions = {
        UserAction::of(UserAction::Kind::RemoveUsers),
        UserAction::changeRole(Role::Admin, false),
        UserAction::changeRole(Role::BillingManager, false),
        UserAction::changeRole(Role::BillingManager, true),
        UserAction::changeRole(Role::Member, false),
        UserAction::changeRole(Role::Owner, false),
        UserAction::of(UserAction::Kind::TransferOwnership),
    };
    const QList<Record> records = {Record::Owner,  Record::Admin, Record::BillingManager,
                                   Record::Member, Record::Self,  Record::MemberInTeams};
    for (const auto &[email, session] : std::as_const(m_actors)) {
        for (const UserAction &action : actions) {
            for (Record kind : records) {
                // The Owner is oneself for the Owner; a member in teams only
                // matters where Billing Manager is asked without leaving them.
                if (kind == Record::Owner && session->actor().role == Role::Owner)
                    continue;
                if (kind == Record::MemberInTeams &&
                    !(action.kind == UserAction::Kind::ChangeRole &&
                      action.role == Role::BillingManager && !action.removeFromTeams))
                    continue;
                const QByteArray what =
                    QStringLiteral("%1 as %2 on %3")
                        .arg(QString::number(int(action.kind)) +
                                 (action.role ? Roles::toApiName(*action.role) : QString()) +
                                 (action.removeFromTeams ? QStringLiteral("+teams") : QString()),
                             email, QLatin1String(recordName(kind)))
                        .toUtf8();
                compare(*session, m_demo.token(email), action, target(kind, *session), what);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
    qInfo("%d cases agree", m_cases);
}

void TestServerAndAppAgree::invitationActions()
{
    for (const auto &[email, session] : std::as_const(m_actors)) {
        for (const UserAction &action :
             {UserAction::of(UserAction::Kind::Revoke), UserAction::of(UserAction::Kind::Resend)}) {
            for (Role role : {Role::Admin, Role::BillingManager, Role::Member}) {
                const QString address =
                    QStringLiteral("agree-invite-%1@example.com").arg(++m_fresh);
                const qint64 id =
                    m_demo.invite(address, m_demo.ownerToken(), Roles::toApiName(role))
                        .value(QLatin1String("invitation"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toInteger();
                const QByteArray what = QStringLiteral("%1 as %2 on an invitation as %3")
                                            .arg(int(action.kind))
                                            .arg(email, Roles::toApiName(role))
                                            .toUtf8();
                compare(*session, m_demo.token(email), action, {id, role, {}}, what);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestServerAndAppAgree)
#include "TestServerAndAppAgree.moc"
