#include "RequestHandler.h"

#include "Database.h"
#include "Migrations.h"
#include "RateLimiter.h"
#include "RequestParsing.h"
#include "StorageError.h"
#include "TouchThrottle.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <chrono>
#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiServer", text);
}

void logLine(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

/// Milliseconds of the monotonic clock that every worker thread shares.
qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

ApiResponse busy()
{
    const int wait = RequestHandler::BusyRetryAfterSeconds;
    ApiResponse response = ApiResponse::error(
        503, QStringLiteral("service_unavailable"),
        QCoreApplication::translate(
            "ApiServer", "The database is busy or cannot be reached; try again in %n second(s).",
            nullptr, wait),
        {{QStringLiteral("retryAfterSeconds"), wait}});
    response.addHeader("Retry-After", QByteArray::number(wait));
    return response;
}

} // namespace

RequestHandler::RequestHandler(std::unique_ptr<Database> database, MailSender &mail,
                               const ServerSecret &secret, const ServerConfig &config,
                               RateLimiter &rateLimiter, TouchThrottle &touches)
    : m_database(std::move(database)), m_ctx(*m_database, secret, mail, config),
      m_rateLimiter(rateLimiter), m_touches(touches), m_organizations(m_ctx), m_members(m_ctx),
      m_licenses(m_ctx), m_invitations(m_ctx), m_public(m_ctx)
{}

RequestHandler::~RequestHandler() = default;

ApiResponse RequestHandler::liveness()
{
    ApiResponse response =
        ApiResponse::json({{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("version"), QStringLiteral(TESTOPS_VERSION)}});
    response.addStandardHeaders();
    return response;
}

template<typename Write> void RequestHandler::touchIfFree(Write write)
{
    // Inside the request's own transaction the write waits as the others do
    // (on SQLite the lock is ours already; on PostgreSQL a failed statement
    // would abort the transaction). Outside it, waiting would hold up the
    // answer for a write nobody waits for.
    if (m_ctx.db.depth() > 0) {
        write();
        return;
    }
    m_ctx.db.setBusyTimeout(0);
    try {
        write();
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::Busy) {
            m_ctx.db.setBusyTimeout(Database::BusyTimeoutMs);
            throw;
        }
    }
    m_ctx.db.setBusyTimeout(Database::BusyTimeoutMs);
}

ApiResponse RequestHandler::handle(ApiRequest &request)
{
    ApiResponse response;
    try {
        request.now = QDateTime::currentDateTimeUtc();
        const RouteMatch match = Router::match(request.method, request.path);
        if (!match.route && match.allowedMethods.isEmpty()) {
            response = ApiResponse::error(404, QStringLiteral("not_found"),
                                          tr("There is nothing at %1.").arg(request.path));
        } else if (!match.route) {
            // HEAD is answered wherever GET is (RFC 9110 §9.3.2).
            QList<QByteArray> methods = match.allowedMethods;
            if (methods.contains("GET") && !methods.contains("HEAD"))
                methods.insert(methods.indexOf("GET") + 1, "HEAD");
            QJsonArray allowed;
            for (const QByteArray &method : methods)
                allowed.append(QString::fromLatin1(method));
            response =
                ApiResponse::error(405, QStringLiteral("method_not_allowed"),
                                   tr("%1 is not allowed on %2.")
                                       .arg(QString::fromLatin1(request.method), request.path),
                                   {{QStringLiteral("allowed"), allowed}});
            response.addHeader("Allow", methods.join(", "));
        } else {
            request.pathParameters = match.parameters;
            std::optional<ApiResponse> refused;
            if (match.route->needsToken)
                refused = authenticate(request);
            const bool inOrganization = request.pathParameters.contains(QStringLiteral("orgId"));
            // A change in an organization decides on the caller's role
            // under the same write lock as the change itself: another
            // server on the database may demote or remove the caller
            // meanwhile. The handlers' own transactions nest in this one.
            std::optional<Transaction> transaction;
            if (!refused && inOrganization && request.method != "GET")
                transaction.emplace(m_ctx.db);
            if (!refused && inOrganization)
                refused = enterOrganization(request);
            response = refused ? *refused : dispatch(match.route->id, request);
            if (transaction)
                transaction->commit();
        }
    } catch (const StorageError &error) {
        m_ctx.db.rollback();
        logLine(QStringLiteral("storage error: %1").arg(error.message()));
        response = error.kind() == StorageError::Kind::Busy
                       ? busy()
                       : ApiResponse::error(500, QStringLiteral("internal_error"),
                                            tr("The server could not complete the request."));
    } catch (const std::exception &error) {
        m_ctx.db.rollback();
        logLine(QStringLiteral("error: %1").arg(QString::fromLocal8Bit(error.what())));
        response = ApiResponse::error(500, QStringLiteral("internal_error"),
                                      tr("The server could not complete the request."));
    }
    m_ctx.db.releaseStatements();
    response.addStandardHeaders();
    return response;
}

