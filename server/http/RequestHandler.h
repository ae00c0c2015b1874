#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "InvitationController.h"
#include "LicenseController.h"
#include "MemberController.h"
#include "OrganizationController.h"
#include "PublicInvitationController.h"
#include "Router.h"
#include "ServerContext.h"

#include <memory>
#include <optional>

class Database;
class MailSender;
class RateLimiter;
class TouchThrottle;

/// Answers API requests on one worker thread, with a database connection of
/// its own: routing with the route table (Router),
/// authentication, rate limit, organization access, the handler, and the
/// transaction. Every error is a JSON error body as docs/openapi.json defines it:
/// unknown path (404), wrong method (405 with Allow), no or bad token (401),
/// too many requests (429 with Retry-After), unknown organization (404),
/// organization the caller is not an active member of (403), a database
/// that is locked or cannot be reached (503 with Retry-After).
///
/// Built, used and destroyed on its worker thread (a Qt Sql connection
/// belongs to the thread that opened it). The mail queue, the rate limiter
/// and the lastAccessAt throttle are shared by every worker.
class RequestHandler
{
public:
    /// Seconds a client is asked to wait (Retry-After) when the database is busy.
    static constexpr int BusyRetryAfterSeconds = 2;

    /// Takes `database` (open); `mail` (woken after a commit that queued
    /// emails; shared by every worker), `secret`, `config`, `rateLimiter` and
    /// `touches` must outlive the handler.
    RequestHandler(std::unique_ptr<Database> database, MailSender &mail, const ServerSecret &secret,
                   const ServerConfig &config, RateLimiter &rateLimiter, TouchThrottle &touches);
    ~RequestHandler();
    RequestHandler(const RequestHandler &) = delete;
    RequestHandler &operator=(const RequestHandler &) = delete;

    /// Handles one request end to end. Never throws: a storage error rolls
    /// the request back and answers 503 (database busy or unreachable) or
    /// 500. The answer carries the standard headers.
    ApiResponse handle(ApiRequest &request);

    /// The liveness answer of GET /api/v1/health: {"status": "ok",
    /// "version": …}, without touching the database, so that any thread may
    /// answer it at once.
    static ApiResponse liveness();

private:
    /// Fills the caller's identity and checks the rate limit; an error
    /// response when the request may not go on.
    std::optional<ApiResponse> authenticate(ApiRequest &request);
    /// Fills organizationId and role for routes with {orgId}.
    std::optional<ApiResponse> enterOrganization(ApiRequest &request);
    ApiResponse dispatch(RouteId route, ApiRequest &request);
    /// GET /api/v1/health?ready=1: 200 when the database answers, else 503.
    ApiResponse health(const ApiRequest &request);
    /// Runs `write` (a lastAccessAt update) only when no other connection
    /// holds the database's write lock: a read neither waits nor fails for it.
    template<typename Write> void touchIfFree(Write write);

    std::unique_ptr<Database> m_database;
    ServerContext m_ctx;
    RateLimiter &m_rateLimiter;
    TouchThrottle &m_touches;
    OrganizationController m_organizations;
    MemberController m_members;
    LicenseController m_licenses;
    InvitationController m_invitations;
    PublicInvitationController m_public;
};
