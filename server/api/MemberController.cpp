#include "MemberController.h"

#include "ActionRules.h"
#include "EmailAddress.h"
#include "Inactivity.h"
#include "JsonCodec.h"
#include "ListAnswer.h"
#include "RequestParsing.h"
#include "ServerContext.h"
#include "SqlTime.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MemberController", text);
}

ApiResponse bulkResponse(const BulkResult &results)
{
    return ApiResponse::json(JsonCodec::toJson(results));
}

ItemResult errorItem(qint64 id, const QString &code, const QString &message,
                     const QJsonObject &details = {})
{
    ItemResult item;
    item.id = id;
    item.status = ItemStatus::Error;
    item.error = ApiError{code, message, details};
    return item;
}

ItemResult notAMember(qint64 id)
{
    return errorItem(id, QStringLiteral("not_found"),
                     tr("User %1 is not an active member of this organization.").arg(id));
}

} // namespace

ApiResponse MemberController::list(const ApiRequest &request)
{
    if (const Decision decision = Permissions::canManageUsers(request.role); !decision)
        return ApiResponse::error(403, decision.code, decision.reason);
    MemberFilter filter;
    filter.organizationId = request.organizationId;
    if (request.query.hasQueryItem(QStringLiteral("status"))) {
        const auto status =
            JsonCodec::memberStatusFromName(request.query.queryItemValue(QStringLiteral("status")));
        if (!status)
            return ApiResponse::error(400, QStringLiteral("invalid_parameter"),
                                      tr("\"status\" must be active or removed."),
                                      {{QStringLiteral("parameter"), QStringLiteral("status")}});
        filter.status = *status;
    }
    const QString roleText = request.query.queryItemValue(QStringLiteral("role"));
    if (!roleText.isEmpty()) {
        const auto role = Roles::fromApiName(roleText);
        if (!role)
            return ApiResponse::error(
                400, QStringLiteral("invalid_parameter"),
                tr("\"role\" must be OWNER, ADMIN, BILLING_MANAGER or MEMBER."),
                {{QStringLiteral("parameter"), QStringLiteral("role")}});
        filter.role = role;
    }
    ApiResponse error;
    filter.now = request.now;
    if (!RequestParsing::optionalQueryInt(request, QStringLiteral("inactiveDays"), 1,
                                          Inactivity::MaxDays, &filter.inactiveDays, &error))
        return error;
    const QStringList license =
        request.query.allQueryItemValues(QStringLiteral("license"), QUrl::FullyDecoded);
    if (!license.isEmpty()) {
        const QHash<QString, qint64> pools = m_ctx.organizations.poolIds(request.organizationId);
        if (license.size() == 1 && license.first() == QLatin1String("none")) {
            filter.withoutLicense = true;
        } else if (license.size() == 1 && pools.contains(license.first())) {
            filter.licensePoolId = pools.value(license.first());
        } else {
            QStringList products = pools.keys();
            products.sort();
            products.append(QStringLiteral("none"));
            return ApiResponse::error(400, QStringLiteral("invalid_parameter"),
                                      tr("\"license\" must be one of: %1, given once.")
                                          .arg(products.join(QStringLiteral(", "))),
                                      {{QStringLiteral("parameter"), QStringLiteral("license")}});
        }
    }
    auto page = RequestParsing::pageRequest(request, MemberStore::sortFields(), &error);
    if (!page)
        return error;
    if (!ListAnswer::after(request, MemberStore::sortOf(filter, *page),
                           {QStringLiteral("fullName"), QStringLiteral("email")}, &*page, &error))
        return error;
    // The position first, then the rows: a change that lands in between is
    // in the rows and told again by the next change refresh, never missed.
    ListAnswer::Head head;
    head.page = *page;
    head.position = m_ctx.changes.position(request.organizationId, request.now);
    std::optional<ChangePosition> since;
    if (!ListAnswer::changedSince(request, head.position, &since, &error))
        return error;
    QList<Member> members;
    if (since) {
        MemberChanges changes =
            m_ctx.members.changes(filter, *page, since->change, SqlTime::toDateTime(since->timeMs));
        members = std::move(changes.members);
        head.total = changes.total;
        head.removedIds = std::move(changes.removedIds);
    } else {
        MemberPage result = m_ctx.members.list(filter, *page, head.position.change);
        members = std::move(result.members);
        head.total = result.total;
        head.totalIsLowerBound = result.totalIsLowerBound;
        head.next = std::move(result.next);
    }
    QByteArray body;
    body.reserve(400 * (members.size() + 1));
    JsonWriter json(&body);
    ListAnswer::begin(json);
    for (const Member &member : std::as_const(members))
        JsonCodec::write(json, member);
    ListAnswer::end(json, head);
    return ListAnswer::response(std::move(body));
}