std::optional<ApiResponse> RequestHandler::authenticate(ApiRequest &request)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const QByteArray scheme = authorization.left(7);
    if (authorization.isEmpty() || scheme.compare("Bearer ", Qt::CaseInsensitive) != 0) {
        ApiResponse response = ApiResponse::error(
            401, QStringLiteral("unauthorized"),
            tr("This request needs an API token: Authorization: Bearer <token>."));
        response.addHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const QString hash = ServerSecret::tokenHash(token);
    const auto user = m_ctx.accounts.userForTokenHash(hash);
    if (!user) {
        ApiResponse response = ApiResponse::error(401, QStringLiteral("invalid_token"),
                                                  tr("The API token is not valid."));
        response.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }
    const qint64 nowMs = monotonicMs();
    if (const int wait = m_rateLimiter.acquire(hash.toLatin1(), nowMs)) {
        ApiResponse response = ApiResponse::error(
            429, QStringLiteral("too_many_requests"),
            QCoreApplication::translate(
                "ApiServer", "Too many requests with this token; try again in %n second(s).",
                nullptr, wait),
            {{QStringLiteral("retryAfterSeconds"), wait}});
        response.addHeader("Retry-After", QByteArray::number(wait));
        return response;
    }
    request.userId = user->id;
    request.userName = user->fullName;
    request.userEmail = user->email;
    if (m_touches.isDue(0, user->id, nowMs))
        touchIfFree([&] { m_ctx.accounts.touch(user->id, request.now); });
    return std::nullopt;
}

std::optional<ApiResponse> RequestHandler::enterOrganization(ApiRequest &request)
{
    const QString text = request.pathParameters.value(QStringLiteral("orgId"));
    // Canonical digits only: QString::toLongLong also took "+1", " 1", "1 " and
    // "1\0" (it stops at a NUL), so several paths named the same organization.
    const std::optional<qint64> id = RequestParsing::positiveId(text);
    // Organizations that do not exist are 404; existing ones the caller is
    // not an active member of are 403 (the id alone reveals little).
    // A change locks the organization before it reads the caller's role.
    const bool exists = id && (m_ctx.db.depth() > 0 ? m_ctx.organizations.lock(*id)
                                                    : m_ctx.organizations.exists(*id));
    if (!exists)
        return ApiResponse::error(404, QStringLiteral("organization_not_found"),
                                  tr("There is no organization %1.").arg(text),
                                  {{QStringLiteral("orgId"), text}});
    const auto membership = m_ctx.organizations.membership(*id, request.userId);
    if (!membership || membership->status != MemberStatus::Active)
        return ApiResponse::error(403, QStringLiteral("forbidden"),
                                  tr("You are not an active member of this organization."),
                                  {{QStringLiteral("reason"), QStringLiteral("not_a_member")}});
    request.organizationId = *id;
    request.role = membership->role;
    // Last access is per organization: another organization that this user
    // also belongs to learns nothing of their use of this one.
    if (m_touches.isDue(*id, request.userId, monotonicMs()))
        touchIfFree([&] { m_ctx.members.touch(*id, request.userId, request.now); });
    return std::nullopt;
}

ApiResponse RequestHandler::dispatch(RouteId route, ApiRequest &request)
{
    switch (route) {
    case RouteId::Health:
        return health(request);
    case RouteId::Me:
        return m_organizations.me(request);
    case RouteId::Organization:
        return m_organizations.organization(request);
    case RouteId::Members:
        return m_members.list(request);
    case RouteId::Invitations:
        return m_invitations.list(request);
    case RouteId::Invite:
        return m_invitations.invite(request);
    case RouteId::RevokeInvitations:
        return m_invitations.revoke(request);
    case RouteId::ResendInvitations:
        return m_invitations.resend(request);
    case RouteId::RemoveMembers:
        return m_members.remove(request);
    case RouteId::ChangeRole:
        return m_members.changeRole(request);
    case RouteId::ChangeLicenses:
        return m_licenses.change(request);
    case RouteId::TransferOwnership:
        return m_members.transferOwnership(request);
    case RouteId::Teams:
        return m_organizations.teams(request);
    case RouteId::Machines:
        return m_organizations.machines(request);
    case RouteId::RegisterMachine:
        return m_organizations.registerMachine(request);
    case RouteId::AuditEvents:
        return m_organizations.auditEvents(request);
    case RouteId::PublicInvitation:
        return m_public.show(request);
    case RouteId::AcceptInvitation:
        return m_public.accept(request);
    case RouteId::JoinPage:
        return m_public.joinPage(request);
    case RouteId::JoinSubmit:
        return m_public.joinSubmit(request);
    }
    return ApiResponse::error(404, QStringLiteral("not_found"), tr("Unknown route."));
}

ApiResponse RequestHandler::health(const ApiRequest &request)
{
    const QString ready = request.query.queryItemValue(QStringLiteral("ready"));
    if (!request.query.hasQueryItem(QStringLiteral("ready")) || ready == QLatin1String("0") ||
        ready == QLatin1String("false"))
        return liveness();
    if (ready != QLatin1String("1") && ready != QLatin1String("true"))
        return ApiResponse::error(400, QStringLiteral("invalid_parameter"),
                                  tr("ready must be 1 or 0."),
                                  {{QStringLiteral("parameter"), QStringLiteral("ready")}});
    // A load balancer's readiness check: one read of the database. A failure
    // of any kind means "send no traffic here for now".
    try {
        Migrations::storedVersion(m_ctx.db);
    } catch (const StorageError &error) {
        logLine(QStringLiteral("readiness: %1").arg(error.message()));
        return busy();
    }
    return liveness();
}
