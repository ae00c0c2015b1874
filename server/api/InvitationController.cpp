#include "InvitationController.h"

#include "ActionRules.h"
#include "EmailAddress.h"
#include "InvitationEmail.h"
#include "JsonCodec.h"
#include "ListAnswer.h"
#include "MailEncoding.h"
#include "MailSender.h"
#include "Permissions.h"
#include "RequestParsing.h"
#include "ServerContext.h"
#include "SqlTime.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InvitationController", text);
}

ApiResponse forbidden(const Decision &decision)
{
    return ApiResponse::error(403, decision.code, decision.reason);
}

ApiResponse bulkResponse(const BulkResult &results)
{
    return ApiResponse::json(JsonCodec::toJson(results));
}

ItemResult errorItem(qint64 id, const QString &code, const QString &message)
{
    ItemResult item;
    item.id = id;
    item.status = ItemStatus::Error;
    item.error = ApiError{code, message, {}};
    return item;
}

// Seats still free per pool id, counted down as the request reserves them.
QHash<QString, int> availableSeats(ServerContext &ctx, qint64 organizationId, const QDateTime &now)
{
    QHash<QString, int> available;
    if (const auto organization = ctx.organizations.organization(organizationId, now)) {
        for (const LicensePool &pool : organization->licensePools)
            available.insert(pool.product, pool.seatsAvailable());
    }
    return available;
}

} // namespace

void InvitationController::queueEmail(MailMessage message, qint64 invitationId,
                                      const ApiRequest &request)
{
    message.fromAddress = m_ctx.config.mailFromAddress;
    message.invitationId = invitationId;
    // The inviter's name shows in the mail client's list; the address stays ours.
    message.fromName = tr("%1 via %2").arg(request.userName, m_ctx.config.mailFromName);
    // Encoded once, with its Message-ID: every attempt sends the same bytes.
    const QByteArray encoded = MailEncoding::encode(message, MailEncoding::newMessageId(message));
    m_ctx.mailQueue.enqueue(invitationId, message.fromAddress.toUtf8(), message.toAddress.toUtf8(),
                            encoded, request.now);
    // In the request's transaction: the queue hears of it once that committed.
    MailSender &mail = m_ctx.mail;
    m_ctx.db.runAfterCommit([&mail] { mail.wake(); });
}

QJsonObject InvitationController::toJson(const InvitationRecord &record, Role viewer) const
{
    return JsonCodec::toJson(forViewer(record, viewer));
}

Invitation InvitationController::forViewer(const InvitationRecord &record, Role viewer) const
{
    Invitation invitation = record.invitation;
    const bool open = invitation.status == InvitationStatus::Pending ||
                      invitation.status == InvitationStatus::Expired;
    if (open && Permissions::canManageInvitation(viewer, invitation.role))
        invitation.activationUrl = m_ctx.activationUrl(invitation.id, record.linkNonce);
    // Delivery only matters while the link can still be used.
    if (!open)
        invitation.deliveryError.clear();
    return invitation;
}

ApiResponse InvitationController::list(const ApiRequest &request)
{
    if (const Decision decision = Permissions::canManageUsers(request.role); !decision)
        return forbidden(decision);
    const QString status = request.query.hasQueryItem(QStringLiteral("status"))
                               ? request.query.queryItemValue(QStringLiteral("status"))
                               : QStringLiteral("open");
    if (!InvitationStore::statusFilters().contains(status)) {
        return ApiResponse::error(
            400, QStringLiteral("invalid_parameter"),
            tr("\"status\" must be one of: %1.")
                .arg(InvitationStore::statusFilters().join(QStringLiteral(", "))),
            {{QStringLiteral("parameter"), QStringLiteral("status")}});
    }
    ApiResponse error;
    auto page = RequestParsing::pageRequest(request, InvitationStore::sortFields(), &error);
    if (!page)
        return error;
    if (!ListAnswer::after(request, InvitationStore::sortOf(*page),
                           {QStringLiteral("email"), QStringLiteral("invitedBy")}, &*page, &error))
        return error;
    // The position first, then the rows (see MemberController::list).
    ListAnswer::Head head;
    head.page = *page;
    head.position = m_ctx.changes.position(request.organizationId, request.now);
    std::optional<ChangePosition> since;
    if (!ListAnswer::changedSince(request, head.position, &since, &error))
        return error;
    QList<InvitationRecord> records;
    if (since) {
        InvitationChanges changes =
            m_ctx.invitations.changes(request.organizationId, status, *page, since->change,
                                      SqlTime::toDateTime(since->timeMs), request.now);
        records = std::move(changes.records);
        head.total = changes.total;
        head.removedIds = std::move(changes.removedIds);
    } else {
        records = m_ctx.invitations.list(request.organizationId, status, *page, request.now,
                                         &head.total, &head.next);
    }
    QByteArray body;
    body.reserve(400 * (records.size() + 1));
    JsonWriter json(&body);
    ListAnswer::begin(json);
    for (const InvitationRecord &record : std::as_const(records))
        JsonCodec::write(json, forViewer(record, request.role));
    ListAnswer::end(json, head);
    return ListAnswer::response(std::move(body));
}

