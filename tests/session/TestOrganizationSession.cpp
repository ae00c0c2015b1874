// OrganizationSession without any widget, against the real server on a
// loopback port: sign-in, the lists and their refresh queue, the cache, every
// operation's typed outcome per item (partial outcomes, records the rules
// leave out, a 409, a timeout with a retry, the offline state), and after
// each action the session's models hold what the server's lists hold.

#include "../client/ClientTestHelpers.h"

#include <ActiveUsersModel.h>
#include <DemoServer.h>
#include <OrganizationSession.h>
#include <PendingInvitationsModel.h>
#include <RemovedUsersModel.h>

#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

constexpr int WaitMs = 30000;

qint64 idOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> modelIds(const RecordTableModel *model)
{
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->idAt(row);
    return sorted(ids);
}

QList<qint64> serverIds(const QList<QJsonObject> &records, const char *key)
{
    QList<qint64> ids;
    for (const QJsonObject &record : records)
        ids << idOf(record, key);
    return sorted(ids);
}

/// Waits until `operation` finished or failed; true when it finished.
bool awaitOperation(BulkOperation *operation)
{
    QSignalSpy finished(operation, &BulkOperation::finished);
    QSignalSpy failed(operation, &BulkOperation::failed);
    return QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, WaitMs) &&
           !finished.isEmpty();
}

} // namespace

class TestOrganizationSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInLoadsWhatTheServerHolds();
    void aRefreshAskedDuringARefreshRunsOnceAfterIt();
    void theCacheShowsTheListsBeforeSignIn();
    void revokeReportsEachInvitation();
    void resendGivesNewLinks();
    void inviteReportsEachAddress();
    void removeLeavesOutWhatTheRulesRefuse();
    void changeRoleAsksBeforeTakingMembersOutOfTeams();
    void aTimeoutKeepsTheAnswersAndARetrySendsTheRest();
    void aServerConflictIsAFailureNotAResult();
    void offlineKeepsTheListsAndComesBack();
    void transferMakesTheOwnerAdmin();
    void aMemberMayNotManage();
    void closingASessionDuringARefreshIsSafe();

private:
    /// A session signed in as `email`, its lists loaded; null on failure.
    std::unique_ptr<OrganizationSession> openSession(const QString &email);
    /// Refreshes `session` and waits for the fresh lists.
    bool refreshed(OrganizationSession *session);
    /// The session's three lists hold exactly the server's records.
    void expectListsMatchTheServer(OrganizationSession *session);

    QTemporaryDir m_dir;
    DemoServer m_demo;
    std::unique_ptr<OrganizationSession> m_owner;
};

void TestOrganizationSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_owner = openSession(DemoServer::OwnerEmail);
    QVERIFY(m_owner);
}

std::unique_ptr<OrganizationSession> TestOrganizationSession::openSession(const QString &email)
{
    auto *client = new ApiClient;
    client->setBaseUrl(m_demo.process().baseUrl());
    client->setToken(m_demo.token(email));
    auto session = std::make_unique<OrganizationSession>(client, SessionOptions());
    QSignalSpy refreshedSpy(session.get(), &OrganizationSession::refreshed);
    QSignalSpy signedIn(session.get(), &OrganizationSession::signedIn);
    SessionOptions options;
    options.organizationId = m_demo.orgId();
    options.cacheDirectory = m_dir.filePath(QStringLiteral("cache-") + email);
    options.cacheKey = m_demo.process().baseUrl();
    session->open(options);
    session->signIn();
    if (!signedIn.wait(WaitMs))
        return nullptr;
    if (session->canManageUsers() && !refreshedSpy.wait(WaitMs))
        return nullptr;
    return session;
}

bool TestOrganizationSession::refreshed(OrganizationSession *session)
{
    QSignalSpy spy(session, &OrganizationSession::refreshed);
    if (session->isRefreshing() && !spy.wait(WaitMs))
        return false;
    spy.clear();
    session->refresh();
    return spy.wait(WaitMs);
}

void TestOrganizationSession::expectListsMatchTheServer(OrganizationSession *session)
{
    QVERIFY(refreshed(session));
    QCOMPARE(modelIds(session->model(ListKind::Active)),
             serverIds(m_demo.allMembers(QStringLiteral("active")), "userId"));
    QCOMPARE(modelIds(session->model(ListKind::Removed)),
             serverIds(m_demo.allMembers(QStringLiteral("removed")), "userId"));
    QCOMPARE(modelIds(session->model(ListKind::Pending)),
             serverIds(m_demo.allInvitations(QStringLiteral("open")), "id"));
}

