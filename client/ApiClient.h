#pragma once

#include "ApiResult.h"

#include <AuditEvent.h>
#include <AuditEventQuery.h>
#include <BulkResult.h>
#include <Invitation.h>
#include <Member.h>
#include <Organization.h>
#include <Role.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class ListFetch;

/// The client of the user-management API, version 1 (docs/openapi.json).
///
/// One QNetworkAccessManager; every request carries `Authorization: Bearer
/// <token>` once a token is set (health needs none) and a transfer timeout. Nothing here blocks:
/// each request takes a `context` QObject and a callback that receives an ApiResult<T> — the value
/// or a ClientError — exactly once, later, in the context's thread (the client's thread, normally
/// the GUI thread). When the context is destroyed before the answer, the callback is not called and
/// the request is aborted. Use the client from the thread it lives in.
///
///     client->fetchMembers(orgId, MemberStatus::Active, this,
///         [this](ApiResult<QList<Member>> result) { … },
///         [this](qint64 received, qint64 total) { progressBar->setValue(…); });
///
/// Lists (fetchMembers, fetchInvitations) fetch every page. A server whose
/// answers carry "next" is paged by key, one page after the other, each
/// starting `after` the previous page's last record: members removed or
/// added meanwhile make no one else skipped or repeated. Otherwise page 0
/// comes first (its "total" gives the page count), then up to
/// pagesInFlight() pages at once. Each page is parsed and decoded on the
/// client's own thread pool, so the GUI thread only moves bytes (figures:
/// docs/performance.md).
///
/// TLS certificates are verified by Qt's defaults; the client never calls
/// ignoreSslErrors(): an untrusted certificate is a ClientError of kind Tls
/// listing the certificate's problems. Redirects are followed only to the same
/// origin, so the token never goes to another server.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(ApiResult<T>)>;
    /// Progress of a list: `received` records of `total` (total is the
    /// server's count from the first page; received ≤ total is not guaranteed
    /// when the list changes while it is fetched).
    using Progress = std::function<void(qint64 received, qint64 total)>;
    /// Identifies a request for cancel(); never 0.
    using RequestId = quint64;

    /// Default transfer timeout: 30 s without any data moving.
    static constexpr int DefaultTimeoutMs = 30000;
    /// Records per page for fetchMembers/fetchInvitations: the API's maximum.
    static constexpr int DefaultPageSize = 1000;
    /// Pages of one list requested at the same time.
    static constexpr int DefaultPagesInFlight = 4;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    /// The server's base URL without "/api/v1", e.g. http://127.0.0.1:8080 or
    /// https://testops.example.com; normalized with ServerUrl::normalized()
    /// (trailing slash, user info, query and fragment dropped; a path prefix kept).
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    /// Whether the base URL is an http or https URL with a host. Requests made
    /// without one fail (later, through their callback) with a Network error
    /// saying so.
    bool hasUsableBaseUrl() const;

    /// The API token (sent as a Bearer token; never logged). Empty: no Authorization header.
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }

    /// Transfer timeout per request in milliseconds (QNetworkRequest::setTransferTimeout):
    /// a request fails with ClientError::Kind::Timeout when no data moves for
    /// this long. Values < 1 restore DefaultTimeoutMs. Applies to requests started afterwards.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    /// Records per page (1…1000; out-of-range values are clamped) and pages in
    /// flight (1…16) for list fetches. For tests and the benchmark.
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    void setPagesInFlight(int pages);
    int pagesInFlight() const { return m_pagesInFlight; }

    /// GET /health: the server's version string, e.g. "0.1.0". No token needed.
    RequestId health(QObject *context, Callback<QString> done);

    /// GET /me: the token's user and their organizations with role. A bad
    /// token gives a ClientError with httpStatus 401.
    RequestId me(QObject *context, Callback<CurrentUser> done);

    /// GET /organizations/{orgId}: name and license pools.
    RequestId organization(qint64 orgId, QObject *context, Callback<Organization> done);

    /// All members with `status` (active or removed): every page, pageSize()
    /// records each (by key, or up to pagesInFlight() requests at once by
    /// offset), in the server's order, each member once. `progress` (may be empty) is called after
    /// each page. The first failing page fails the whole fetch (the others are aborted).
    RequestId fetchMembers(qint64 orgId, MemberStatus status, QObject *context,
                           Callback<QList<Member>> done, Progress progress = {});

    /// All open invitations (status "open": pending and expired), every page,
    /// as fetchMembers.
    RequestId fetchInvitations(qint64 orgId, QObject *context, Callback<QList<Invitation>> done,
                               Progress progress = {});

    /// GET /organizations/{orgId}/audit-events: one page of the audit log,
    /// newest first, filtered and placed by `query` (actions, actor, target
    /// user, time range, literal search; query.size events at most). For the
    /// next (older) page, pass the page's nextCursor as query.cursor; an
    /// empty nextCursor marks the last page. Owner and Admin: others get a
    /// ClientError with httpStatus 403; a bad parameter or cursor 400
    /// (error code "invalid_parameter", details.parameter naming it).
    RequestId auditEvents(qint64 orgId, const AuditEventQuery &query, QObject *context,
                          Callback<AuditEventPage> done);

    /// POST /invitations: invites each address (as given; check them first
    /// with EmailAddress::parseList) with `role` and the license product codes.
    /// One ItemResult per address in request order: Invited (with the
    /// invitation), AlreadyMember, AlreadyInvited, InvalidEmail, NoSeats, Error.
    RequestId invite(qint64 orgId, const QStringList &emails, Role role,
                     const QStringList &licenses, QObject *context, Callback<BulkResult> done);

    /// POST /invitations/revoke: Revoked, AlreadyRevoked, AlreadyAccepted,
    /// NotFound, Error. More than 1000 ids give HTTP 422.
    RequestId revoke(qint64 orgId, const QList<qint64> &invitationIds, QObject *context,
                     Callback<BulkResult> done);

    /// POST /invitations/resend: Resent (with the new expiresAt and the
    /// invitation); the old link stops working. AlreadyAccepted, NotFound, Error.
    RequestId resend(qint64 orgId, const QList<qint64> &invitationIds, QObject *context,
                     Callback<BulkResult> done);

    /// POST /members/remove: Removed (releasedMachines, releasedLicenses),
    /// AlreadyRemoved, Error (cannot_remove_self, cannot_remove_owner, forbidden, not_found).
    RequestId removeMembers(qint64 orgId, const QList<qint64> &userIds, QObject *context,
                            Callback<BulkResult> done);

    /// POST /members/change-role: Changed, Unchanged, Error (forbidden,
    /// cannot_change_own_role, cannot_change_owner, billing_manager_in_teams
    /// with the team names in error.details).
    RequestId changeRole(qint64 orgId, const QList<qint64> &userIds, Role role,
                         bool removeFromTeams, QObject *context, Callback<BulkResult> done);

    /// POST /ownership: the Owner hands ownership to the active member `userId`.
    /// The answer is reported as one ItemResult with ItemStatus::Transferred
    /// (id `userId`, role Owner), so that a transfer reports like the other
    /// actions; or a ClientError (403 when not the Owner, 409 for the Owner
    /// themselves, 422 when the member is not active).
    RequestId transferOwnership(qint64 orgId, qint64 userId, QObject *context,
                                Callback<BulkResult> done);

    /// Aborts the request (all pages of a list); its callback is not called.
    /// Unknown or finished ids are ignored.
    void cancel(RequestId id);
    /// Aborts every request in flight; no callback is called.
    void cancelAll();
    /// Requests in flight (a list fetch counts once).
    int pendingRequests() const;

private:
    friend class ListFetch;
    using Handler = std::function<void(QNetworkReply *reply, const ClientError &error)>;

    /// nullptr when the base URL is not a usable http(s) URL.
    QNetworkReply *get(const QString &path, const QList<QPair<QString, QString>> &query = {});
    QNetworkReply *post(const QString &path, const QByteArray &json);
    QUrl apiUrl(const QString &path, const QList<QPair<QString, QString>> &query) const;
    RequestId track(QNetworkReply *reply, QObject *context, Handler handler);
    RequestId postBulk(const QString &path, const QByteArray &body, QObject *context,
                       Callback<BulkResult> done);
    RequestId nextId() { return ++m_lastId; }
    static ClientError errorOf(QNetworkReply *reply, int timeoutMs);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_pageSize = DefaultPageSize;
    int m_pagesInFlight = DefaultPagesInFlight;
    RequestId m_lastId = 0;
    QHash<RequestId, QPointer<QNetworkReply>> m_replies;
    QHash<RequestId, QPointer<ListFetch>> m_lists;
    QSet<RequestId> m_unsent; ///< requests failed for want of a base URL, not yet reported
    /// Parses list pages off the client's thread (the GUI thread stays free).
    QThreadPool m_parsePool;
};