ApiResponse MemberController::remove(const ApiRequest &request)
{
    const UserAction action = UserAction::of(UserAction::Kind::RemoveUsers);
    if (const Decision decision = ActionRules::gate(request.role, action); !decision)
        return ApiResponse::error(403, decision.code, decision.reason);
    ApiResponse error;
    const auto body = RequestParsing::jsonObject(request, &error);
    if (!body)
        return error;
    const auto ids = RequestParsing::idList(*body, QStringLiteral("userIds"), &error);
    if (!ids)
        return error;

    const Actor actor{request.userId, request.role};
    BulkResult results;
    Transaction transaction(m_ctx.db);
    for (qint64 id : *ids) {
        const auto membership = m_ctx.organizations.membership(request.organizationId, id);
        if (!membership) {
            results.append(notAMember(id));
            continue;
        }
        if (membership->status == MemberStatus::Removed) {
            ItemResult item;
            item.id = id;
            item.status = ItemStatus::AlreadyRemoved;
            results.append(item);
            continue;
        }
        const Subject subject{id, membership->role,
                              m_ctx.teams.teamNames(request.organizationId, id)};
        if (const Decision decision =
                ActionRules::decide(actor, action, {id, subject.role, subject.teams});
            !decision) {
            results.append(errorItem(id, decision.code, decision.reason));
            continue;
        }
        const int machines = m_ctx.machines.removeAll(request.organizationId, id);
        const QStringList licenses = m_ctx.members.releaseLicenses(request.organizationId, id);
        m_ctx.teams.removeFromTeams(request.organizationId, id);
        m_ctx.members.markRemoved(request.organizationId, id, request.userId, request.now);
        const QString emailKey = EmailAddress::duplicateKey(membership->email);
        QList<qint64> revokedIds;
        for (qint64 invitationId : m_ctx.invitations.openIds(request.organizationId, emailKey)) {
            m_ctx.invitations.close(invitationId, InvitationStatus::Revoked, request.now);
            revokedIds.append(invitationId);
        }
        AuditEvent removed = auditEvent(request, AuditAction::MemberRemoved,
                                        {AuditTargetType::User,
                                         id,
                                         membership->email,
                                         {id, membership->fullName, membership->email}});
        removed.details.role = membership->role;
        removed.details.releasedMachines = machines;
        removed.details.releasedLicenses = licenses;
        removed.details.teams = subject.teams;
        removed.details.revokedInvitations = revokedIds;
        m_ctx.audit.record(removed);
        ItemResult item;
        item.id = id;
        item.status = ItemStatus::Removed;
        item.releasedMachines = machines;
        item.releasedLicenses = licenses;
        item.revokedInvitations = revokedIds;
        results.append(item);
    }
    transaction.commit();
    return bulkResponse(results);
}

