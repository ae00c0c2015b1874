#include "OrganizationSession.h"

#include "ListRefresh.h"

#include <ActiveUsersModel.h>
#include <EmailAddress.h>
#include <PendingInvitationsModel.h>
#include <Permissions.h>
#include <RemovedUsersModel.h>

#include <QSet>

namespace {

/// The duplicate key of an address from the server. The server keeps checked
/// addresses with ASCII (punycode) domains, whose key is the lower-cased
/// address; EmailAddress::duplicateKey (a full check) only for anything else,
/// so that 200,000 members take milliseconds.
QString serverAddressKey(const QString &email)
{
    for (const QChar c : email) {
        if (c.unicode() > 0x7f)
            return EmailAddress::duplicateKey(email);
    }
    return email.toLower();
}

QSet<QString> addressKeys(const QStringList &emails)
{
    QSet<QString> keys;
    keys.reserve(emails.size());
    for (const QString &email : emails)
        keys.insert(serverAddressKey(email));
    return keys;
}

} // namespace

OrganizationSession::OrganizationSession(QObject *parent)
    : OrganizationSession(new ApiClient, SessionOptions(), parent)
{}

OrganizationSession::OrganizationSession(ApiClient *client, const SessionOptions &options,
                                         QObject *parent)
    : QObject(parent), m_client(client), m_options(options), m_active(new ActiveUsersModel(this)),
      m_pending(new PendingInvitationsModel(this)), m_removed(new RemovedUsersModel(this))
{
    m_client->setParent(this);
}

OrganizationSession::~OrganizationSession()
{
    // The refresh and the operations cancel their requests through the
    // client: they go first (QObject would delete the client, the oldest
    // child, before them). Guarded: one child's end may take another with it.
    m_client->cancelAll();
    QList<QPointer<QObject>> others;
    for (QObject *child : children()) {
        if (child != m_client)
            others << child;
    }
    for (const QPointer<QObject> &child : std::as_const(others))
        delete child.data();
}

// --- connecting -------------------------------------------------------------

void OrganizationSession::open(const SessionOptions &options)
{
    ++m_generation;
    stopRefresh();
    m_client->cancelAll();
    // The lists shown stay until others replace them; those of another
    // server or organization are no longer fresh.
    if (options.cacheKey != m_options.cacheKey ||
        options.organizationId != m_options.organizationId)
        m_fresh = false;
    m_options = options;
    if (!m_fresh)
        loadCache();
}

void OrganizationSession::signIn()
{
    stopRefresh();
    delete m_signIn;
    m_signIn = new QObject(this);
    m_phase = Phase::SigningIn;
    m_user = {};
    m_role = Role::Member;
    emit signInStarted();
    m_client->me(m_signIn, [this](ApiResult<CurrentUser> result) {
        m_signIn->deleteLater();
        if (!result)
            return onSignInFailed(result.error());
        onSignedIn(result.value());
    });
}

void OrganizationSession::onSignedIn(const CurrentUser &user)
{
    const OrganizationMembership *chosen = nullptr;
    for (const OrganizationMembership &membership : user.organizations) {
        if (m_options.organizationId > 0) {
            if (membership.organizationId == m_options.organizationId)
                chosen = &membership;
        } else if (!chosen || (!Permissions::canManageUsers(chosen->role) &&
                               Permissions::canManageUsers(membership.role))) {
            // Without an organization asked for: the first the user may manage.
            chosen = &membership;
        }
    }
    m_user = user;
    m_lastError = {};
    if (!chosen) {
        m_phase = Phase::NotAMember;
        emit notAMember();
        return;
    }
    const bool sameOrganization = m_options.organizationId == chosen->organizationId;
    m_options.organizationId = chosen->organizationId;
    m_role = chosen->role;
    if (!sameOrganization)
        m_organization = {};
    m_organization.id = chosen->organizationId;
    m_organization.name = chosen->organizationName;
    emit organizationChanged();
    m_phase = Permissions::canManageUsers(m_role) ? Phase::SignedIn : Phase::RoleRequired;
    if (!sameOrganization && !m_fresh)
        loadCache();
    emit signedIn();
    emit actorChanged();
    refresh();
}

