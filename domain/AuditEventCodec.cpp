// JsonCodec for the audit log: actions, typed details, events and pages.
#include "JsonCodec.h"

#include <QJsonArray>

namespace {

// Field names of AuditEventDetails, written once.
const QLatin1String DemoKey("demo");
const QLatin1String ActiveMembersKey("activeMembers");
const QLatin1String RemovedMembersKey("removedMembers");
const QLatin1String RoleKey("role");
const QLatin1String LicensesKey("licenses");
const QLatin1String ReasonKey("reason");
const QLatin1String SupersededReason("superseded");
const QLatin1String ExpiresAtKey("expiresAt");
const QLatin1String UserIdKey("userId");
const QLatin1String ReleasedMachinesKey("releasedMachines");
const QLatin1String ReleasedLicensesKey("releasedLicenses");
const QLatin1String TeamsKey("teams");
const QLatin1String RevokedInvitationsKey("revokedInvitations");
const QLatin1String FromKey("from");
const QLatin1String ToKey("to");
const QLatin1String RemovedFromTeamsKey("removedFromTeams");
const QLatin1String AddedKey("added");
const QLatin1String RemovedKey("removed");
const QLatin1String PreviousOwnerIdKey("previousOwnerId");
const QLatin1String PreviousRoleKey("previousRoleOfNewOwner");
const QLatin1String BeforeKey("before");
const QLatin1String EventsKey("events");
const QLatin1String RetentionDaysKey("retentionDays");

bool isWhole(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

// Each reader leaves `out` alone when the key is absent or null, and gives
// false when the value has the wrong type.
bool readStrings(const QJsonObject &object, QLatin1String key, QStringList *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

template<typename Integer>
bool readInteger(const QJsonObject &object, QLatin1String key, Integer *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!isWhole(value))
        return false;
    *out = static_cast<Integer>(value.toInteger());
    return true;
}

bool readRole(const QJsonObject &object, QLatin1String key, std::optional<Role> *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    *out = Roles::fromApiName(value.toString());
    return out->has_value();
}

bool readTime(const QJsonObject &object, QLatin1String key, QDateTime *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    *out = JsonCodec::toTime(value);
    return out->isValid();
}

QJsonValue personJson(const AuditPerson &person)
{
    if (person.isNull())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("id"), person.userId},
                       {QStringLiteral("fullName"), person.fullName},
                       {QStringLiteral("email"), person.email}};
}

std::optional<AuditPerson> personFromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return AuditPerson{};
    const QJsonObject object = value.toObject();
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!value.isObject() || !isWhole(id) || id.toInteger() <= 0)
        return std::nullopt;
    return AuditPerson{id.toInteger(), object.value(QLatin1String("fullName")).toString(),
                       object.value(QLatin1String("email")).toString()};
}

} // namespace

