#pragma once

#include "ApiError.h"
#include "AuditEvent.h"
#include "BulkResult.h"
#include "Invitation.h"
#include "Member.h"
#include "Organization.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

class JsonWriter;

/// JSON encoding of the API's resources and answers (docs/openapi.json),
/// shared by server and app: the server writes through it, the app reads
/// through it, and no other code spells a status on the wire.
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
/// "invited", "already_member", "already_invited", "invalid_email", "no_seats",
/// "revoked", "already_revoked", "already_accepted", "not_found", "resent",
/// "removed", "already_removed", "changed", "unchanged", "transferred", "error".
QString statusName(ItemStatus status);
std::optional<ItemStatus> itemStatusFromName(QStringView name);

QJsonObject toJson(const UserRef &ref);
QJsonObject toJson(const Member &member);
QJsonObject toJson(const Invitation &invitation);
/// The same JSON as toJson(member) and toJson(invitation), written straight
/// into `writer`: for list answers, where building a QJsonObject per record
/// costs more than the database.
void write(JsonWriter &writer, const Member &member);
void write(JsonWriter &writer, const Invitation &invitation);
QJsonObject toJson(const LicensePool &pool);
QJsonObject toJson(const Organization &organization);
QJsonObject toJson(const CurrentUser &user);
/// The whole error body: {"error": {"code", "message", "details"}}.
QJsonObject toJson(const ApiError &error);
/// One bulk item: "id" (when not 0), "email" (when set), "status", "error"
/// (when set), "duplicate" (when true), and the fields of its status:
/// "invitation" (invited, resent), "userId" (already_member), "invitationId"
/// (already_invited), "expiresAt" and "deliveryError" (resent),
/// "releasedMachines", "releasedLicenses", "revokedInvitations" (removed),
/// "role", "previousRole", "removedFromTeams" (changed), "role" (unchanged),
/// "role" (transferred); for a license change "licenses" (changed, unchanged,
/// no_seats) and "addedLicenses", "removedLicenses" (changed).
QJsonObject toJson(const ItemResult &result);
/// The whole bulk answer: {"results": [item, …]} in request order.
QJsonObject toJson(const BulkResult &results);
/// The answer of a transfer of ownership: {"owner": Member, "previousOwner": Member}.
QJsonObject toJson(const OwnershipTransfer &transfer);

std::optional<Member> memberFromJson(const QJsonObject &object);
std::optional<Invitation> invitationFromJson(const QJsonObject &object);
std::optional<LicensePool> licensePoolFromJson(const QJsonObject &object);
std::optional<Organization> organizationFromJson(const QJsonObject &object);
std::optional<CurrentUser> currentUserFromJson(const QJsonObject &object);
/// Reads an error body as the API sends it; std::nullopt when `body` has no "error" object.
std::optional<ApiError> apiErrorFromJson(const QJsonObject &body);
/// Reads one bulk item. A status this version does not know is read as
/// ItemStatus::Error with the error code "unknown_status" (the status in
/// details.status), so that a newer server's answer is shown, not dropped.
/// std::nullopt when "status" is not a string or a detail has the wrong type.
std::optional<ItemResult> itemResultFromJson(const QJsonObject &object);
/// Reads {"results": [...]}; std::nullopt when "results" is not an array or an item is malformed.
std::optional<BulkResult> bulkResultFromJson(const QJsonObject &body);
std::optional<OwnershipTransfer> ownershipTransferFromJson(const QJsonObject &object);

// The audit log (AuditEventCodec.cpp).

/// Every action this version knows, in the order of the enum (Unknown left out).
QList<AuditAction> auditActions();
/// "organization.created", "invitation.created", "invitation.revoked",
/// "invitation.resent", "invitation.accepted", "member.removed",
/// "member.role_changed", "member.licenses_changed", "ownership.transferred",
/// "machine.registered",
/// "token.created", "audit.pruned"; empty for Unknown.
QString actionName(AuditAction action);
/// The action of a wire name; std::nullopt for a name this version does not know.
std::optional<AuditAction> auditActionFromName(QStringView name);
/// "organization", "invitation", "user", "machine", "token"; empty for None.
QString targetTypeName(AuditTargetType type);
/// The target type of a wire name; None for an empty or unknown name.
AuditTargetType targetTypeFromName(QStringView name);
/// The keys of `action` only, each in its documented type (AuditEventDetails):
/// demo, activeMembers, removedMembers (organization.created); role, licenses
/// (invitation.created); reason "superseded" (invitation.revoked, when so);
/// expiresAt (invitation.resent); userId, role, licenses (invitation.accepted);
/// role, releasedMachines, releasedLicenses, teams, revokedInvitations
/// (member.removed); from, to, removedFromTeams (member.role_changed);
/// added, removed, licenses (member.licenses_changed, the licenses after);
/// previousOwnerId, previousRoleOfNewOwner (ownership.transferred);
/// before, events, retentionDays (audit.pruned); none for the others.
QJsonObject toJson(const AuditDetails &details, AuditAction action);
/// Reads every key it knows whatever the action; unknown keys are ignored.
/// std::nullopt when a known key has the wrong type or an unknown role.
std::optional<AuditDetails> auditDetailsFromJson(const QJsonObject &object);
/// {"id", "createdAt", "actor", "action", "target": {"type", "id", "label",
/// "user"}, "details"}; a null person and a target id of 0 are JSON null.
QJsonObject toJson(const AuditEvent &event);
/// std::nullopt when "id" or "action" is missing or a field has the wrong
/// type. An action this version does not know is AuditAction::Unknown with
/// AuditEvent::actionName set; an unknown target type is None.
std::optional<AuditEvent> auditEventFromJson(const QJsonObject &object);
/// {"items", "size", "total", "nextCursor"} (null on the last page).
QJsonObject toJson(const AuditEventPage &page);
std::optional<AuditEventPage> auditEventPageFromJson(const QJsonObject &object);

} // namespace JsonCodec