void OrganizationSession::onSignInFailed(const ClientError &error)
{
    m_phase = Phase::SignInFailed;
    m_lastError = error;
    m_offline = error.isOffline();
    emit signInFailed(error);
    emit connectionFailed(error);
}

void OrganizationSession::setConnectionLost(const QString &why)
{
    stopRefresh();
    m_client->cancelAll();
    m_offline = true;
    emit connectionLost(why);
}

// --- cache and refresh ------------------------------------------------------

void OrganizationSession::loadCache()
{
    if (m_options.cacheDirectory.isEmpty() || m_options.organizationId <= 0)
        return;
    const quint64 generation = m_generation;
    LocalCache::loadAsync(m_options.cacheDirectory, m_options.cacheKey, m_options.organizationId,
                          this, [this, generation](Result<CacheSnapshot, CacheError> result) {
                              if (generation != m_generation || m_fresh || !result ||
                                  result.value().isEmpty())
                                  return;
                              applySnapshot(result.value());
                              m_dataTime = result.value().refreshedAt;
                              emit cacheLoaded();
                          });
}

void OrganizationSession::applySnapshot(const CacheSnapshot &snapshot)
{
    m_organization = snapshot.organization;
    m_active->setMembers(snapshot.activeMembers);
    m_removed->setMembers(snapshot.removedMembers);
    m_pending->setInvitations(snapshot.invitations);
    emit organizationChanged();
}

bool OrganizationSession::isRefreshing() const
{
    return !m_refresh.isNull();
}

void OrganizationSession::refresh()
{
    if (!canManageUsers() || !m_client->hasToken())
        return;
    if (m_refresh) {
        m_refreshAgain = true;
        return;
    }
    m_refresh = new ListRefresh(m_client, m_options.organizationId, this);
    connect(m_refresh, &ListRefresh::progress, this, &OrganizationSession::refreshProgress);
    connect(m_refresh, &ListRefresh::finished, this, &OrganizationSession::finishRefresh);
    connect(m_refresh, &ListRefresh::failed, this, &OrganizationSession::failRefresh);
    m_refresh->start();
    emit refreshStarted();
}

void OrganizationSession::stopRefresh()
{
    m_refreshAgain = false;
    if (m_refresh)
        m_refresh->deleteLater();
    m_refresh = nullptr;
}