ApiResponse InvitationController::invite(const ApiRequest &request)
{
    if (const Decision decision = Permissions::canManageUsers(request.role); !decision)
        return forbidden(decision);
    ApiResponse error;
    const auto body = RequestParsing::jsonObject(request, &error);
    if (!body)
        return error;
    const auto emails = RequestParsing::stringList(*body, QStringLiteral("emails"), &error);
    if (!emails)
        return error;

    Role role = Role::Member;
    const QJsonValue roleValue = body->value(QLatin1String("role"));
    if (!roleValue.isUndefined() && !roleValue.isNull()) {
        if (!roleValue.isString())
            return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                      tr("\"role\" must be a string."));
        const auto parsed = Roles::fromApiName(roleValue.toString());
        if (!parsed)
            return ApiResponse::error(
                422, QStringLiteral("invalid_role"),
                tr("Unknown role \"%1\"; use MEMBER, BILLING_MANAGER or ADMIN.")
                    .arg(roleValue.toString()));
        role = *parsed;
    }

    QStringList products;
    const QJsonValue licensesValue = body->value(QLatin1String("licenses"));
    if (!licensesValue.isUndefined() && !licensesValue.isNull()) {
        if (!licensesValue.isArray())
            return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                      tr("\"licenses\" must be an array of product codes."));
        for (const QJsonValue &value : licensesValue.toArray()) {
            if (!value.isString())
                return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                          tr("\"licenses\" must be an array of product codes."));
            if (!products.contains(value.toString()))
                products.append(value.toString());
        }
    }
    const QHash<QString, qint64> poolIds = m_ctx.organizations.poolIds(request.organizationId);
    QStringList unknown;
    QList<qint64> requestedPools;
    for (const QString &product : std::as_const(products)) {
        if (!poolIds.contains(product))
            unknown.append(product);
        else
            requestedPools.append(poolIds.value(product));
    }
    if (!unknown.isEmpty())
        return ApiResponse::error(
            422, QStringLiteral("unknown_license"),
            tr("This organization has no license product %1.")
                .arg(unknown.join(QStringLiteral(", "))),
            {{QStringLiteral("products"), QJsonArray::fromStringList(unknown)}});

    const Decision roleDecision = Permissions::canInviteWithRole(request.role, role);
    const QDateTime expiresAt = request.now.addSecs(m_ctx.config.invitationTtlSeconds);
    const QString organizationName =
        m_ctx.organizations.organization(request.organizationId, request.now)->name;

    BulkResult results;
    QHash<QString, int> firstIndexByKey;
    Transaction transaction(m_ctx.db);
    QHash<QString, int> available = availableSeats(m_ctx, request.organizationId, request.now);
    for (const QString &typed : *emails) {
        ItemResult item;
        item.email = typed;
        const EmailCheck check = EmailAddress::check(typed);
        if (!check.isValid()) {
            item.status = ItemStatus::InvalidEmail;
            item.error = ApiError{QStringLiteral("invalid_email"), check.error, {}};
            results.append(item);
            continue;
        }
        const QString key = EmailAddress::duplicateKey(check.address);
        if (firstIndexByKey.contains(key)) {
            // The same address twice (case-insensitively) is one invitation:
            // the repeat reports what happened to the first.
            item = results.at(firstIndexByKey.value(key));
            item.email = typed;
            item.duplicate = true;
            results.append(item);
            continue;
        }
        firstIndexByKey.insert(key, static_cast<int>(results.size()));
        if (!roleDecision) {
            item.status = ItemStatus::Error;
            item.error = ApiError{roleDecision.code, roleDecision.reason, {}};
            results.append(item);
            continue;
        }
        const auto membership =
            m_ctx.organizations.membershipByEmailKey(request.organizationId, key);
        if (membership && membership->status == MemberStatus::Active) {
            item.status = ItemStatus::AlreadyMember;
            item.memberId = membership->userId;
            results.append(item);
            continue;
        }
        if (m_ctx.invitations.hasPending(request.organizationId, key, request.now)) {
            item.status = ItemStatus::AlreadyInvited;
            const QList<qint64> open = m_ctx.invitations.openIds(request.organizationId, key);
            if (!open.isEmpty())
                item.invitationId = open.last();
            results.append(item);
            continue;
        }
        QStringList lacking;
        for (const QString &product : std::as_const(products)) {
            if (available.value(product) <= 0)
                lacking.append(product);
        }
        if (!lacking.isEmpty()) {
            item.status = ItemStatus::NoSeats;
            item.error =
                ApiError{QStringLiteral("no_seats"),
                         tr("No free seat left for %1.").arg(lacking.join(QStringLiteral(", "))),
                         {{QStringLiteral("products"), QJsonArray::fromStringList(lacking)}}};
            results.append(item);
            continue;
        }
        for (const QString &product : std::as_const(products))
            --available[product];

        // An expired invitation to the same address gives way to the new one.
        for (qint64 oldId : m_ctx.invitations.openIds(request.organizationId, key)) {
            m_ctx.invitations.close(oldId, InvitationStatus::Revoked, request.now);
            AuditEvent superseded =
                auditEvent(request, AuditAction::InvitationRevoked,
                           {AuditTargetType::Invitation, oldId, check.address, {}});
            superseded.details.superseded = true;
            m_ctx.audit.record(superseded);
        }
        const qint64 id = m_ctx.invitations.create(request.organizationId, check.address, key, role,
                                                   request.userId, request.now, expiresAt);
        const QString nonce = ServerSecret::randomToken(16);
        m_ctx.invitations.setLink(id, nonce,
                                  m_ctx.secret.linkHash(m_ctx.secret.linkToken(id, nonce)),
                                  request.now, expiresAt);
        m_ctx.invitations.setLicenses(id, requestedPools);
        AuditEvent created = auditEvent(request, AuditAction::InvitationCreated,
                                        {AuditTargetType::Invitation, id, check.address, {}});
        created.details.role = role;
        created.details.licenses = products;
        m_ctx.audit.record(created);
        const auto record = m_ctx.invitations.byId(request.organizationId, id, request.now);
        item.id = id;
        item.status = ItemStatus::Invited;
        item.invitation = forViewer(*record, request.role);
        queueEmail(InvitationEmail::compose(organizationName, request.userName, check.address, role,
                                            m_ctx.activationUrl(id, nonce), request.now, expiresAt,
                                            QStringLiteral("invitation-%1").arg(id)),
                   id, request);
        results.append(item);
    }
    transaction.commit();

    return bulkResponse(results);
}