void TestOrganizationSession::signInLoadsWhatTheServerHolds()
{
    OrganizationSession *session = m_owner.get();
    QCOMPARE(session->phase(), OrganizationSession::Phase::SignedIn);
    QCOMPARE(session->actor().role, Role::Owner);
    QCOMPARE(session->actor().userId, idOf(m_demo.member(DemoServer::OwnerEmail), "userId"));
    QCOMPARE(session->user().email, DemoServer::OwnerEmail);
    QCOMPARE(session->organizationId(), m_demo.orgId());
    QCOMPARE(session->organization().name, QStringLiteral("Katalon Demo Org"));
    QVERIFY(!session->organization().licensePools.isEmpty());
    QVERIFY(session->hasData());
    QVERIFY(!session->isOffline());
    expectListsMatchTheServer(session);
    // Records by id are the lists' values.
    const qint64 adminId = idOf(m_demo.member(DemoServer::AdminEmail), "userId");
    const std::optional<Member> admin = session->member(ListKind::Active, adminId);
    QVERIFY(admin);
    QCOMPARE(admin->email, DemoServer::AdminEmail);
    QCOMPARE(admin->role, Role::Admin);
    QVERIFY(!session->member(ListKind::Removed, adminId));
}

void TestOrganizationSession::aRefreshAskedDuringARefreshRunsOnceAfterIt()
{
    OrganizationSession *session = m_owner.get();
    QSignalSpy started(session, &OrganizationSession::refreshStarted);
    QSignalSpy done(session, &OrganizationSession::refreshed);
    session->refresh();
    QVERIFY(session->isRefreshing());
    session->refresh();
    session->refresh();
    session->refresh();
    QVERIFY(done.wait(WaitMs));
    // The three asked for meanwhile are one refresh, after the first.
    QVERIFY(session->isRefreshing());
    QVERIFY(done.wait(WaitMs));
    QVERIFY(!session->isRefreshing());
    QTest::qWait(200);
    QCOMPARE(started.count(), 2);
    QCOMPARE(done.count(), 2);
}

void TestOrganizationSession::theCacheShowsTheListsBeforeSignIn()
{
    // A second session on the same cache: open() alone shows the lists, with
    // nothing sent to the server.
    auto *client = new ApiClient;
    client->setBaseUrl(m_demo.process().baseUrl());
    client->setToken(m_demo.ownerToken());
    OrganizationSession session(client, SessionOptions());
    QSignalSpy cacheLoaded(&session, &OrganizationSession::cacheLoaded);
    session.open(m_owner->options());
    QCOMPARE(session.client()->pendingRequests(), 0);
    QVERIFY(cacheLoaded.wait(WaitMs));
    QVERIFY(session.hasData());
    QCOMPARE(session.phase(), OrganizationSession::Phase::Closed);
    QCOMPARE(session.model(ListKind::Active)->rowCount(),
             m_owner->model(ListKind::Active)->rowCount());
    QCOMPARE(session.model(ListKind::Pending)->rowCount(),
             m_owner->model(ListKind::Pending)->rowCount());
    QCOMPARE(session.organization().name, m_owner->organization().name);
}

