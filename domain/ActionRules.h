#pragma once

#include "Permissions.h"
#include "Role.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What an admin asks User Management to do to a set of records: the action
/// buttons of the app and the bulk routes of the server.
struct UserAction
{
    enum class Kind
    {
        RemoveUsers,        ///< active members (POST …/members/remove)
        ChangeRole,         ///< active members (POST …/members/change-role)
        TransferOwnership,  ///< exactly one active member (POST …/ownership)
        Revoke,             ///< open invitations (POST …/invitations/revoke)
        Resend,             ///< open invitations (POST …/invitations/resend)
        CopyActivationLink, ///< open invitations (the app puts their links on the clipboard)
        InviteAgain,        ///< removed members (a new invitation as Member)
    };

    Kind kind = Kind::RemoveUsers;
    /// ChangeRole: the new role. std::nullopt asks whether some role can be
    /// given at all, a transfer of ownership included (the Change Role
    /// button, before the dialog's choice). Role::Owner is refused: ownership
    /// moves only by TransferOwnership.
    std::optional<Role> role;
    /// ChangeRole to Billing Manager: take the members out of their teams.
    bool removeFromTeams = false;

    static UserAction of(Kind kind) { return {kind, std::nullopt, false}; }
    static UserAction changeRole(Role role, bool removeFromTeams)
    {
        return {Kind::ChangeRole, role, removeFromTeams};
    }
};

/// One record an action is asked for: an active or removed member (`id` is
/// the user id) or an invitation (`id` is the invitation id; `role` the role
/// it invites to).
struct ActionTarget
{
    qint64 id = 0;
    Role role = Role::Member;
    QStringList teams; ///< members: the teams they belong to
};

/// A record the rules leave out of an action, with the rule's answer (the
/// API error code and the sentence shown beside it).
struct SkippedTarget
{
    qint64 id = 0;
    Decision why;
};

/// Which records of a check set an action applies to, and which it leaves
/// out and why.
struct Availability
{
    QList<qint64> applies;        ///< in the order asked
    QList<SkippedTarget> skipped; ///< in the order asked

    int count() const { return int(applies.size()); }
    bool isEmpty() const { return applies.isEmpty(); }
    /// The first refusal; an allowing Decision when nothing was left out.
    Decision firstRefusal() const;
    /// The sentence for the control of the action: empty when every record
    /// applies; the first refusal's sentence when none does; otherwise "1
    /// checked record is left out: <why>" or "N checked records are left
    /// out: <why>". Translated in the "ActionRules" context.
    QString reason() const;
};

/// The rules of what a set of records allows, in one place for the server,
/// the session, the tabs and the dialogs: each answers from Permissions,
/// record by record, and adds the rules of the set (a transfer of ownership
/// goes to exactly one member). Pure functions of their arguments.
namespace ActionRules {

/// Whether `actor`'s role allows `action` at all, before any record: the
/// server refuses a whole request with this (HTTP 403). Every action needs
/// the Owner or Admin role ("forbidden", Permissions::canManageUsers); a
/// transfer of ownership needs the Owner.
Decision gate(Role actor, const UserAction &action);

/// The decision for one record. RemoveUsers: Permissions::canRemove.
/// ChangeRole to a role: Permissions::canChangeRole; to no role yet: allowed
/// when some role can be given (a grantable role or, for the Owner,
/// ownership), else the refusal
/// for the lowest role, which names the member's situation ("You cannot
/// change your own role."). TransferOwnership: canTransferOwnership.
/// Revoke, Resend, CopyActivationLink: canManageInvitation for the
/// invitation's role. InviteAgain: canInviteWithRole(Member). The gate comes
/// first: a Member acting gets the gate's refusal for every record.
Decision decide(const Actor &actor, const UserAction &action, const ActionTarget &target);

/// decide() for each target, in order, plus the rules of the set: a
/// TransferOwnership that would apply to no or to several members applies
/// to none, each left out with "Ownership goes to exactly one member: check
/// only that member." (code "forbidden"). Empty `targets` give an empty
/// answer. Records with the same role and the same relation to the actor
/// share one decision, so 100,000 records cost one decision per role.
Availability availability(const Actor &actor, const UserAction &action,
                          const QList<ActionTarget> &targets);

/// Whether `role` can be chosen in Change User Role for `targets` (the
/// checked members): the Owner's role means a transfer, so only the Owner,
/// and only to exactly one other member; other roles, those
/// Permissions::grantableRoles gives the actor, with the rule's own sentence
/// for the others ("Only the Owner can grant or take away the Admin role.").
Decision canChooseRole(const Actor &actor, Role role, const QList<ActionTarget> &targets);

} // namespace ActionRules