ApiResponse InvitationController::revoke(const ApiRequest &request)
{
    const UserAction action = UserAction::of(UserAction::Kind::Revoke);
    if (const Decision decision = ActionRules::gate(request.role, action); !decision)
        return forbidden(decision);
    ApiResponse error;
    const auto body = RequestParsing::jsonObject(request, &error);
    if (!body)
        return error;
    const auto ids = RequestParsing::idList(*body, QStringLiteral("ids"), &error);
    if (!ids)
        return error;

    BulkResult results;
    Transaction transaction(m_ctx.db);
    for (qint64 id : *ids) {
        ItemResult item;
        item.id = id;
        const auto record = m_ctx.invitations.byId(request.organizationId, id, request.now);
        if (!record) {
            item.status = ItemStatus::NotFound;
            results.append(item);
            continue;
        }
        item.email = record->invitation.email;
        switch (record->invitation.status) {
        case InvitationStatus::Accepted:
            item.status = ItemStatus::AlreadyAccepted;
            break;
        case InvitationStatus::Revoked:
            item.status = ItemStatus::AlreadyRevoked;
            break;
        case InvitationStatus::Pending:
        case InvitationStatus::Expired:
            if (const Decision decision = ActionRules::decide(
                    {request.userId, request.role}, action, {id, record->invitation.role, {}});
                !decision) {
                item = errorItem(id, decision.code, decision.reason);
                item.email = record->invitation.email;
                break;
            }
            m_ctx.invitations.close(id, InvitationStatus::Revoked, request.now);
            m_ctx.audit.record(
                auditEvent(request, AuditAction::InvitationRevoked,
                           {AuditTargetType::Invitation, id, record->invitation.email, {}}));
            item.status = ItemStatus::Revoked;
            break;
        }
        results.append(item);
    }
    transaction.commit();
    return bulkResponse(results);
}

