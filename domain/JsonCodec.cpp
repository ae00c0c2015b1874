#include "JsonCodec.h"

#include "JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

bool isId(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}

UserRef userRef(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return UserRef{object.value(QLatin1String("id")).toInteger(),
                   object.value(QLatin1String("name")).toString()};
}

QJsonValue userRefValue(const UserRef &ref)
{
    return ref.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(JsonCodec::toJson(ref));
}

} // namespace

namespace JsonCodec {

QJsonValue fromTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime toTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString statusName(MemberStatus status)
{
    return status == MemberStatus::Active ? QStringLiteral("active") : QStringLiteral("removed");
}

std::optional<MemberStatus> memberStatusFromName(QStringView name)
{
    if (name == QLatin1String("active"))
        return MemberStatus::Active;
    if (name == QLatin1String("removed"))
        return MemberStatus::Removed;
    return std::nullopt;
}

QString statusName(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::Pending:
        return QStringLiteral("pending");
    case InvitationStatus::Expired:
        return QStringLiteral("expired");
    case InvitationStatus::Accepted:
        return QStringLiteral("accepted");
    case InvitationStatus::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<InvitationStatus> invitationStatusFromName(QStringView name)
{
    for (InvitationStatus status : {InvitationStatus::Pending, InvitationStatus::Expired,
                                    InvitationStatus::Accepted, InvitationStatus::Revoked}) {
        if (name == statusName(status))
            return status;
    }
    return std::nullopt;
}

QJsonObject toJson(const UserRef &ref)
{
    return {{QStringLiteral("id"), ref.id}, {QStringLiteral("name"), ref.name}};
}

QJsonObject toJson(const Member &member)
{
    return {
        {QStringLiteral("userId"), member.userId},
        {QStringLiteral("fullName"), member.fullName},
        {QStringLiteral("email"), member.email},
        {QStringLiteral("role"), Roles::toApiName(member.role)},
        {QStringLiteral("status"), statusName(member.status)},
        {QStringLiteral("joinedAt"), fromTime(member.joinedAt)},
        {QStringLiteral("lastAccessAt"), fromTime(member.lastAccessAt)},
        {QStringLiteral("licenses"), toArray(member.licenses)},
        {QStringLiteral("machineCount"), member.machineCount},
        {QStringLiteral("teams"), toArray(member.teams)},
        {QStringLiteral("removedAt"), fromTime(member.removedAt)},
        {QStringLiteral("removedBy"), userRefValue(member.removedBy)},
    };
}

QJsonObject toJson(const Invitation &invitation)
{
    QJsonObject object{
        {QStringLiteral("id"), invitation.id},
        {QStringLiteral("email"), invitation.email},
        {QStringLiteral("role"), Roles::toApiName(invitation.role)},
        {QStringLiteral("licenses"), toArray(invitation.licenses)},
        {QStringLiteral("invitedBy"), userRefValue(invitation.invitedBy)},
        {QStringLiteral("createdAt"), fromTime(invitation.createdAt)},
        {QStringLiteral("expiresAt"), fromTime(invitation.expiresAt)},
        {QStringLiteral("status"), statusName(invitation.status)},
    };
    if (!invitation.activationUrl.isEmpty())
        object.insert(QStringLiteral("activationUrl"), invitation.activationUrl);
    if (!invitation.deliveryError.isEmpty())
        object.insert(QStringLiteral("deliveryError"), invitation.deliveryError);
    return object;
}

void write(JsonWriter &writer, const Member &member)
{
    writer.beginObject();
    writer.key("userId");
    writer.value(member.userId);
    writer.key("fullName");
    writer.value(member.fullName);
    writer.key("email");
    writer.value(member.email);
    writer.key("role");
    writer.value(Roles::toApiName(member.role));
    writer.key("status");
    writer.value(statusName(member.status));
    writer.key("joinedAt");
    writer.time(member.joinedAt);
    writer.key("lastAccessAt");
    writer.time(member.lastAccessAt);
    writer.key("licenses");
    writer.value(member.licenses);
    writer.key("machineCount");
    writer.value(member.machineCount);
    writer.key("teams");
    writer.value(member.teams);
    writer.key("removedAt");
    writer.time(member.removedAt);
    writer.key("removedBy");
    if (member.removedBy.isNull()) {
        writer.null();
    } else {
        writer.beginObject();
        writer.key("id");
        writer.value(member.removedBy.id);
        writer.key("name");
        writer.value(member.removedBy.name);
        writer.endObject();
    }
    writer.endObject();
}

void write(JsonWriter &writer, const Invitation &invitation)
{
    writer.beginObject();
    writer.key("id");
    writer.value(invitation.id);
    writer.key("email");
    writer.value(invitation.email);
    writer.key("role");
    writer.value(Roles::toApiName(invitation.role));
    writer.key("licenses");
    writer.value(invitation.licenses);
    writer.key("invitedBy");
    if (invitation.invitedBy.isNull()) {
        writer.null();
    } else {
        writer.beginObject();
        writer.key("id");
        writer.value(invitation.invitedBy.id);
        writer.key("name");
        writer.value(invitation.invitedBy.name);
        writer.endObject();
    }
    writer.key("createdAt");
    writer.time(invitation.createdAt);
    writer.key("expiresAt");
    writer.time(invitation.expiresAt);
    writer.key("status");
    writer.value(statusName(invitation.status));
    if (!invitation.activationUrl.isEmpty()) {
        writer.key("activationUrl");
        writer.value(invitation.activationUrl);
    }
    if (!invitation.deliveryError.isEmpty()) {
        writer.key("deliveryError");
        writer.value(invitation.deliveryError);
    }
    writer.endObject();
}

QJsonObject toJson(const LicensePool &pool)
{
    return {
        {QStringLiteral("product"), pool.product},
        {QStringLiteral("name"), pool.name},
        {QStringLiteral("seatsTotal"), pool.seatsTotal},
        {QStringLiteral("seatsUsed"), pool.seatsUsed},
        {QStringLiteral("seatsReserved"), pool.seatsReserved},
        {QStringLiteral("seatsHeldByInactive"), pool.seatsHeldByInactive},
    };
}

QJsonObject toJson(const Organization &organization)
{
    QJsonArray pools;
    for (const LicensePool &pool : organization.licensePools)
        pools.append(toJson(pool));
    return {
        {QStringLiteral("id"), organization.id},
        {QStringLiteral("name"), organization.name},
        {QStringLiteral("licensePools"), pools},
        {QStringLiteral("inactiveDays"), organization.inactiveDays},
    };
}

QJsonObject toJson(const CurrentUser &user)
{
    QJsonArray organizations;
    for (const OrganizationMembership &membership : user.organizations) {
        organizations.append(QJsonObject{
            {QStringLiteral("id"), membership.organizationId},
            {QStringLiteral("name"), membership.organizationName},
            {QStringLiteral("role"), Roles::toApiName(membership.role)},
        });
    }
    return {
        {QStringLiteral("userId"), user.userId},
        {QStringLiteral("fullName"), user.fullName},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("organizations"), organizations},
    };
}

QJsonObject toJson(const ApiError &error)
{
    return {{QStringLiteral("error"), QJsonObject{
                                          {QStringLiteral("code"), error.code},
                                          {QStringLiteral("message"), error.message},
                                          {QStringLiteral("details"), error.details},
                                      }}};
}

QString statusName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Invited:
        return QStringLiteral("invited");
    case ItemStatus::AlreadyMember:
        return QStringLiteral("already_member");
    case ItemStatus::AlreadyInvited:
        return QStringLiteral("already_invited");
    case ItemStatus::InvalidEmail:
        return QStringLiteral("invalid_email");
    case ItemStatus::NoSeats:
        return QStringLiteral("no_seats");
    case ItemStatus::Revoked:
        return QStringLiteral("revoked");
    case ItemStatus::AlreadyRevoked:
        return QStringLiteral("already_revoked");
    case ItemStatus::AlreadyAccepted:
        return QStringLiteral("already_accepted");
    case ItemStatus::NotFound:
        return QStringLiteral("not_found");
    case ItemStatus::Resent:
        return QStringLiteral("resent");
    case ItemStatus::Removed:
        return QStringLiteral("removed");
    case ItemStatus::AlreadyRemoved:
        return QStringLiteral("already_removed");
    case ItemStatus::Changed:
        return QStringLiteral("changed");
    case ItemStatus::Unchanged:
        return QStringLiteral("unchanged");
    case ItemStatus::Transferred:
        return QStringLiteral("transferred");
    case ItemStatus::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<ItemStatus> itemStatusFromName(QStringView name)
{
    for (int i = 0; i <= int(ItemStatus::Error); ++i) {
        const auto status = ItemStatus(i);
        if (name == statusName(status))
            return status;
    }
    return std::nullopt;
}

QJsonObject toJson(const ItemResult &result)
{
    QJsonObject object;
    if (result.id != 0)
        object.insert(QStringLiteral("id"), result.id);
    if (!result.email.isEmpty())
        object.insert(QStringLiteral("email"), result.email);
    object.insert(QStringLiteral("status"), statusName(result.status));
    if (!result.error.isNull())
        object.insert(QStringLiteral("error"), toJson(result.error).value(QLatin1String("error")));
    if (result.duplicate)
        object.insert(QStringLiteral("duplicate"), true);
    if (result.invitation)
        object.insert(QStringLiteral("invitation"), toJson(*result.invitation));
    const auto role = [&object](const char *key, const std::optional<Role> &value) {
        if (value)
            object.insert(QLatin1String(key), Roles::toApiName(*value));
    };
    if (result.licenses)
        object.insert(QStringLiteral("licenses"), toArray(*result.licenses));
    switch (result.status) {
    case ItemStatus::AlreadyMember:
        if (result.memberId != 0)
            object.insert(QStringLiteral("userId"), result.memberId);
        break;
    case ItemStatus::AlreadyInvited:
        if (result.invitationId != 0)
            object.insert(QStringLiteral("invitationId"), result.invitationId);
        break;
    case ItemStatus::Resent:
        if (result.expiresAt.isValid())
            object.insert(QStringLiteral("expiresAt"), fromTime(result.expiresAt));
        if (!result.deliveryError.isEmpty())
            object.insert(QStringLiteral("deliveryError"), result.deliveryError);
        break;
    case ItemStatus::Removed: {
        QJsonArray revoked;
        for (qint64 id : result.revokedInvitations)
            revoked.append(id);
        object.insert(QStringLiteral("releasedMachines"), result.releasedMachines);
        object.insert(QStringLiteral("releasedLicenses"), toArray(result.releasedLicenses));
        object.insert(QStringLiteral("revokedInvitations"), revoked);
        break;
    }
    case ItemStatus::Changed:
        if (result.licenses) {
            object.insert(QStringLiteral("addedLicenses"), toArray(result.addedLicenses));
            object.insert(QStringLiteral("removedLicenses"), toArray(result.removedLicenses));
            break;
        }
        role("role", result.role);
        role("previousRole", result.previousRole);
        object.insert(QStringLiteral("removedFromTeams"), toArray(result.removedFromTeams));
        break;
    case ItemStatus::Unchanged:
        role("role", result.role);
        break;
    case ItemStatus::Transferred:
        role("role", result.role);
        break;
    default:
        break;
    }
    return object;
}

QJsonObject toJson(const BulkResult &results)
{
    QJsonArray array;
    for (const ItemResult &result : results)
        array.append(toJson(result));
    return {{QStringLiteral("results"), array}};
}

QJsonObject toJson(const OwnershipTransfer &transfer)
{
    return {{QStringLiteral("owner"), toJson(transfer.owner)},
            {QStringLiteral("previousOwner"), toJson(transfer.previousOwner)}};
}

std::optional<Member> memberFromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value(QLatin1String("userId"));
    const auto role = Roles::fromApiName(object.value(QLatin1String("role")).toString());
    const auto status = memberStatusFromName(object.value(QLatin1String("status")).toString());
    const auto licenses = stringList(object.value(QLatin1String("licenses")));
    const auto teams = stringList(object.value(QLatin1String("teams")));
    if (!isId(id) || !role || !status || !licenses || !teams ||
        !object.value(QLatin1String("email")).isString())
        return std::nullopt;
    Member member;
    member.userId = id.toInteger();
    member.fullName = object.value(QLatin1String("fullName")).toString();
    member.email = object.value(QLatin1String("email")).toString();
    member.role = *role;
    member.status = *status;
    member.joinedAt = toTime(object.value(QLatin1String("joinedAt")));
    member.lastAccessAt = toTime(object.value(QLatin1String("lastAccessAt")));
    member.licenses = *licenses;
    member.machineCount = object.value(QLatin1String("machineCount")).toInt();
    member.teams = *teams;
    member.removedAt = toTime(object.value(QLatin1String("removedAt")));
    member.removedBy = userRef(object.value(QLatin1String("removedBy")));
    return member;
}

