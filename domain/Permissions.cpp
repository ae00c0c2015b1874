#include "Permissions.h"

#include <QCoreApplication>

namespace {

// A named context, so that lupdate finds the messages ("Permissions").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
};

bool isManager(Role role)
{
    return role == Role::Owner || role == Role::Admin;
}

Decision notAManager()
{
    return Decision::refuse(QStringLiteral("forbidden"),
                            Text::tr("User Management needs the Owner or Admin role."));
}

} // namespace

namespace Permissions {

Decision canManageUsers(Role actor)
{
    return isManager(actor) ? Decision::allow() : notAManager();
}

Decision canInviteWithRole(Role actor, Role role)
{
    if (!isManager(actor))
        return notAManager();
    if (role == Role::Owner)
        return Decision::refuse(
            QStringLiteral("forbidden"),
            Text::tr("Nobody is invited as Owner; the Owner transfers ownership "
                     "to an active member."));
    if (role == Role::Admin && actor != Role::Owner)
        return Decision::refuse(QStringLiteral("forbidden"),
                                Text::tr("Only the Owner can invite Admins."));
    return Decision::allow();
}

Decision canManageInvitation(Role actor, Role invitationRole)
{
    if (!isManager(actor))
        return notAManager();
    if (invitationRole == Role::Owner) // no such invitation can be created (header contract)
        return canInviteWithRole(actor, invitationRole);
    if (invitationRole == Role::Admin && actor != Role::Owner)
        return Decision::refuse(QStringLiteral("forbidden"),
                                Text::tr("Only the Owner can manage invitations for Admins."));
    return Decision::allow();
}

Decision canRemove(const Actor &actor, const Subject &subject)
{
    if (!isManager(actor.role))
        return notAManager();
    if (actor.userId == subject.userId)
        return Decision::refuse(QStringLiteral("cannot_remove_self"),
                                Text::tr("You cannot remove yourself."));
    if (subject.role == Role::Owner)
        return Decision::refuse(QStringLiteral("cannot_remove_owner"),
                                Text::tr("The Owner cannot be removed; transfer ownership first."));
    if (subject.role == Role::Admin && actor.role != Role::Owner)
        return Decision::refuse(QStringLiteral("forbidden"),
                                Text::tr("Only the Owner can remove Admins."));
    return Decision::allow();
}

Decision canChangeRole(const Actor &actor, const Subject &subject, Role newRole,
                       bool removeFromTeams)
{
    if (!isManager(actor.role))
        return notAManager();
    if (actor.userId == subject.userId)
        return Decision::refuse(QStringLiteral("cannot_change_own_role"),
                                Text::tr("You cannot change your own role."));
    if (subject.role == Role::Owner)
        return Decision::refuse(
            QStringLiteral("cannot_change_owner"),
            Text::tr("The Owner's role changes only by transferring ownership."));
    if (newRole == Role::Owner)
        return Decision::refuse(
            QStringLiteral("forbidden"),
            Text::tr("Ownership is handed over by a transfer, not by a role change."));
    if (actor.role != Role::Owner && (subject.role == Role::Admin || newRole == Role::Admin))
        return Decision::refuse(QStringLiteral("forbidden"),
                                Text::tr("Only the Owner can grant or take away the Admin role."));
    if (newRole == Role::BillingManager && subject.role != Role::BillingManager &&
        !subject.teams.isEmpty() && !removeFromTeams)
        return Decision::refuse(
            QStringLiteral("billing_manager_in_teams"),
            Text::tr("A Billing Manager cannot belong to teams; this member is in: %1.")
                .arg(subject.teams.join(QStringLiteral(", "))));
    return Decision::allow();
}

Decision canChangeLicenses(const Actor &actor, const Subject &subject)
{
    if (!isManager(actor.role))
        return notAManager();
    if (actor.role != Role::Owner && (subject.role == Role::Admin || subject.role == Role::Owner))
        return Decision::refuse(
            QStringLiteral("forbidden"),
            Text::tr("Only the Owner can change the licenses of Admins and of the Owner."));
    return Decision::allow();
}

Decision canTransferOwnership(Role actor)
{
    if (actor != Role::Owner)
        return Decision::refuse(QStringLiteral("forbidden"),
                                Text::tr("Only the Owner can transfer ownership."));
    return Decision::allow();
}

Decision canTransferOwnership(const Actor &actor, const Subject &subject)
{
    if (const Decision owner = canTransferOwnership(actor.role); !owner)
        return owner;
    if (actor.userId == subject.userId)
        return Decision::refuse(QStringLiteral("cannot_change_own_role"),
                                Text::tr("You already own this organization."));
    return Decision::allow();
}

QList<Role> grantableRoles(Role actor)
{
    switch (actor) {
    case Role::Owner:
        return {Role::Admin, Role::BillingManager, Role::Member};
    case Role::Admin:
        return {Role::BillingManager, Role::Member};
    case Role::BillingManager:
    case Role::Member:
        break;
    }
    return {};
}

} // namespace Permissions