ApiResponse InvitationController::resend(const ApiRequest &request)
{
    const UserAction action = UserAction::of(UserAction::Kind::Resend);
    if (const Decision decision = ActionRules::gate(request.role, action); !decision)
        return forbidden(decision);
    ApiResponse error;
    const auto body = RequestParsing::jsonObject(request, &error);
    if (!body)
        return error;
    const auto ids = RequestParsing::idList(*body, QStringLiteral("ids"), &error);
    if (!ids)
        return error;

    const QDateTime expiresAt = request.now.addSecs(m_ctx.config.invitationTtlSeconds);
    const QString organizationName =
        m_ctx.organizations.organization(request.organizationId, request.now)->name;
    BulkResult results;
    QHash<qint64, int> firstIndexById;
    Transaction transaction(m_ctx.db);
    QHash<QString, int> available = availableSeats(m_ctx, request.organizationId, request.now);
    for (qint64 id : *ids) {
        if (const auto first = firstIndexById.constFind(id); first != firstIndexById.constEnd()) {
            // The same id twice is one resend: a second one would replace the
            // link just reported (and mailed) with yet another.
            ItemResult item = results.at(first.value());
            item.duplicate = true;
            results.append(item);
            continue;
        }
        firstIndexById.insert(id, static_cast<int>(results.size()));
        ItemResult item;
        item.id = id;
        const auto record = m_ctx.invitations.byId(request.organizationId, id, request.now);
        if (!record) {
            item.status = ItemStatus::NotFound;
            results.append(item);
            continue;
        }
        const Invitation &invitation = record->invitation;
        if (invitation.status == InvitationStatus::Accepted) {
            item.status = ItemStatus::AlreadyAccepted;
        } else if (invitation.status == InvitationStatus::Revoked) {
            item = errorItem(id, QStringLiteral("invitation_revoked"),
                             tr("This invitation was revoked; invite the address again."));
        } else if (const Decision decision = ActionRules::decide({request.userId, request.role},
                                                                 action, {id, invitation.role, {}});
                   !decision) {
            item = errorItem(id, decision.code, decision.reason);
        } else {
            // An expired invitation no longer holds its seats: it needs free ones again.
            QStringList lacking;
            if (invitation.status == InvitationStatus::Expired) {
                for (const QString &product : invitation.licenses) {
                    if (available.value(product) <= 0)
                        lacking.append(product);
                }
            }
            if (!lacking.isEmpty()) {
                item = errorItem(
                    id, QStringLiteral("no_seats"),
                    tr("No free seat left for %1.").arg(lacking.join(QStringLiteral(", "))));
            } else {
                if (invitation.status == InvitationStatus::Expired) {
                    for (const QString &product : invitation.licenses)
                        --available[product];
                }
                const QString nonce = ServerSecret::randomToken(16);
                m_ctx.invitations.setLink(id, nonce,
                                          m_ctx.secret.linkHash(m_ctx.secret.linkToken(id, nonce)),
                                          request.now, expiresAt);
                AuditEvent resent =
                    auditEvent(request, AuditAction::InvitationResent,
                               {AuditTargetType::Invitation, id, invitation.email, {}});
                resent.details.expiresAt = expiresAt;
                m_ctx.audit.record(resent);
                const auto updated =
                    m_ctx.invitations.byId(request.organizationId, id, request.now);
                item.status = ItemStatus::Resent;
                item.expiresAt = expiresAt;
                item.invitation = forViewer(*updated, request.role);
                queueEmail(InvitationEmail::compose(
                               organizationName, request.userName, invitation.email,
                               invitation.role, m_ctx.activationUrl(id, nonce), request.now,
                               expiresAt, QStringLiteral("invitation-%1").arg(id)),
                           id, request);
            }
        }
        item.email = invitation.email;
        results.append(item);
    }
    transaction.commit();

    return bulkResponse(results);
}
