#pragma once

#include "BulkOperation.h"
#include "InviteUsersRequest.h"
#include "ListKind.h"
#include "SessionOptions.h"

#include <ActionRules.h>
#include <ApiClient.h>
#include <Invitation.h>
#include <LocalCache.h>
#include <Member.h>
#include <Organization.h>
#include <UserCsvExport.h>

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ActiveUsersModel;
class ListRefresh;
class MemberTableModel;
class PendingInvitationsModel;
class RecordTableModel;
class RemovedUsersModel;

/// One home for what the app knows of the organization it manages: the
/// ApiClient, the signed-in user and their role, the organization with its
/// license pools, the three lists as table models, their refresh, the local
/// cache, and whether the server answers. The windows are views of it; the
/// actions are its operations. No widgets: a test builds one from an
/// ApiClient and plain values, against the real server.
///
/// Life: open() forgets the previous organization's requests and shows the
/// cached lists at once (LocalCache); signIn() asks who the token's user is
/// (GET /me), and a user who may manage users gets the lists refreshed.
/// signIn() again after the server moved (the local organization restarts
/// on another port).
///
/// Refresh: refresh() fetches the organization and the three lists at once
/// and changes the models when all have arrived; the checks are kept by id.
/// A refresh asked for while one runs runs once after it. A failure keeps
/// the lists shown; a server out of reach makes the session offline until a
/// refresh succeeds.
///
/// Operations (invite, revoke, resend, remove, change role, transfer
/// ownership): each takes ids or values, applies ActionRules (records the
/// rules refuse are left out, never sent), sends through a BulkOperation that
/// reports a typed ItemResult per item, and when it has finished unchecks the
/// records done or skipped (failed ones stay checked for a retry) and
/// refreshes. Copy activation links and export read the lists.
class OrganizationSession : public QObject
{
    Q_OBJECT

public:
    enum class Phase
    {
        Closed,       ///< not opened yet
        SigningIn,    ///< GET /me in flight
        SignedIn,     ///< may manage users; the lists refresh
        RoleRequired, ///< signed in as a Billing Manager or Member
        NotAMember,   ///< the user is not a member of the organization asked for
        SignInFailed, ///< GET /me failed (lastError())
    };

    /// A session with its own ApiClient.
    explicit OrganizationSession(QObject *parent = nullptr);
    /// A session over `client`, which it takes as its child.
    OrganizationSession(ApiClient *client, const SessionOptions &options,
                        QObject *parent = nullptr);
    ~OrganizationSession() override;

    ApiClient *client() const { return m_client; }
    const SessionOptions &options() const { return m_options; }

    // --- connecting ---------------------------------------------------------
    /// Opens `options`: what runs for the previous options is abandoned, and
    /// the cached lists show (if the cache holds any and the lists shown are
    /// not this organization's already). Nothing is sent yet: signIn() next.
    void open(const SessionOptions &options);
    /// Signs in with the client's server and token (GET /me), then refreshes.
    /// Again after the server moved.
    void signIn();
    /// The server is gone (the local organization's process died): requests
    /// are abandoned and the session is offline with `why`, keeping the lists.
    void setConnectionLost(const QString &why);

    Phase phase() const { return m_phase; }
    /// The organization's id (after sign-in, the one chosen when 0 was asked).
    qint64 organizationId() const { return m_options.organizationId; }
    /// The token's user (GET /me); empty before sign-in.
    const CurrentUser &user() const { return m_user; }
    /// The signed-in user and their role in the organization, for ActionRules.
    Actor actor() const { return {m_user.userId, m_role}; }
    /// The organization (name, license pools) as last loaded.
    const Organization &organization() const { return m_organization; }
    /// Whether the signed-in user may manage users (Owner, Admin).
    bool canManageUsers() const { return m_phase == Phase::SignedIn; }

    // --- the lists ----------------------------------------------------------
    RecordTableModel *model(ListKind list) const;
    ActiveUsersModel *activeUsers() const { return m_active; }
    PendingInvitationsModel *pendingInvitations() const { return m_pending; }
    RemovedUsersModel *removedUsers() const { return m_removed; }
    /// Whether any lists are shown (from the cache or a refresh).
    bool hasData() const { return m_dataTime.isValid(); }
    /// When the lists shown were fetched (UTC); invalid when none are.
    QDateTime dataTime() const { return m_dataTime; }
    bool isRefreshing() const;
    /// The server could not be reached by the last sign-in or refresh.
    bool isOffline() const { return m_offline; }
    /// Why the last sign-in or refresh failed; null after a success.
    const ClientError &lastError() const { return m_lastError; }

    /// Loads the organization and the lists again (see the class comment).
    /// Ignored before a sign-in that allows managing users.
    void refresh();

