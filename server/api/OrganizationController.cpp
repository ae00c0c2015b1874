#include "OrganizationController.h"

#include "AuditEventQuery.h"
#include "Inactivity.h"
#include "JsonCodec.h"
#include "MachineStore.h"
#include "Permissions.h"
#include "RequestParsing.h"
#include "SearchKey.h"
#include "ServerContext.h"
#include "Transaction.h"
#include "VisibleText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OrganizationController", text);
}

constexpr int MaxMachineIdLength = 200;

QJsonObject machineJson(const MachineRecord &machine)
{
    return {{QStringLiteral("id"), machine.id},
            {QStringLiteral("machineId"), machine.machineId},
            {QStringLiteral("userId"), machine.userId},
            {QStringLiteral("fullName"), machine.fullName},
            {QStringLiteral("email"), machine.email},
            {QStringLiteral("registeredAt"), JsonCodec::fromTime(machine.registeredAt)}};
}

// The cursor after `event`: its time and id, opaque to clients (base64url of
// "MILLISECONDS.ID"), so that the order's keys may change without a new API.
QString encodeCursor(const AuditEvent &event)
{
    const QByteArray position = QByteArray::number(event.createdAt.toMSecsSinceEpoch()) + '.' +
                                QByteArray::number(event.id);
    return QString::fromLatin1(
        position.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<AuditPosition> decodeCursor(const QString &cursor)
{
    if (cursor.size() > 64)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (!decoded || parts.size() != 2)
        return std::nullopt;
    bool timeOk = false;
    bool idOk = false;
    const AuditPosition position{parts.at(0).toLongLong(&timeOk), parts.at(1).toLongLong(&idOk)};
    if (!timeOk || !idOk || position.id <= 0)
        return std::nullopt;
    return position;
}

QJsonObject listJson(const QJsonArray &items, const PageRequest &page, qint64 total)
{
    return {{QStringLiteral("items"), items},
            {QStringLiteral("page"), page.page},
            {QStringLiteral("size"), page.size},
            {QStringLiteral("total"), total}};
}

} // namespace

ApiResponse OrganizationController::me(const ApiRequest &request)
{
    const UserRecord user{request.userId, request.userEmail, request.userName};
    return ApiResponse::json(JsonCodec::toJson(m_ctx.accounts.currentUser(user)));
}

ApiResponse OrganizationController::organization(const ApiRequest &request)
{
    std::optional<int> inactiveDays;
    ApiResponse error;
    if (!RequestParsing::optionalQueryInt(request, QStringLiteral("inactiveDays"), 1,
                                          Inactivity::MaxDays, &inactiveDays, &error))
        return error;
    const auto organization = m_ctx.organizations.organization(
        request.organizationId, request.now, inactiveDays.value_or(Inactivity::DefaultDays));
    return ApiResponse::json(JsonCodec::toJson(*organization));
}

ApiResponse OrganizationController::teams(const ApiRequest &request)
{
    if (const Decision decision = Permissions::canManageUsers(request.role); !decision)
        return ApiResponse::error(403, decision.code, decision.reason);
    QJsonArray items;
    for (const TeamRecord &team : m_ctx.teams.teams(request.organizationId)) {
        QJsonArray members;
        for (const TeamMemberRecord &member : team.members) {
            members.append(QJsonObject{{QStringLiteral("userId"), member.userId},
                                       {QStringLiteral("fullName"), member.fullName},
                                       {QStringLiteral("email"), member.email}});
        }
        items.append(QJsonObject{{QStringLiteral("id"), team.id},
                                 {QStringLiteral("name"), team.name},
                                 {QStringLiteral("members"), members}});
    }
    return ApiResponse::json(
        {{QStringLiteral("items"), items}, {QStringLiteral("total"), items.size()}});
}

ApiResponse OrganizationController::machines(const ApiRequest &request)
{
    qint64 userId = 0;
    if (request.query.hasQueryItem(QStringLiteral("userId"))) {
        const auto id =
            RequestParsing::positiveId(request.query.queryItemValue(QStringLiteral("userId")));
        if (!id)
            return ApiResponse::error(400, QStringLiteral("invalid_parameter"),
                                      tr("\"userId\" must be a user id."),
                                      {{QStringLiteral("parameter"), QStringLiteral("userId")}});
        userId = *id;
    }
    if (!Permissions::canManageUsers(request.role)) {
        if (userId != 0 && userId != request.userId)
            return ApiResponse::error(403, QStringLiteral("forbidden"),
                                      tr("Only the Owner and Admins see other members' machines."));
        userId = request.userId;
    }
    ApiResponse error;
    const auto page = RequestParsing::pageRequest(request, {}, &error);
    if (!page)
        return error;
    qint64 total = 0;
    QJsonArray items;
    for (const MachineRecord &machine : m_ctx.machines.machines(request.organizationId, userId,
                                                                page->offset(), page->size, &total))
        items.append(machineJson(machine));
    return ApiResponse::json(listJson(items, *page, total));
}

ApiResponse OrganizationController::registerMachine(const ApiRequest &request)
{
    ApiResponse error;
    const auto body = RequestParsing::jsonObject(request, &error);
    if (!body)
        return error;
    const QJsonValue value = body->value(QLatin1String("machineId"));
    if (!value.isString())
        return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                  tr("The request needs \"machineId\" as a string."),
                                  {{QStringLiteral("field"), QStringLiteral("machineId")}});
    const QString machineId = value.toString().trimmed();
    if (machineId.isEmpty() || machineId.size() > MaxMachineIdLength)
        return ApiResponse::error(
            422, QStringLiteral("invalid_machine_id"),
            tr("A machine id has 1 to %1 characters.").arg(MaxMachineIdLength),
            {{QStringLiteral("field"), QStringLiteral("machineId")}});
    // It shows in the admins' machine lists and the audit log.
    if (const auto bad = RequestParsing::firstUnprintable(machineId))
        return ApiResponse::error(422, QStringLiteral("invalid_machine_id"),
                                  tr("A machine id cannot contain control characters (%1).")
                                      .arg(RequestParsing::unitName(*bad)),
                                  {{QStringLiteral("field"), QStringLiteral("machineId")}});
    if (!VisibleText::hasVisible(machineId))
        return ApiResponse::error(422, QStringLiteral("invalid_machine_id"),
                                  tr("A machine id needs at least one visible character."),
                                  {{QStringLiteral("field"), QStringLiteral("machineId")}});
    if (const auto existing = m_ctx.machines.byMachineId(request.organizationId, machineId)) {
        if (existing->userId == request.userId)
            return ApiResponse::json(machineJson(*existing));
        return ApiResponse::error(409, QStringLiteral("machine_taken"),
                                  tr("This machine is registered to another member."));
    }
    Transaction transaction(m_ctx.db);
    const qint64 id =
        m_ctx.machines.add(request.organizationId, request.userId, machineId, request.now);
    m_ctx.audit.record(auditEvent(request, AuditAction::MachineRegistered,
                                  {AuditTargetType::Machine, id, machineId, auditCaller(request)}));
    transaction.commit();
    const auto machine = m_ctx.machines.byMachineId(request.organizationId, machineId);
    return ApiResponse::json(machineJson(*machine), 201);
}