std::optional<Invitation> invitationFromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value(QLatin1String("id"));
    const auto role = Roles::fromApiName(object.value(QLatin1String("role")).toString());
    const auto status = invitationStatusFromName(object.value(QLatin1String("status")).toString());
    const auto licenses = stringList(object.value(QLatin1String("licenses")));
    if (!isId(id) || !role || !status || !licenses ||
        !object.value(QLatin1String("email")).isString())
        return std::nullopt;
    Invitation invitation;
    invitation.id = id.toInteger();
    invitation.email = object.value(QLatin1String("email")).toString();
    invitation.role = *role;
    invitation.licenses = *licenses;
    invitation.invitedBy = userRef(object.value(QLatin1String("invitedBy")));
    invitation.createdAt = toTime(object.value(QLatin1String("createdAt")));
    invitation.expiresAt = toTime(object.value(QLatin1String("expiresAt")));
    invitation.status = *status;
    invitation.activationUrl = object.value(QLatin1String("activationUrl")).toString();
    invitation.deliveryError = object.value(QLatin1String("deliveryError")).toString();
    return invitation;
}

std::optional<LicensePool> licensePoolFromJson(const QJsonObject &object)
{
    if (!object.value(QLatin1String("product")).isString())
        return std::nullopt;
    LicensePool pool;
    pool.product = object.value(QLatin1String("product")).toString();
    pool.name = object.value(QLatin1String("name")).toString();
    pool.seatsTotal = object.value(QLatin1String("seatsTotal")).toInt();
    pool.seatsUsed = object.value(QLatin1String("seatsUsed")).toInt();
    pool.seatsReserved = object.value(QLatin1String("seatsReserved")).toInt();
    pool.seatsHeldByInactive = object.value(QLatin1String("seatsHeldByInactive")).toInt();
    return pool;
}