void TestOrganizationSession::revokeReportsEachInvitation()
{
    OrganizationSession *session = m_owner.get();
    const qint64 pending =
        idOf(m_demo.invite(QStringLiteral("s-revoke@example.com"), m_demo.ownerToken())
                 .value(QLatin1String("invitation"))
                 .toObject(),
             "id");
    const QJsonObject acceptedInvitation =
        m_demo.invite(QStringLiteral("s-joins@example.com"), m_demo.ownerToken())
            .value(QLatin1String("invitation"))
            .toObject();
    const qint64 accepted = idOf(acceptedInvitation, "id");
    const qint64 revoked =
        idOf(m_demo.invite(QStringLiteral("s-gone@example.com"), m_demo.ownerToken())
                 .value(QLatin1String("invitation"))
                 .toObject(),
             "id");
    QVERIFY(pending && accepted && revoked);
    QVERIFY(refreshed(session));
    session->model(ListKind::Pending)->setIdsChecked({pending, accepted, revoked}, true);

    // Meanwhile, elsewhere: one is accepted, one revoked.
    const QString url = acceptedInvitation.value(QLatin1String("activationUrl")).toString();
    QVERIFY_STATUS(
        m_demo.http().postJson(m_demo.api(QStringLiteral("/invitations/%1/accept")
                                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                                                  DemoServer::linkToken(url))))),
                               {{QStringLiteral("fullName"), QStringLiteral("Quick Joiner")}}),
        200);
    QVERIFY_STATUS(
        m_demo.post(QStringLiteral("/organizations/%1/invitations/revoke").arg(m_demo.orgId()),
                    {{QStringLiteral("ids"), QJsonArray{revoked}}}, m_demo.ownerToken()),
        200);

    // An id the session does not hold goes to the server, which decides.
    BulkOperation *operation = session->revoke({pending, accepted, revoked, 987654321});
    QVERIFY(operation->leftOut().isEmpty());
    QVERIFY(awaitOperation(operation));
    const BulkResult results = operation->results();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).status, ItemStatus::Revoked);
    QCOMPARE(results.at(0).email, QStringLiteral("s-revoke@example.com"));
    QCOMPARE(results.at(1).status, ItemStatus::AlreadyAccepted);
    QCOMPARE(results.at(2).status, ItemStatus::AlreadyRevoked);
    QCOMPARE(results.at(3).status, ItemStatus::NotFound);
    // Done and skipped are unchecked.
    QCOMPARE(session->model(ListKind::Pending)->checkedCount(), 0);
    QVERIFY(session->isRefreshing());
    expectListsMatchTheServer(session);
    delete operation;
}

void TestOrganizationSession::resendGivesNewLinks()
{
    OrganizationSession *session = m_owner.get();
    const QJsonObject invitation =
        m_demo.invite(QStringLiteral("s-resend@example.com"), m_demo.ownerToken())
            .value(QLatin1String("invitation"))
            .toObject();
    const qint64 id = idOf(invitation, "id");
    QVERIFY(refreshed(session));
    const QString before = session->invitation(id)->activationUrl;
    QCOMPARE(session->activationLinks({id}), QStringList{before});

    BulkOperation *operation = session->resend({id});
    QVERIFY(awaitOperation(operation));
    const ItemResult result = operation->results().first();
    QCOMPARE(result.status, ItemStatus::Resent);
    QCOMPARE(result.outcome(), ItemOutcome::Done);
    QVERIFY(result.expiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(result.invitation);
    QVERIFY(result.invitation->activationUrl != before);
    expectListsMatchTheServer(session);
    QCOMPARE(session->invitation(id)->activationUrl, result.invitation->activationUrl);
    delete operation;
}

void TestOrganizationSession::inviteReportsEachAddress()
{
    OrganizationSession *session = m_owner.get();
    const QString fresh = QStringLiteral("s-invite@example.net");
    BulkOperation *operation =
        session->invite({fresh, DemoServer::AdminEmail, QStringLiteral("not-an-address")},
                        Role::Member, {QStringLiteral("KSE")});
    QVERIFY(awaitOperation(operation));
    const BulkResult results = operation->results();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).status, ItemStatus::Invited);
    QVERIFY(results.at(0).invitation);
    QCOMPARE(results.at(0).invitation->licenses, QStringList{QStringLiteral("KSE")});
    QCOMPARE(results.at(1).status, ItemStatus::AlreadyMember);
    QCOMPARE(results.at(1).memberId, idOf(m_demo.member(DemoServer::AdminEmail), "userId"));
    QCOMPARE(results.at(2).status, ItemStatus::InvalidEmail);
    QVERIFY(!results.at(2).error.message.isEmpty());
    expectListsMatchTheServer(session);
    QVERIFY(session->inviteRequest().invitationKeys.contains(fresh));
    delete operation;
}