namespace JsonCodec {

QList<AuditAction> auditActions()
{
    QList<AuditAction> all;
    for (int i = 0; i < int(AuditAction::Unknown); ++i)
        all.append(AuditAction(i));
    return all;
}

QString actionName(AuditAction action)
{
    switch (action) {
    case AuditAction::OrganizationCreated:
        return QStringLiteral("organization.created");
    case AuditAction::InvitationCreated:
        return QStringLiteral("invitation.created");
    case AuditAction::InvitationRevoked:
        return QStringLiteral("invitation.revoked");
    case AuditAction::InvitationResent:
        return QStringLiteral("invitation.resent");
    case AuditAction::InvitationAccepted:
        return QStringLiteral("invitation.accepted");
    case AuditAction::MemberRemoved:
        return QStringLiteral("member.removed");
    case AuditAction::MemberRoleChanged:
        return QStringLiteral("member.role_changed");
    case AuditAction::MemberLicensesChanged:
        return QStringLiteral("member.licenses_changed");
    case AuditAction::OwnershipTransferred:
        return QStringLiteral("ownership.transferred");
    case AuditAction::MachineRegistered:
        return QStringLiteral("machine.registered");
    case AuditAction::TokenCreated:
        return QStringLiteral("token.created");
    case AuditAction::AuditPruned:
        return QStringLiteral("audit.pruned");
    case AuditAction::Unknown:
        break;
    }
    return {};
}

std::optional<AuditAction> auditActionFromName(QStringView name)
{
    for (AuditAction action : auditActions()) {
        if (name == actionName(action))
            return action;
    }
    return std::nullopt;
}

QString targetTypeName(AuditTargetType type)
{
    switch (type) {
    case AuditTargetType::None:
        break;
    case AuditTargetType::Organization:
        return QStringLiteral("organization");
    case AuditTargetType::Invitation:
        return QStringLiteral("invitation");
    case AuditTargetType::User:
        return QStringLiteral("user");
    case AuditTargetType::Machine:
        return QStringLiteral("machine");
    case AuditTargetType::Token:
        return QStringLiteral("token");
    }
    return {};
}

AuditTargetType targetTypeFromName(QStringView name)
{
    for (AuditTargetType type :
         {AuditTargetType::Organization, AuditTargetType::Invitation, AuditTargetType::User,
          AuditTargetType::Machine, AuditTargetType::Token}) {
        if (name == targetTypeName(type))
            return type;
    }
    return AuditTargetType::None;
}

QJsonObject toJson(const AuditDetails &details, AuditAction action)
{
    const auto strings = [](const QStringList &list) { return QJsonArray::fromStringList(list); };
    const auto role = [](const std::optional<Role> &value) {
        return value ? QJsonValue(Roles::toApiName(*value)) : QJsonValue(QJsonValue::Null);
    };
    switch (action) {
    case AuditAction::OrganizationCreated: {
        QJsonObject object{{DemoKey, details.demo}};
        if (details.demo) {
            object.insert(ActiveMembersKey, details.activeMembers);
            object.insert(RemovedMembersKey, details.removedMembers);
        }
        return object;
    }
    case AuditAction::InvitationCreated:
        return {{RoleKey, role(details.role)}, {LicensesKey, strings(details.licenses)}};
    case AuditAction::InvitationRevoked:
        if (details.superseded)
            return {{ReasonKey, SupersededReason}};
        return {};
    case AuditAction::InvitationResent:
        return {{ExpiresAtKey, fromTime(details.expiresAt)}};
    case AuditAction::InvitationAccepted:
        return {{UserIdKey, details.userId},
                {RoleKey, role(details.role)},
                {LicensesKey, strings(details.licenses)}};
    case AuditAction::MemberRemoved: {
        QJsonArray revoked;
        for (qint64 id : details.revokedInvitations)
            revoked.append(id);
        return {{RoleKey, role(details.role)},
                {ReleasedMachinesKey, details.releasedMachines},
                {ReleasedLicensesKey, strings(details.releasedLicenses)},
                {TeamsKey, strings(details.teams)},
                {RevokedInvitationsKey, revoked}};
    }
    case AuditAction::MemberRoleChanged:
        return {{FromKey, role(details.fromRole)},
                {ToKey, role(details.toRole)},
                {RemovedFromTeamsKey, strings(details.removedFromTeams)}};
    case AuditAction::MemberLicensesChanged:
        return {{AddedKey, strings(details.addedLicenses)},
                {RemovedKey, strings(details.removedLicenses)},
                {LicensesKey, strings(details.licenses)}};
    case AuditAction::OwnershipTransferred:
        return {{PreviousOwnerIdKey, details.previousOwnerId},
                {PreviousRoleKey, role(details.previousRoleOfNewOwner)}};
    case AuditAction::AuditPruned:
        return {{BeforeKey, fromTime(details.prunedBefore)},
                {EventsKey, details.prunedEvents},
                {RetentionDaysKey, details.retentionDays}};
    case AuditAction::MachineRegistered:
    case AuditAction::TokenCreated:
    case AuditAction::Unknown:
        break;
    }
    return {};
}

std::optional<AuditDetails> auditDetailsFromJson(const QJsonObject &object)
{
    AuditDetails details;
    const QJsonValue demo = object.value(DemoKey);
    if (!demo.isUndefined() && !demo.isBool())
        return std::nullopt;
    details.demo = demo.toBool();
    const QJsonValue reason = object.value(ReasonKey);
    if (!reason.isUndefined() && !reason.isNull() && !reason.isString())
        return std::nullopt;
    details.superseded = reason.toString() == SupersededReason;
    const bool ok = readInteger(object, ActiveMembersKey, &details.activeMembers) &&
                    readInteger(object, RemovedMembersKey, &details.removedMembers) &&
                    readRole(object, RoleKey, &details.role) &&
                    readStrings(object, LicensesKey, &details.licenses) &&
                    readTime(object, ExpiresAtKey, &details.expiresAt) &&
                    readInteger(object, UserIdKey, &details.userId) &&
                    readInteger(object, ReleasedMachinesKey, &details.releasedMachines) &&
                    readStrings(object, ReleasedLicensesKey, &details.releasedLicenses) &&
                    readStrings(object, TeamsKey, &details.teams) &&
                    readRole(object, FromKey, &details.fromRole) &&
                    readRole(object, ToKey, &details.toRole) &&
                    readStrings(object, RemovedFromTeamsKey, &details.removedFromTeams) &&
                    readStrings(object, AddedKey, &details.addedLicenses) &&
                    readStrings(object, RemovedKey, &details.removedLicenses) &&
                    readInteger(object, PreviousOwnerIdKey, &details.previousOwnerId) &&
                    readRole(object, PreviousRoleKey, &details.previousRoleOfNewOwner) &&
                    readTime(object, BeforeKey, &details.prunedBefore) &&
                    readInteger(object, EventsKey, &details.prunedEvents) &&
                    readInteger(object, RetentionDaysKey, &details.retentionDays);
    if (!ok)
        return std::nullopt;
    const QJsonValue revoked = object.value(RevokedInvitationsKey);
    if (!revoked.isUndefined() && !revoked.isNull()) {
        if (!revoked.isArray())
            return std::nullopt;
        for (const QJsonValue &id : revoked.toArray()) {
            if (!isWhole(id))
                return std::nullopt;
            details.revokedInvitations.append(id.toInteger());
        }
    }
    return details;
}

QJsonObject toJson(const AuditEvent &event)
{
    const AuditTarget &target = event.target;
    return {
        {QStringLiteral("id"), event.id},
        {QStringLiteral("createdAt"), fromTime(event.createdAt)},
        {QStringLiteral("actor"), personJson(event.actor)},
        {QStringLiteral("action"),
         event.action == AuditAction::Unknown ? event.actionName : actionName(event.action)},
        {QStringLiteral("target"),
         QJsonObject{{QStringLiteral("type"), targetTypeName(target.type)},
                     {QStringLiteral("id"),
                      target.id ? QJsonValue(target.id) : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("label"), target.label},
                     {QStringLiteral("user"), personJson(target.user)}}},
        {QStringLiteral("details"), toJson(event.details, event.action)},
    };
}

std::optional<AuditEvent> auditEventFromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value(QLatin1String("id"));
    const QJsonValue action = object.value(QLatin1String("action"));
    const QJsonValue target = object.value(QLatin1String("target"));
    const QJsonValue details = object.value(QLatin1String("details"));
    if (!isWhole(id) || !action.isString() || (!target.isUndefined() && !target.isObject()) ||
        (!details.isUndefined() && !details.isNull() && !details.isObject()))
        return std::nullopt;
    AuditEvent event;
    event.id = id.toInteger();
    event.createdAt = toTime(object.value(QLatin1String("createdAt")));
    if (const auto known = auditActionFromName(action.toString()))
        event.action = *known;
    else
        event.actionName = action.toString();
    const auto actor = personFromJson(object.value(QLatin1String("actor")));
    const QJsonObject targetObject = target.toObject();
    const auto targetUser = personFromJson(targetObject.value(QLatin1String("user")));
    const auto typedDetails = auditDetailsFromJson(details.toObject());
    if (!actor || !targetUser || !typedDetails)
        return std::nullopt;
    event.actor = *actor;
    event.target.type = targetTypeFromName(targetObject.value(QLatin1String("type")).toString());
    event.target.id = targetObject.value(QLatin1String("id")).toInteger();
    event.target.label = targetObject.value(QLatin1String("label")).toString();
    event.target.user = *targetUser;
    event.details = *typedDetails;
    return event;
}

QJsonObject toJson(const AuditEventPage &page)
{
    QJsonArray items;
    for (const AuditEvent &event : page.items)
        items.append(toJson(event));
    return {{QStringLiteral("items"), items},
            {QStringLiteral("size"), page.size},
            {QStringLiteral("total"), page.total},
            {QStringLiteral("nextCursor"), page.nextCursor.isEmpty()
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(page.nextCursor)}};
}

std::optional<AuditEventPage> auditEventPageFromJson(const QJsonObject &object)
{
    const QJsonValue items = object.value(QLatin1String("items"));
    const QJsonValue cursor = object.value(QLatin1String("nextCursor"));
    if (!items.isArray() || !isWhole(object.value(QLatin1String("total"))) ||
        (!cursor.isNull() && !cursor.isUndefined() && !cursor.isString()))
        return std::nullopt;
    AuditEventPage page;
    page.total = object.value(QLatin1String("total")).toInteger();
    page.size = object.value(QLatin1String("size")).toInt();
    page.nextCursor = cursor.toString();
    const QJsonArray array = items.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue &item : array) {
        auto event = auditEventFromJson(item.toObject());
        if (!event)
            return std::nullopt;
        page.items.append(std::move(*event));
    }
    return page;
}

} // namespace JsonCodec
