#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "HttpServer.h"
#include "InvitationController.h"
#include "MemberController.h"
#include "OrganizationController.h"
#include "PublicInvitationController.h"
#include "RateLimiter.h"
#include "Router.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>

struct ServerContext;

/// The API over HTTP: HttpServer reads each request (within its limits) on
/// its network thread, and ApiServer dispatches it with the route table
/// (Router), so that every error — unknown path (404), wrong method (405 with
/// Allow), no or bad token (401), too many requests (429 with Retry-After),
/// unknown organization (404), organization the caller is not an active
/// member of (403) — is a JSON error body as api.md defines it. Requests are
/// handled on the thread that owns the ApiServer (the database's thread).
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(ServerContext &context, const HttpServerSettings &settings,
              QObject *parent = nullptr);
    ~ApiServer() override;

    /// Listens on `address`:`port` (0 = a free port). False with `error` set
    /// when the address cannot be bound. Connections are taken after start().
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    /// The port actually bound; 0 before listen().
    quint16 port() const;
    /// Begins answering.
    void start();

    /// Handles one request end to end (no socket needed): routing,
    /// authentication, rate limit, organization access, the handler.
    ApiResponse handle(ApiRequest &request);

private:
    /// Fills the caller's identity and checks the rate limit; an error
    /// response when the request may not go on.
    std::optional<ApiResponse> authenticate(ApiRequest &request);
    /// Fills organizationId and role for routes with {orgId}.
    std::optional<ApiResponse> enterOrganization(ApiRequest &request);
    ApiResponse dispatch(RouteId route, ApiRequest &request);

    ServerContext &m_ctx;
    std::unique_ptr<HttpServer> m_http;
    RateLimiter m_rateLimiter;
    QElapsedTimer m_clock;
    QHash<qint64, qint64> m_lastTouchMs; ///< user id → when users.last_access_at was last written
    /// (organization id, user id) → when that member's lastAccessAt was last written
    QHash<QPair<qint64, qint64>, qint64> m_lastMemberTouchMs;
    OrganizationController m_organizations;
    MemberController m_members;
    InvitationController m_invitations;
    PublicInvitationController m_public;
};
