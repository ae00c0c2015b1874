#pragma once

#include "Role.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What an audit event records (docs/openapi.json, AuditEvent.action).
/// JsonCodec alone knows the wire names ("member.role_changed"); server and
/// app compare these.
enum class AuditAction
{
    OrganizationCreated,
    InvitationCreated,
    InvitationRevoked,
    InvitationResent,
    InvitationAccepted,
    MemberRemoved,
    MemberRoleChanged,
    MemberLicensesChanged,
    OwnershipTransferred,
    MachineRegistered,
    TokenCreated, ///< outside any organization: never in an organization's log
    AuditPruned,  ///< the retention removed older events of the organization
    /// A name this version does not know (a newer server's);
    /// AuditEvent::actionName keeps it, so that the event is shown, not dropped.
    Unknown,
};

/// What kind of thing an audit event touched.
enum class AuditTargetType
{
    None,
    Organization,
    Invitation,
    User,
    Machine,
    Token,
};

/// A person as an audit event saw them: the user id, and the name and address
/// they had when the event happened. History keeps these as written; a later
/// change of the user does not reach back into it.
struct AuditPerson
{
    qint64 userId = 0; ///< 0: nobody (no actor; a target that is no user)
    QString fullName;
    QString email;

    bool isNull() const { return userId == 0; }
};

/// What an event touched.
struct AuditTarget
{
    AuditTargetType type = AuditTargetType::None;
    qint64 id = 0;    ///< the id of that thing; 0 when none
    QString label;    ///< what it was called then: an address, a machine id, a name
    AuditPerson user; ///< the person it concerns: the member (user), the owner (machine,
                      ///< token), who joined (an accepted invitation); null otherwise
};

/// The details of an event, typed. Each action sets only its own fields (the
/// comments say which); the others keep their defaults and are not sent.
struct AuditDetails
{
    // OrganizationCreated
    bool demo = false;
    int activeMembers = 0;
    int removedMembers = 0;
    /// InvitationCreated, InvitationAccepted: the invitation's role;
    /// MemberRemoved: the role the member had.
    std::optional<Role> role;
    /// InvitationCreated, InvitationAccepted: product codes; MemberLicensesChanged:
    /// the member's licenses after the change.
    QStringList licenses;
    QStringList addedLicenses;   ///< MemberLicensesChanged: product codes assigned
    QStringList removedLicenses; ///< MemberLicensesChanged: product codes taken back
    /// InvitationRevoked: a new invitation to the same address replaced an
    /// expired one (the server did it, not a Revoke).
    bool superseded = false;
    QDateTime expiresAt; ///< InvitationResent: when the new link expires (UTC)
    qint64 userId = 0;   ///< InvitationAccepted: the user who joined
    // MemberRemoved
    int releasedMachines = 0;
    QStringList releasedLicenses;
    QStringList teams; ///< the teams the member left
    QList<qint64> revokedInvitations;
    // MemberRoleChanged
    std::optional<Role> fromRole;
    std::optional<Role> toRole;
    QStringList removedFromTeams;
    // OwnershipTransferred
    qint64 previousOwnerId = 0;
    std::optional<Role> previousRoleOfNewOwner;
    // AuditPruned
    QDateTime prunedBefore; ///< events older than this (UTC) were removed
    qint64 prunedEvents = 0;
    int retentionDays = 0;
};

/// One entry of the audit log: who did what, when, to whom.
struct AuditEvent
{
    qint64 id = 0;
    qint64 organizationId = 0; ///< 0 for events outside an organization (token creation)
    AuditPerson actor;         ///< null when nobody signed in did it (an activation link)
    AuditAction action = AuditAction::Unknown;
    QString actionName; ///< the wire name when `action` is Unknown; empty otherwise
    AuditTarget target;
    AuditDetails details;
    QDateTime createdAt; ///< UTC
};

/// One page of an organization's audit log, newest first.
struct AuditEventPage
{
    QList<AuditEvent> items;
    qint64 total = 0; ///< events that match the filters, on every page
    int size = 0;     ///< the page size asked for
    /// Give it back to get the next (older) page; empty on the last page.
    QString nextCursor;
};