ApiResponse OrganizationController::auditEvents(const ApiRequest &request)
{
    if (const Decision decision = Permissions::canManageUsers(request.role); !decision)
        return ApiResponse::error(403, decision.code, decision.reason);
    AuditEventQuery::Error bad;
    const auto query = AuditEventQuery::fromUrlQuery(request.query, &bad);
    if (!query)
        return ApiResponse::error(400, QStringLiteral("invalid_parameter"), bad.message,
                                  {{QStringLiteral("parameter"), bad.parameter}});
    AuditPosition after;
    if (!query->cursor.isEmpty()) {
        const auto position = decodeCursor(query->cursor);
        if (!position)
            return ApiResponse::error(
                400, QStringLiteral("invalid_parameter"),
                tr("\"cursor\" must be the nextCursor of a previous page, unchanged."),
                {{QStringLiteral("parameter"), QStringLiteral("cursor")}});
        after = *position;
    }
    AuditFilter filter;
    filter.organizationId = request.organizationId;
    filter.actions = query->actions;
    filter.actorId = query->actorId;
    filter.targetUserId = query->targetUserId;
    filter.from = query->from;
    filter.to = query->to;
    filter.foldedSearch = SearchKey::fold(query->search);
    const qint64 offset = query->page > 0 ? qint64(query->page) * query->size : 0;
    // One more than the page: whether an older page exists, without a count.
    QList<AuditEvent> events = m_ctx.audit.list(filter, after, offset, query->size + 1);
    AuditEventPage page;
    page.size = query->size;
    page.total = m_ctx.audit.count(filter);
    if (events.size() > query->size) {
        events.removeLast();
        page.nextCursor = encodeCursor(events.last());
    }
    page.items = std::move(events);
    QJsonObject body = JsonCodec::toJson(page);
    if (query->page >= 0)
        body.insert(QStringLiteral("page"), query->page);
    return ApiResponse::json(body);
}