void TestOrganizationSession::removeLeavesOutWhatTheRulesRefuse()
{
    // The Admin asks to remove the Owner, themselves and a Member.
    auto admin = openSession(DemoServer::AdminEmail);
    QVERIFY(admin);
    const qint64 ownerId = idOf(m_demo.member(DemoServer::OwnerEmail), "userId");
    const qint64 selfId = admin->actor().userId;
    const QJsonObject joined =
        m_demo.inviteAndAccept(QStringLiteral("s-remove@example.com"), QStringLiteral("To Go"));
    const qint64 memberId = idOf(joined, "userId");
    QVERIFY(memberId);
    QVERIFY(refreshed(admin.get()));
    const int auditBefore = int(m_demo.total(QStringLiteral("/audit-events")));

    BulkOperation *operation = admin->removeMembers({ownerId, selfId, memberId});
    QCOMPARE(operation->ids(), QList<qint64>{memberId});
    QCOMPARE(operation->leftOut().size(), 2);
    QCOMPARE(operation->leftOut().at(0).id, ownerId);
    QCOMPARE(operation->leftOut().at(0).why.code, QStringLiteral("cannot_remove_owner"));
    QCOMPARE(operation->leftOut().at(1).why.reason, QStringLiteral("You cannot remove yourself."));
    QVERIFY(awaitOperation(operation));
    const ItemResult removed = operation->results().first();
    QCOMPARE(removed.status, ItemStatus::Removed);
    QCOMPARE(removed.id, memberId);
    // Only the member was sent: one audit event.
    QCOMPARE(m_demo.total(QStringLiteral("/audit-events")), qint64(auditBefore + 1));
    expectListsMatchTheServer(admin.get());
    QVERIFY(admin->member(ListKind::Removed, memberId));

    // Again: the server says it is done already.
    BulkOperation *again = admin->removeMembers({memberId});
    QVERIFY(awaitOperation(again));
    QCOMPARE(again->results().first().status, ItemStatus::AlreadyRemoved);
    QCOMPARE(again->results().first().outcome(), ItemOutcome::Skipped);
    delete operation;
    delete again;
}

void TestOrganizationSession::changeRoleAsksBeforeTakingMembersOutOfTeams()
{
    OrganizationSession *session = m_owner.get();
    const QJsonObject member = m_demo.member(DemoServer::MemberEmail);
    const QStringList teams = member.value(QLatin1String("teams")).toVariant().toStringList();
    QVERIFY(!teams.isEmpty());
    const qint64 id = idOf(member, "userId");
    QVERIFY(refreshed(session));
    session->model(ListKind::Active)->setIdsChecked({id}, true);

    BulkOperation *stay = session->changeRole({id}, Role::BillingManager, false);
    QVERIFY(stay->ids().isEmpty());
    QCOMPARE(stay->leftOut().size(), 1);
    QCOMPARE(stay->leftOut().first().why.code, QStringLiteral("billing_manager_in_teams"));
    QVERIFY(awaitOperation(stay));
    QVERIFY(stay->results().isEmpty());
    QCOMPARE(m_demo.member(DemoServer::MemberEmail).value(QLatin1String("role")).toString(),
             QStringLiteral("MEMBER"));

    session->model(ListKind::Active)->setIdsChecked({id}, true);
    BulkOperation *leave = session->changeRole({id}, Role::BillingManager, true);
    QVERIFY(awaitOperation(leave));
    const ItemResult changed = leave->results().first();
    QCOMPARE(changed.status, ItemStatus::Changed);
    QCOMPARE(changed.role, std::optional<Role>(Role::BillingManager));
    QCOMPARE(changed.previousRole, std::optional<Role>(Role::Member));
    QCOMPARE(changed.removedFromTeams, teams);
    QVERIFY(!session->model(ListKind::Active)->isChecked(id));
    expectListsMatchTheServer(session);
    QCOMPARE(session->member(ListKind::Active, id)->role, Role::BillingManager);
    QVERIFY(session->member(ListKind::Active, id)->teams.isEmpty());
    delete stay;
    delete leave;
}