ApiResponse MemberController::changeRole(const ApiRequest &request)
{
    if (const Decision decision =
            ActionRules::gate(request.role, UserAction::of(UserAction::Kind::ChangeRole));
        !decision)
        return ApiResponse::error(403, decision.code, decision.reason);
    ApiResponse error;
    const auto body = RequestParsing::jsonObject(request, &error);
    if (!body)
        return error;
    const auto ids = RequestParsing::idList(*body, QStringLiteral("userIds"), &error);
    if (!ids)
        return error;
    const QJsonValue roleValue = body->value(QLatin1String("role"));
    if (!roleValue.isString())
        return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                  tr("The request needs \"role\" as a string."),
                                  {{QStringLiteral("field"), QStringLiteral("role")}});
    const auto newRole = Roles::fromApiName(roleValue.toString());
    if (!newRole)
        return ApiResponse::error(422, QStringLiteral("invalid_role"),
                                  tr("Unknown role \"%1\"; use ADMIN, BILLING_MANAGER or MEMBER.")
                                      .arg(roleValue.toString()));
    const auto removeFromTeams =
        RequestParsing::optionalBool(*body, QStringLiteral("removeFromTeams"), false, &error);
    if (!removeFromTeams)
        return error;

    const Actor actor{request.userId, request.role};
    const UserAction action = UserAction::changeRole(*newRole, *removeFromTeams);
    BulkResult results;
    Transaction transaction(m_ctx.db);
    for (qint64 id : *ids) {
        const auto membership = m_ctx.organizations.membership(request.organizationId, id);
        if (!membership || membership->status != MemberStatus::Active) {
            results.append(notAMember(id));
            continue;
        }
        const Subject subject{id, membership->role,
                              m_ctx.teams.teamNames(request.organizationId, id)};
        if (const Decision decision =
                ActionRules::decide(actor, action, {id, subject.role, subject.teams});
            !decision) {
            QJsonObject details;
            if (decision.code == QLatin1String("billing_manager_in_teams"))
                details.insert(QStringLiteral("teams"), QJsonArray::fromStringList(subject.teams));
            results.append(errorItem(id, decision.code, decision.reason, details));
            continue;
        }
        ItemResult item;
        item.id = id;
        if (subject.role == *newRole) {
            item.status = ItemStatus::Unchanged;
            item.role = *newRole;
            results.append(item);
            continue;
        }
        QStringList leftTeams;
        if (*newRole == Role::BillingManager && !subject.teams.isEmpty()) {
            m_ctx.teams.removeFromTeams(request.organizationId, id);
            leftTeams = subject.teams;
        }
        m_ctx.members.setRole(request.organizationId, id, *newRole);
        AuditEvent changed = auditEvent(request, AuditAction::MemberRoleChanged,
                                        {AuditTargetType::User,
                                         id,
                                         membership->email,
                                         {id, membership->fullName, membership->email}});
        changed.details.fromRole = subject.role;
        changed.details.toRole = *newRole;
        changed.details.removedFromTeams = leftTeams;
        m_ctx.audit.record(changed);
        item.status = ItemStatus::Changed;
        item.role = *newRole;
        item.previousRole = subject.role;
        item.removedFromTeams = leftTeams;
        results.append(item);
    }
    transaction.commit();
    return bulkResponse(results);
}

ApiResponse MemberController::transferOwnership(const ApiRequest &request)
{
    const UserAction action = UserAction::of(UserAction::Kind::TransferOwnership);
    if (const Decision decision = ActionRules::gate(request.role, action); !decision)
        return ApiResponse::error(403, decision.code, decision.reason);
    ApiResponse error;
    const auto body = RequestParsing::jsonObject(request, &error);
    if (!body)
        return error;
    const QJsonValue idValue = body->value(QLatin1String("userId"));
    if (!idValue.isDouble() || idValue.toDouble() != static_cast<double>(idValue.toInteger()))
        return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                  tr("The request needs \"userId\" as a whole number."),
                                  {{QStringLiteral("field"), QStringLiteral("userId")}});
    const qint64 targetId = idValue.toInteger();
    // Decide under the write lock: another server on the database may remove
    // the target meanwhile, which would leave a removed Owner and no active one.
    Transaction transaction(m_ctx.db);
    const auto membership = m_ctx.organizations.membership(request.organizationId, targetId);
    if (!membership || membership->status != MemberStatus::Active)
        return ApiResponse::error(422, QStringLiteral("not_an_active_member"),
                                  tr("Ownership can go only to an active member."),
                                  {{QStringLiteral("userId"), targetId}});
    if (const Decision decision = ActionRules::decide(Actor{request.userId, request.role}, action,
                                                      {targetId, membership->role, {}});
        !decision)
        return ApiResponse::error(decision.code == QLatin1String("forbidden") ? 403 : 409,
                                  decision.code, decision.reason);

    // The old Owner steps down first: the schema allows one active Owner only.
    m_ctx.members.setRole(request.organizationId, request.userId, Role::Admin);
    m_ctx.members.setRole(request.organizationId, targetId, Role::Owner);
    AuditEvent transferred = auditEvent(request, AuditAction::OwnershipTransferred,
                                        {AuditTargetType::User,
                                         targetId,
                                         membership->email,
                                         {targetId, membership->fullName, membership->email}});
    transferred.details.previousOwnerId = request.userId;
    transferred.details.previousRoleOfNewOwner = membership->role;
    m_ctx.audit.record(transferred);
    transaction.commit();
    const auto owner = m_ctx.members.member(request.organizationId, targetId);
    const auto previous = m_ctx.members.member(request.organizationId, request.userId);
    return ApiResponse::json(JsonCodec::toJson(OwnershipTransfer{*owner, *previous}));
}