    // --- records by id (values, for dialogs and details) --------------------
    /// The members of `list` (Active or Removed) with these ids, in the order
    /// of `ids`; unknown ids are skipped.
    QList<Member> members(ListKind list, const QList<qint64> &ids) const;
    /// Every member of `list` (Active or Removed), in the model's row order.
    QList<Member> allMembers(ListKind list) const;
    /// The open invitations with these ids, in the order of `ids`.
    QList<Invitation> invitations(const QList<qint64> &ids) const;
    std::optional<Member> member(ListKind list, qint64 userId) const;
    std::optional<Invitation> invitation(qint64 invitationId) const;

    /// What `action` applies to among the records `ids` of its list, for the
    /// signed-in user (ActionRules::availability). Ids the session does not
    /// know are left to the server: they apply.
    Availability availability(const UserAction &action, const QList<qint64> &ids) const;

    /// What Invite Users starts from, pre-filled with `addresses`.
    InviteUsersRequest inviteRequest(const QStringList &addresses = {}) const;
    /// Copy Activation Link: the links of the invitations the rules allow
    /// among `invitationIds`, one per invitation that has one, in order.
    QStringList activationLinks(const QList<qint64> &invitationIds) const;

    // --- operations -------------------------------------------------------------
    // Each returns an operation already started (a child of the session);
    // connect to its signals, and delete it once done with it.

    /// Invites `emails` (valid addresses) with `role` and license product
    /// codes. The lists refresh when it finishes, fails (batches answered
    /// before the failure may have created invitations) or is abandoned.
    BulkOperation *invite(const QStringList &emails, Role role, const QStringList &licenses);
    BulkOperation *revoke(const QList<qint64> &invitationIds);
    BulkOperation *resend(const QList<qint64> &invitationIds);
    BulkOperation *removeMembers(const QList<qint64> &userIds);
    BulkOperation *changeRole(const QList<qint64> &userIds, Role role, bool removeFromTeams);
    /// Hands ownership to the one member the rules allow among `userIds`
    /// (exactly one; otherwise every record is left out). On success the
    /// signed-in user is Admin (actorChanged()).
    BulkOperation *transferOwnership(const QList<qint64> &userIds);

    /// Export Users: the complete Active and Removed lists (not what a search
    /// shows) written to `path` on a worker thread (UserCsvExport::writeAsync).
    QFuture<UserCsvExport::Result> exportUsers(const QString &path) const;
    /// Records the export would write.
    qint64 exportRowCount() const;

signals:
    void signInStarted();
    /// Signed in; phase() is SignedIn or RoleRequired; user() and actor() are set.
    void signedIn();
    /// The user is not a member of the organization asked for (or of any).
    void notAMember();
    void signInFailed(const ClientError &error);
    /// The signed-in user's role changed (a transfer of ownership).
    void actorChanged();
    /// The organization's name or pools changed (from the cache or a refresh).
    void organizationChanged();
    /// The cached lists are shown (before any refresh of this session).
    void cacheLoaded();
    void refreshStarted();
    void refreshProgress(qint64 received, qint64 total);
    /// Fresh lists are in the models.
    void refreshed();
    void refreshFailed(const ClientError &error);
    /// A sign-in or a refresh failed; `error` says why (offline or not).
    void connectionFailed(const ClientError &error);
    /// setConnectionLost() was called.
    void connectionLost(const QString &why);
    /// The fresh lists could not be written to the cache.
    void cacheSaveFailed(const QString &message);

private:
    void onSignedIn(const CurrentUser &user);
    void onSignInFailed(const ClientError &error);
    void loadCache();
    void applySnapshot(const CacheSnapshot &snapshot);
    void finishRefresh(const CacheSnapshot &snapshot);
    void failRefresh(const ClientError &error);
    void stopRefresh();
    /// A started operation over the records `ids` of `action`'s list, with
    /// the records the rules refuse left out.
    using SendIds = std::function<ApiClient::RequestId(const QList<qint64> &ids, QObject *context,
                                                       ApiClient::Callback<BulkResult> done)>;
    BulkOperation *startOnRecords(const UserAction &action, const QList<qint64> &ids, SendIds send);
    void finishOperation(BulkOperation *operation, ListKind list, bool transfer);
    /// The members' model of `list`: Removed, or Active for any other.
    const MemberTableModel *memberModel(ListKind list) const;

    ApiClient *m_client;
    SessionOptions m_options;
    Phase m_phase = Phase::Closed;
    CurrentUser m_user;
    Role m_role = Role::Member;
    Organization m_organization;

    ActiveUsersModel *m_active;
    PendingInvitationsModel *m_pending;
    RemovedUsersModel *m_removed;

    QDateTime m_dataTime;
    bool m_fresh = false; ///< the lists shown came from this organization's server
    bool m_offline = false;
    ClientError m_lastError;
    QPointer<ListRefresh> m_refresh;
    bool m_refreshAgain = false;
    QPointer<QObject> m_signIn; ///< the context of the GET /me in flight
    quint64 m_generation = 0;   ///< open() makes older cache answers stale
};
