#pragma once

#include "Role.h"

#include <QString>
#include <QStringList>

/// The answer of a permission rule: allowed, or refused with an API error
/// code (e.g. "forbidden", "cannot_remove_self") and a sentence for the
/// user. The server sends code and reason as its error; the app shows
/// the reason beside the control it disables.
struct Decision
{
    bool allowed = true;
    QString code;
    QString reason;

    static Decision allow() { return {}; }
    static Decision refuse(const QString &code, const QString &reason)
    {
        return {false, code, reason};
    }
    explicit operator bool() const { return allowed; }
};

/// The signed-in user who acts.
struct Actor
{
    qint64 userId = 0;
    Role role = Role::Member;
};

/// The active member an action targets.
struct Subject
{
    qint64 userId = 0;
    Role role = Role::Member;
    QStringList teams; ///< names of the teams the member belongs to
};

/// The permission rules of the four roles (the README's role table), in one
/// place for server and app; ActionRules applies them to sets of records.
/// Each function is pure: it looks only at its arguments.
namespace Permissions {

/// Open User Management: list, search and export members and invitations.
/// Owner and Admin only.
Decision canManageUsers(Role actor);

/// Invite someone with `role`. Owner: Admin, Billing Manager, Member.
/// Admin: Billing Manager, Member. Nobody invites an Owner (ownership is
/// transferred, code "forbidden").
Decision canInviteWithRole(Role actor, Role role);

/// Revoke, resend or copy the link of an invitation carrying `invitationRole`:
/// allowed to whoever may create such an invitation.
Decision canManageInvitation(Role actor, Role invitationRole);

/// Remove an active member. Refusals: "forbidden" (not Owner/Admin, or an
/// Admin removing an Admin), "cannot_remove_self", "cannot_remove_owner".
Decision canRemove(const Actor &actor, const Subject &subject);

/// Give `subject` the organization role `newRole`. Refusals: "forbidden",
/// "cannot_change_own_role", "cannot_change_owner" (the Owner changes only by
/// a transfer), "billing_manager_in_teams" (subject is in teams and
/// `removeFromTeams` is false). Asking for the role the subject already has
/// is allowed (the server reports it as "unchanged").
Decision canChangeRole(const Actor &actor, const Subject &subject, Role newRole,
                       bool removeFromTeams);

/// Assign licenses to an active member or take them back (POST
/// …/members/licenses). The Owner may change anyone's, their own included;
/// an Admin those of the members they may manage, Billing Managers and
/// Members (not an Admin's, their own included, nor the Owner's). Billing
/// Managers and Members change nobody's. The only refusal is "forbidden".
Decision canChangeLicenses(const Actor &actor, const Subject &subject);

/// Hand ownership to anybody at all: only the Owner ("forbidden").
Decision canTransferOwnership(Role actor);

/// Hand ownership to `subject`: only the Owner (canTransferOwnership(Role)),
/// never to themselves ("cannot_change_own_role").
Decision canTransferOwnership(const Actor &actor, const Subject &subject);

/// The roles `actor` may give in an invitation or a role change (never Owner),
/// highest first; empty for Billing Manager and Member.
QList<Role> grantableRoles(Role actor);

} // namespace Permissions