std::optional<Organization> organizationFromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!isId(id) || !object.value(QLatin1String("name")).isString())
        return std::nullopt;
    Organization organization;
    organization.id = id.toInteger();
    organization.name = object.value(QLatin1String("name")).toString();
    organization.inactiveDays = object.value(QLatin1String("inactiveDays")).toInt();
    const QJsonArray pools = object.value(QLatin1String("licensePools")).toArray();
    for (const QJsonValue &value : pools) {
        if (auto pool = licensePoolFromJson(value.toObject()))
            organization.licensePools.append(*pool);
        else
            return std::nullopt;
    }
    return organization;
}

std::optional<CurrentUser> currentUserFromJson(const QJsonObject &object)
{
    const QJsonValue id = object.value(QLatin1String("userId"));
    if (!isId(id))
        return std::nullopt;
    CurrentUser user;
    user.userId = id.toInteger();
    user.fullName = object.value(QLatin1String("fullName")).toString();
    user.email = object.value(QLatin1String("email")).toString();
    const QJsonArray organizations = object.value(QLatin1String("organizations")).toArray();
    for (const QJsonValue &value : organizations) {
        const QJsonObject entry = value.toObject();
        const auto role = Roles::fromApiName(entry.value(QLatin1String("role")).toString());
        if (!isId(entry.value(QLatin1String("id"))) || !role)
            return std::nullopt;
        user.organizations.append({entry.value(QLatin1String("id")).toInteger(),
                                   entry.value(QLatin1String("name")).toString(), *role});
    }
    return user;
}