void OrganizationSession::finishRefresh(const CacheSnapshot &snapshot)
{
    m_refresh->deleteLater();
    m_refresh = nullptr;
    applySnapshot(snapshot);
    m_dataTime = snapshot.refreshedAt;
    m_fresh = true;
    m_offline = false;
    m_lastError = {};
    if (!m_options.cacheDirectory.isEmpty())
        LocalCache::saveAsync(m_options.cacheDirectory, m_options.cacheKey,
                              m_options.organizationId, snapshot, this,
                              [this](Result<Done, CacheError> result) {
                                  if (!result)
                                      emit cacheSaveFailed(result.error().message);
                              });
    emit refreshed();
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

void OrganizationSession::failRefresh(const ClientError &error)
{
    stopRefresh();
    m_lastError = error;
    if (error.isOffline())
        m_offline = true;
    emit refreshFailed(error);
    emit connectionFailed(error);
}

// --- records ----------------------------------------------------------------

RecordTableModel *OrganizationSession::model(ListKind list) const
{
    switch (list) {
    case ListKind::Active:
        return m_active;
    case ListKind::Pending:
        return m_pending;
    case ListKind::Removed:
        return m_removed;
    }
    return m_active;
}

const MemberTableModel *OrganizationSession::memberModel(ListKind list) const
{
    if (list == ListKind::Removed)
        return m_removed;
    return m_active;
}

QList<Member> OrganizationSession::members(ListKind list, const QList<qint64> &ids) const
{
    return memberModel(list)->members(ids);
}

QList<Member> OrganizationSession::allMembers(ListKind list) const
{
    const MemberTableModel *members = memberModel(list);
    QList<Member> all;
    all.reserve(members->rowCount());
    for (int row = 0; row < members->rowCount(); ++row)
        all << members->memberAt(row);
    return all;
}

QList<Invitation> OrganizationSession::invitations(const QList<qint64> &ids) const
{
    return m_pending->invitations(ids);
}

std::optional<Member> OrganizationSession::member(ListKind list, qint64 userId) const
{
    const QList<Member> found = members(list, {userId});
    return found.isEmpty() ? std::nullopt : std::optional<Member>(found.first());
}

std::optional<Invitation> OrganizationSession::invitation(qint64 invitationId) const
{
    const QList<Invitation> found = invitations({invitationId});
    return found.isEmpty() ? std::nullopt : std::optional<Invitation>(found.first());
}

Availability OrganizationSession::availability(const UserAction &action,
                                               const QList<qint64> &ids) const
{
    const RecordTableModel *records = model(listOf(action.kind));
    const Availability known = ActionRules::availability(actor(), action, records->targets(ids));
    if (known.count() + known.skipped.size() == ids.size())
        return known;
    // Records the lists do not hold (yet): the server decides.
    QSet<qint64> skipped;
    for (const SkippedTarget &left : known.skipped)
        skipped.insert(left.id);
    Availability answer;
    answer.skipped = known.skipped;
    for (qint64 id : ids) {
        if (!skipped.contains(id))
            answer.applies << id;
    }
    return answer;
}

InviteUsersRequest OrganizationSession::inviteRequest(const QStringList &addresses) const
{
    InviteUsersRequest request;
    request.organization = m_organization;
    request.organization.id = m_options.organizationId;
    request.actorRole = m_role;
    request.memberKeys = addressKeys(m_active->emails());
    // Only invitations still pending: the server answers "already invited"
    // for those, and sends a new invitation in place of an expired one.
    request.invitationKeys = addressKeys(m_pending->pendingEmails());
    request.addresses = addresses;
    return request;
}

QStringList OrganizationSession::activationLinks(const QList<qint64> &invitationIds) const
{
    const Availability allowed =
        availability(UserAction::of(UserAction::Kind::CopyActivationLink), invitationIds);
    QStringList links;
    for (const Invitation &invitation : m_pending->invitations(allowed.applies)) {
        if (!invitation.activationUrl.isEmpty())
            links << invitation.activationUrl;
    }
    return links;
}

QFuture<UserCsvExport::Result> OrganizationSession::exportUsers(const QString &path) const
{
    return UserCsvExport(allMembers(ListKind::Active), allMembers(ListKind::Removed))
        .writeAsync(path);
}

qint64 OrganizationSession::exportRowCount() const
{
    return qint64(m_active->recordCount()) + m_removed->recordCount();
}

// --- operations ---------------------------------------------------------------

BulkOperation *OrganizationSession::invite(const QStringList &emails, Role role,
                                           const QStringList &licenses)
{
    ApiClient *client = m_client;
    const qint64 orgId = m_options.organizationId;
    auto *operation = new BulkOperation(
        emails,
        [client, orgId, emails, role, licenses](const QList<int> &indexes, QObject *context,
                                                ApiClient::Callback<BulkResult> done) {
            QStringList batch;
            for (int index : indexes)
                batch << emails.at(index);
            return client->invite(orgId, batch, role, licenses, context, std::move(done));
        },
        m_client, this);
    connect(operation, &BulkOperation::finished, this, [this] { refresh(); });
    // A batch answered before the failure may have created invitations.
    connect(operation, &BulkOperation::failed, this, [this] { refresh(); });
    connect(operation, &BulkOperation::abandoned, this, [this] { refresh(); });
    operation->start();
    return operation;
}

BulkOperation *OrganizationSession::revoke(const QList<qint64> &invitationIds)
{
    ApiClient *client = m_client;
    const qint64 orgId = m_options.organizationId;
    return startOnRecords(UserAction::of(UserAction::Kind::Revoke), invitationIds,
                          [client, orgId](const QList<qint64> &ids, QObject *context,
                                          ApiClient::Callback<BulkResult> done) {
                              return client->revoke(orgId, ids, context, std::move(done));
                          });
}

BulkOperation *OrganizationSession::resend(const QList<qint64> &invitationIds)
{
    ApiClient *client = m_client;
    const qint64 orgId = m_options.organizationId;
    return startOnRecords(UserAction::of(UserAction::Kind::Resend), invitationIds,
                          [client, orgId](const QList<qint64> &ids, QObject *context,
                                          ApiClient::Callback<BulkResult> done) {
                              return client->resend(orgId, ids, context, std::move(done));
                          });
}

BulkOperation *OrganizationSession::removeMembers(const QList<qint64> &userIds)
{
    ApiClient *client = m_client;
    const qint64 orgId = m_options.organizationId;
    return startOnRecords(UserAction::of(UserAction::Kind::RemoveUsers), userIds,
                          [client, orgId](const QList<qint64> &ids, QObject *context,
                                          ApiClient::Callback<BulkResult> done) {
                              return client->removeMembers(orgId, ids, context, std::move(done));
                          });
}

BulkOperation *OrganizationSession::changeRole(const QList<qint64> &userIds, Role role,
                                               bool removeFromTeams)
{
    ApiClient *client = m_client;
    const qint64 orgId = m_options.organizationId;
    return startOnRecords(
        UserAction::changeRole(role, removeFromTeams), userIds,
        [client, orgId, role, removeFromTeams](const QList<qint64> &ids, QObject *context,
                                               ApiClient::Callback<BulkResult> done) {
            return client->changeRole(orgId, ids, role, removeFromTeams, context, std::move(done));
        });
}

BulkOperation *OrganizationSession::transferOwnership(const QList<qint64> &userIds)
{
    ApiClient *client = m_client;
    const qint64 orgId = m_options.organizationId;
    return startOnRecords(UserAction::of(UserAction::Kind::TransferOwnership), userIds,
                          [client, orgId](const QList<qint64> &ids, QObject *context,
                                          ApiClient::Callback<BulkResult> done) {
                              return client->transferOwnership(orgId, ids.value(0), context,
                                                               std::move(done));
                          });
}

BulkOperation *OrganizationSession::startOnRecords(const UserAction &action,
                                                   const QList<qint64> &ids, SendIds send)
{
    const Availability allowed = availability(action, ids);
    // The ids travel with the request: the operation sends indexes of them.
    const QList<qint64> applies = allowed.applies;
    const bool transfer = action.kind == UserAction::Kind::TransferOwnership;
    auto *operation = new BulkOperation(
        applies,
        [applies, send = std::move(send), transfer](const QList<int> &indexes, QObject *context,
                                                    ApiClient::Callback<BulkResult> done) {
            QList<qint64> batch;
            for (int index : indexes)
                batch << applies.at(index);
            // POST …/ownership takes one member: one request per item.
            if (transfer)
                batch = batch.mid(0, 1);
            return send(batch, context, std::move(done));
        },
        m_client, this);
    operation->setLeftOut(allowed.skipped);
    const ListKind list = listOf(action.kind);
    // Connected first, so that the lists and the role are up to date before
    // anyone else hears of the end.
    connect(operation, &BulkOperation::finished, this,
            [this, operation, list, transfer] { finishOperation(operation, list, transfer); });
    connect(operation, &BulkOperation::abandoned, this, [this] { refresh(); });
    operation->start();
    return operation;
}

void OrganizationSession::finishOperation(BulkOperation *operation, ListKind list, bool transfer)
{
    // Done and skipped records are unchecked; failed ones stay checked for a retry.
    QList<qint64> settled;
    bool transferred = false;
    const BulkResult results = operation->results();
    for (int i = 0; i < results.size(); ++i) {
        if (results.at(i).outcome() != ItemOutcome::Failed)
            settled << operation->ids().value(i);
        transferred = transferred || results.at(i).status == ItemStatus::Transferred;
    }
    for (const SkippedTarget &left : operation->leftOut())
        settled << left.id;
    model(list)->setIdsChecked(settled, false);
    if (transfer && transferred) {
        // The former Owner is Admin now: the rules follow at once.
        m_role = Role::Admin;
        for (OrganizationMembership &membership : m_user.organizations) {
            if (membership.organizationId == m_options.organizationId)
                membership.role = Role::Admin;
        }
        emit actorChanged();
    }
    refresh();
}
