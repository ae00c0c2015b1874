#pragma once

#include "ApiError.h"
#include "BulkResult.h"
#include "Invitation.h"
#include "Member.h"
#include "Organization.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

/// JSON encoding of the API's resources (api.md), shared by server and app.
/// Times are ISO 8601 in UTC with "Z" (e.g. "2026-11-29T06:40:00Z"), JSON null
/// for an invalid QDateTime. Decoders return std::nullopt when a required
/// field is missing or has the wrong type; unknown fields are ignored.
namespace JsonCodec {

QJsonValue fromTime(const QDateTime &time);
/// ISO 8601 with offset or "Z"; null, empty or malformed give an invalid QDateTime.
QDateTime toTime(const QJsonValue &value);

QString statusName(MemberStatus status); ///< "active", "removed"
std::optional<MemberStatus> memberStatusFromName(QStringView name);
QString statusName(InvitationStatus status); ///< "pending", "expired", "accepted", "revoked"
std::optional<InvitationStatus> invitationStatusFromName(QStringView name);

QJsonObject toJson(const UserRef &ref);
QJsonObject toJson(const Member &member);
QJsonObject toJson(const Invitation &invitation);
QJsonObject toJson(const LicensePool &pool);
QJsonObject toJson(const Organization &organization);
QJsonObject toJson(const CurrentUser &user);
/// The whole error body: {"error": {"code", "message", "details"}}.
QJsonObject toJson(const ApiError &error);
QJsonObject toJson(const ItemResult &result);

std::optional<Member> memberFromJson(const QJsonObject &object);
std::optional<Invitation> invitationFromJson(const QJsonObject &object);
std::optional<LicensePool> licensePoolFromJson(const QJsonObject &object);
std::optional<Organization> organizationFromJson(const QJsonObject &object);
std::optional<CurrentUser> currentUserFromJson(const QJsonObject &object);
/// Reads an error body as the API sends it; std::nullopt when `body` has no "error" object.
std::optional<ApiError> apiErrorFromJson(const QJsonObject &body);
std::optional<ItemResult> itemResultFromJson(const QJsonObject &object);

} // namespace JsonCodec