void TestOrganizationSession::aTimeoutKeepsTheAnswersAndARetrySendsTheRest()
{
    OrganizationSession *session = m_owner.get();
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << idOf(
            m_demo.invite(QStringLiteral("s-slow-%1@example.com").arg(i), m_demo.ownerToken())
                .value(QLatin1String("invitation"))
                .toObject(),
            "id");
    QVERIFY(refreshed(session));
    session->model(ListKind::Pending)->setIdsChecked(ids, true);

    CannedHttpServer silent{QByteArray()};
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    session->client()->setBaseUrl(silent.url());
    session->client()->setTimeout(300);
    BulkOperation *operation = session->revoke(ids);
    QSignalSpy failed(operation, &BulkOperation::failed);
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.first().first().value<ClientError>().kind, ClientError::Kind::Timeout);
    QVERIFY(!operation->isFinished());
    QCOMPARE(operation->answeredCount(), 0);
    // Nothing happened: the checks stay for the retry.
    QCOMPARE(session->model(ListKind::Pending)->checkedCount(), 3);

    session->client()->setBaseUrl(m_demo.process().baseUrl());
    session->client()->setTimeout(0);
    operation->start();
    QVERIFY(awaitOperation(operation));
    for (const ItemResult &result : operation->results())
        QCOMPARE(result.status, ItemStatus::Revoked);
    QCOMPARE(session->model(ListKind::Pending)->checkedCount(), 0);
    expectListsMatchTheServer(session);
    delete operation;
}

void TestOrganizationSession::aServerConflictIsAFailureNotAResult()
{
    // A session whose lists are not loaded leaves every record to the
    // server: a transfer of ownership to the Owner themselves is a 409.
    auto *client = new ApiClient;
    client->setBaseUrl(m_demo.process().baseUrl());
    client->setToken(m_demo.ownerToken());
    SessionOptions options;
    options.organizationId = m_demo.orgId();
    OrganizationSession session(client, options);
    const qint64 ownerId = idOf(m_demo.member(DemoServer::OwnerEmail), "userId");
    BulkOperation *operation = session.transferOwnership({ownerId});
    QCOMPARE(operation->ids(), QList<qint64>{ownerId});
    QSignalSpy failed(operation, &BulkOperation::failed);
    QVERIFY(failed.wait(WaitMs));
    const ClientError error = failed.first().first().value<ClientError>();
    QCOMPARE(error.httpStatus, 409);
    QCOMPARE(error.apiCode, QStringLiteral("cannot_change_own_role"));
    QCOMPARE(operation->answeredCount(), 0);
    QCOMPARE(m_demo.member(DemoServer::OwnerEmail).value(QLatin1String("role")).toString(),
             QStringLiteral("OWNER"));
}

void TestOrganizationSession::offlineKeepsTheListsAndComesBack()
{
    // A server of its own, stopped and started again on another port.
    DemoServer own;
    QVERIFY2(own.start(), qPrintable(own.errorString()));
    auto *client = new ApiClient;
    client->setBaseUrl(own.process().baseUrl());
    client->setToken(own.ownerToken());
    OrganizationSession session(client, SessionOptions());
    QSignalSpy refreshedSpy(&session, &OrganizationSession::refreshed);
    SessionOptions options;
    options.organizationId = own.orgId();
    session.open(options);
    session.signIn();
    QVERIFY(refreshedSpy.wait(WaitMs));
    const int active = session.model(ListKind::Active)->rowCount();
    const QDateTime dataTime = session.dataTime();
    const qint64 memberId = idOf(own.member(DemoServer::MemberEmail), "userId");
    QVERIFY(memberId);

    own.stop();
    QSignalSpy failed(&session, &OrganizationSession::refreshFailed);
    session.refresh();
    QVERIFY(failed.wait(WaitMs));
    QVERIFY(failed.first().first().value<ClientError>().isOffline());
    QVERIFY(session.isOffline());
    QCOMPARE(session.model(ListKind::Active)->rowCount(), active);
    QCOMPARE(session.dataTime(), dataTime);
    // An action offline fails as a whole; nothing is lost.
    BulkOperation *operation = session.removeMembers({memberId});
    QSignalSpy opFailed(operation, &BulkOperation::failed);
    QVERIFY(opFailed.wait(WaitMs));
    QVERIFY(opFailed.first().first().value<ClientError>().isOffline());

    QVERIFY2(own.process().start({QStringLiteral("--demo")}),
             qPrintable(own.process().errorString()));
    session.client()->setBaseUrl(own.process().baseUrl());
    refreshedSpy.clear();
    session.refresh();
    QVERIFY(refreshedSpy.wait(WaitMs));
    QVERIFY(!session.isOffline());
    QVERIFY(session.dataTime() > dataTime);
    // The retry reaches the server.
    operation->start();
    QVERIFY(awaitOperation(operation));
    QVERIFY2(operation->results().first().status == ItemStatus::Removed,
             qPrintable(operation->results().first().error.message));
    delete operation;
}

