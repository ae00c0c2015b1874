#include "ApiServer.h"

#include "RequestParsing.h"
#include "Router.h"
#include "ServerContext.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMetaObject>

#include <cstdio>
#include <optional>

namespace {

// Writing lastAccessAt on every request would turn reads into writes.
constexpr qint64 TouchIntervalMs = 60 * 1000;

void logLine(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

ApiServer::ApiServer(ServerContext &context, const HttpServerSettings &settings, QObject *parent)
    : QObject(parent), m_ctx(context), m_rateLimiter(context.config.rateLimit),
      m_organizations(context), m_members(context), m_invitations(context), m_public(context)
{
    m_clock.start();
    m_http =
        std::make_unique<HttpServer>(settings, [this](ApiRequest request, HttpResponder respond) {
            // From the network thread to this object's thread, which owns the database.
            QMetaObject::invokeMethod(
                this,
                [this, request = std::move(request), respond = std::move(respond)]() mutable {
                    respond(handle(request));
                },
                Qt::QueuedConnection);
        });
}

ApiServer::~ApiServer()
{
    m_http->stop();
}

bool ApiServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    return m_http->listen(address, port, error);
}

quint16 ApiServer::port() const
{
    return m_http->port();
}

void ApiServer::start()
{
    m_http->start();
}

ApiResponse ApiServer::handle(ApiRequest &request)
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
        response = ApiResponse::error(500, QStringLiteral("internal_error"),
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

std::optional<ApiResponse> ApiServer::authenticate(ApiRequest &request)
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
    const qint64 nowMs = m_clock.elapsed();
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
    const auto last = m_lastTouchMs.constFind(user->id);
    if (last == m_lastTouchMs.constEnd() || nowMs - last.value() >= TouchIntervalMs) {
        m_ctx.accounts.touch(user->id, request.now);
        m_lastTouchMs.insert(user->id, nowMs);
    }
    return std::nullopt;
}

std::optional<ApiResponse> ApiServer::enterOrganization(ApiRequest &request)
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
    const QPair<qint64, qint64> member(*id, request.userId);
    const qint64 nowMs = m_clock.elapsed();
    const auto last = m_lastMemberTouchMs.constFind(member);
    if (last == m_lastMemberTouchMs.constEnd() || nowMs - last.value() >= TouchIntervalMs) {
        m_ctx.members.touch(*id, request.userId, request.now);
        m_lastMemberTouchMs.insert(member, nowMs);
    }
    return std::nullopt;
}

ApiResponse ApiServer::dispatch(RouteId route, ApiRequest &request)
{
    switch (route) {
    case RouteId::Health:
        return ApiResponse::json({{QStringLiteral("status"), QStringLiteral("ok")},
                                  {QStringLiteral("version"), QStringLiteral(TESTOPS_VERSION)}});
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
