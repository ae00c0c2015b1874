#pragma once

#include <ActionRules.h>

/// The three lists of User Management, as OrganizationSession holds them.
enum class ListKind
{
    Active,  ///< active members
    Pending, ///< open invitations (pending and expired)
    Removed, ///< removed members
};

/// The list whose records `action` acts on: Active Users for Remove Users,
/// Change Role and a transfer of ownership; Pending Invitations for Revoke,
/// Resend and Copy Activation Link; Removed Users for Invite Again.
inline ListKind listOf(UserAction::Kind action)
{
    switch (action) {
    case UserAction::Kind::Revoke:
    case UserAction::Kind::Resend:
    case UserAction::Kind::CopyActivationLink:
        return ListKind::Pending;
    case UserAction::Kind::InviteAgain:
        return ListKind::Removed;
    case UserAction::Kind::RemoveUsers:
    case UserAction::Kind::ChangeRole:
    case UserAction::Kind::TransferOwnership:
        break;
    }
    return ListKind::Active;
}