void TestOrganizationSession::transferMakesTheOwnerAdmin()
{
    DemoServer own;
    QVERIFY2(own.start(), qPrintable(own.errorString()));
    auto *client = new ApiClient;
    client->setBaseUrl(own.process().baseUrl());
    client->setToken(own.ownerToken());
    OrganizationSession session(client, SessionOptions());
    QSignalSpy refreshedSpy(&session, &OrganizationSession::refreshed);
    SessionOptions options;
    options.organizationId = own.orgId();
    session.open(options);
    session.signIn();
    QVERIFY(refreshedSpy.wait(WaitMs));
    const qint64 adminId = idOf(own.member(DemoServer::AdminEmail), "userId");
    const qint64 memberId = idOf(own.member(DemoServer::MemberEmail), "userId");

    // Two members: the rules refuse to choose.
    BulkOperation *two = session.transferOwnership({adminId, memberId});
    QVERIFY(two->ids().isEmpty());
    QCOMPARE(two->leftOut().size(), 2);
    QCOMPARE(two->leftOut().first().why.reason,
             QStringLiteral("Ownership goes to exactly one member: check only that member."));

    QSignalSpy actorChanged(&session, &OrganizationSession::actorChanged);
    BulkOperation *one = session.transferOwnership({session.actor().userId, adminId});
    QCOMPARE(one->ids(), QList<qint64>{adminId});
    QCOMPARE(one->leftOut().size(), 1);
    QVERIFY(awaitOperation(one));
    QCOMPARE(one->results().first().status, ItemStatus::Transferred);
    QCOMPARE(actorChanged.count(), 1);
    QCOMPARE(session.actor().role, Role::Admin);
    QCOMPARE(own.member(DemoServer::AdminEmail).value(QLatin1String("role")).toString(),
             QStringLiteral("OWNER"));
    // The rules follow the new role at once.
    QVERIFY(session.availability(UserAction::of(UserAction::Kind::TransferOwnership), {memberId})
                .isEmpty());
    delete two;
    delete one;
}

void TestOrganizationSession::aMemberMayNotManage()
{
    auto *client = new ApiClient;
    client->setBaseUrl(m_demo.process().baseUrl());
    client->setToken(m_demo.token(DemoServer::MemberEmail));
    OrganizationSession session(client, SessionOptions());
    QSignalSpy signedIn(&session, &OrganizationSession::signedIn);
    QSignalSpy started(&session, &OrganizationSession::refreshStarted);
    SessionOptions options;
    options.organizationId = m_demo.orgId();
    session.open(options);
    session.signIn();
    QVERIFY(signedIn.wait(WaitMs));
    QCOMPARE(session.phase(), OrganizationSession::Phase::RoleRequired);
    QVERIFY(!session.canManageUsers());
    session.refresh();
    QCOMPARE(started.count(), 0);

    // Not a member of the other organization.
    auto *otherClient = new ApiClient;
    otherClient->setBaseUrl(m_demo.process().baseUrl());
    otherClient->setToken(m_demo.token(DemoServer::MemberEmail));
    OrganizationSession other(otherClient, SessionOptions());
    QSignalSpy notAMember(&other, &OrganizationSession::notAMember);
    options.organizationId = m_demo.otherOrgId();
    other.open(options);
    other.signIn();
    QVERIFY(notAMember.wait(WaitMs));
    QCOMPARE(other.phase(), OrganizationSession::Phase::NotAMember);
}

// Regression: the session's client and its refresh are both its children, and
// the client, created first, was deleted first; the refresh then cancelled its
// requests on a deleted client (a crash in about half the runs).
void TestOrganizationSession::closingASessionDuringARefreshIsSafe()
{
    std::unique_ptr<OrganizationSession> session = openSession(DemoServer::OwnerEmail);
    QVERIFY(session);
    session->refresh();
    QVERIFY(session->isRefreshing());
    QPointer<ApiClient> client = session->client();
    session.reset();
    QVERIFY(client.isNull());
    // Answers already on their way must find nobody to call back.
    QTest::qWait(200);
}

QTEST_GUILESS_MAIN(TestOrganizationSession)
#include "TestOrganizationSession.moc"