std::optional<ApiError> apiErrorFromJson(const QJsonObject &body)
{
    const QJsonValue value = body.value(QLatin1String("error"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    return ApiError{object.value(QLatin1String("code")).toString(),
                    object.value(QLatin1String("message")).toString(),
                    object.value(QLatin1String("details")).toObject()};
}

std::optional<ItemResult> itemResultFromJson(const QJsonObject &object)
{
    const QJsonValue statusValue = object.value(QLatin1String("status"));
    if (!statusValue.isString())
        return std::nullopt;
    ItemResult result;
    result.id = object.value(QLatin1String("id")).toInteger();
    result.email = object.value(QLatin1String("email")).toString();
    if (auto error = apiErrorFromJson(object))
        result.error = *error;
    if (const auto status = itemStatusFromName(statusValue.toString())) {
        result.status = *status;
    } else {
        result.status = ItemStatus::Error;
        if (result.error.isNull())
            result.error =
                ApiError{QStringLiteral("unknown_status"),
                         QCoreApplication::translate("JsonCodec", "The server reported “%1”.")
                             .arg(statusValue.toString()),
                         {{QStringLiteral("status"), statusValue.toString()}}};
    }
    result.duplicate = object.value(QLatin1String("duplicate")).toBool();

    const QJsonValue invitation = object.value(QLatin1String("invitation"));
    if (invitation.isObject()) {
        result.invitation = invitationFromJson(invitation.toObject());
        if (!result.invitation)
            return std::nullopt;
    }
    result.memberId = object.value(QLatin1String("userId")).toInteger();
    result.invitationId = object.value(QLatin1String("invitationId")).toInteger();
    result.expiresAt = toTime(object.value(QLatin1String("expiresAt")));
    result.deliveryError = object.value(QLatin1String("deliveryError")).toString();
    result.releasedMachines = object.value(QLatin1String("releasedMachines")).toInt();
    const auto licenses = stringList(object.value(QLatin1String("releasedLicenses")));
    const auto teams = stringList(object.value(QLatin1String("removedFromTeams")));
    if (!licenses || !teams)
        return std::nullopt;
    result.releasedLicenses = *licenses;
    result.removedFromTeams = *teams;
    const QJsonValue held = object.value(QLatin1String("licenses"));
    if (held.isArray()) {
        result.licenses = stringList(held);
        const auto added = stringList(object.value(QLatin1String("addedLicenses")));
        const auto taken = stringList(object.value(QLatin1String("removedLicenses")));
        if (!result.licenses || !added || !taken)
            return std::nullopt;
        result.addedLicenses = *added;
        result.removedLicenses = *taken;
    }
    for (const QJsonValue &id : object.value(QLatin1String("revokedInvitations")).toArray())
        result.revokedInvitations.append(id.toInteger());
    result.role = Roles::fromApiName(object.value(QLatin1String("role")).toString());
    result.previousRole =
        Roles::fromApiName(object.value(QLatin1String("previousRole")).toString());
    return result;
}

std::optional<BulkResult> bulkResultFromJson(const QJsonObject &body)
{
    const QJsonValue results = body.value(QLatin1String("results"));
    if (!results.isArray())
        return std::nullopt;
    BulkResult bulk;
    const QJsonArray array = results.toArray();
    bulk.reserve(array.size());
    for (const QJsonValue &item : array) {
        std::optional<ItemResult> result = itemResultFromJson(item.toObject());
        if (!result)
            return std::nullopt;
        bulk.append(std::move(*result));
    }
    return bulk;
}

std::optional<OwnershipTransfer> ownershipTransferFromJson(const QJsonObject &object)
{
    const auto owner = memberFromJson(object.value(QLatin1String("owner")).toObject());
    const auto previous = memberFromJson(object.value(QLatin1String("previousOwner")).toObject());
    if (!owner || !previous)
        return std::nullopt;
    return OwnershipTransfer{*owner, *previous};
}

} // namespace JsonCodec
