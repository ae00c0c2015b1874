#include "ListDescription.h"

#include <ActiveUsersModel.h>
#include <PendingInvitationsModel.h>
#include <RemovedUsersModel.h>

#include <QCoreApplication>

namespace {

constexpr const char *UsersSearch =
    QT_TRANSLATE_NOOP("UserListTab", "Shows the users whose name or email contains the text.");

} // namespace

const ListDescription &ListDescription::activeUsers()
{
    static const ListDescription description{
        ListKind::Active,
        "activeUsers",
        QT_TRANSLATE_NOOP("UserListTab", "Active Users"),
        UsersSearch,
        {{Filter::Kind::Role, QT_TRANSLATE_NOOP("UserListTab", "&Role:"),
          QT_TRANSLATE_NOOP("UserListTab", "Role filter"), "roleFilterCombo"}},
        {{UserAction::Kind::ChangeRole, QT_TRANSLATE_NOOP("UserListTab", "Change Role"),
          "changeRoleButton"},
         {UserAction::Kind::RemoveUsers, QT_TRANSLATE_NOOP("UserListTab", "Remove Users"),
          "removeUsersButton"}},
        ActiveUsersModel::FullNameColumn,
        ActiveUsersModel::EmailColumn,
        ActiveUsersModel::RoleColumn,
        -1,
        Qt::AscendingOrder,
        QT_TRANSLATE_NOOP("UserListTab", "No active users."),
        QT_TRANSLATE_NOOP("UserListTab", "No users match “%1”."),
        QT_TRANSLATE_NOOP("UserListTab", "No users with the role %1."),
        QT_TRANSLATE_NOOP("UserListTab", "No users with the role %1 match “%2”."),
        false,
        QT_TRANSLATE_NOOP("UserListTab", "1 user"),
        QT_TRANSLATE_N_NOOP("UserListTab", "%Ln users"),
        QT_TRANSLATE_NOOP("UserListTab", "Check the users this applies to."),
    };
    return description;
}

const ListDescription &ListDescription::pendingInvitations()
{
    static const ListDescription description{
        ListKind::Pending,
        "pendingInvitations",
        QT_TRANSLATE_NOOP("UserListTab", "Pending Invitations"),
        QT_TRANSLATE_NOOP("UserListTab", "Shows the invitations whose email contains the text."),
        {{Filter::Kind::InvitationStatus, QT_TRANSLATE_NOOP("UserListTab", "S&tatus:"),
          QT_TRANSLATE_NOOP("UserListTab", "Status filter"), "statusFilterCombo"}},
        {{UserAction::Kind::CopyActivationLink,
          QT_TRANSLATE_NOOP("UserListTab", "Copy Activation Link"), "copyActivationLinkButton",
          true},
         {UserAction::Kind::Resend, QT_TRANSLATE_NOOP("UserListTab", "Resend"), "resendButton",
          true},
         {UserAction::Kind::Revoke, QT_TRANSLATE_NOOP("UserListTab", "Revoke"), "revokeButton"}},
        -1,
        PendingInvitationsModel::EmailColumn,
        PendingInvitationsModel::RoleColumn,
        -1,
        Qt::AscendingOrder,
        QT_TRANSLATE_NOOP("UserListTab", "No pending invitations."),
        QT_TRANSLATE_NOOP("UserListTab", "No invitations match “%1”."),
        QT_TRANSLATE_NOOP("UserListTab", "No %1 invitations."),
        QT_TRANSLATE_NOOP("UserListTab", "No %1 invitations match “%2”."),
        true,
        QT_TRANSLATE_NOOP("UserListTab", "1 invitation"),
        QT_TRANSLATE_N_NOOP("UserListTab", "%Ln invitations"),
        QT_TRANSLATE_NOOP("UserListTab", "Check the invitations this applies to."),
    };
    return description;
}

const ListDescription &ListDescription::removedUsers()
{
    static const ListDescription description{
        ListKind::Removed,
        "removedUsers",
        QT_TRANSLATE_NOOP("UserListTab", "Removed Users"),
        UsersSearch,
        {{Filter::Kind::Role, QT_TRANSLATE_NOOP("UserListTab", "Last &role:"),
          QT_TRANSLATE_NOOP("UserListTab", "Role filter"), "roleFilterCombo"}},
        {{UserAction::Kind::InviteAgain, QT_TRANSLATE_NOOP("UserListTab", "Invite Again"),
          "inviteAgainButton"}},
        RemovedUsersModel::FullNameColumn,
        RemovedUsersModel::EmailColumn,
        RemovedUsersModel::LastRoleColumn,
        RemovedUsersModel::defaultSortColumn,
        RemovedUsersModel::defaultSortOrder,
        QT_TRANSLATE_NOOP("UserListTab", "No removed users."),
        QT_TRANSLATE_NOOP("UserListTab", "No users match “%1”."),
        QT_TRANSLATE_NOOP("UserListTab", "No users with the role %1."),
        QT_TRANSLATE_NOOP("UserListTab", "No users with the role %1 match “%2”."),
        false,
        QT_TRANSLATE_NOOP("UserListTab", "1 user"),
        QT_TRANSLATE_N_NOOP("UserListTab", "%Ln users"),
        QT_TRANSLATE_NOOP("UserListTab", "Check the users this applies to."),
    };
    return description;
}

const ListDescription &ListDescription::of(ListKind list)
{
    switch (list) {
    case ListKind::Pending:
        return pendingInvitations();
    case ListKind::Removed:
        return removedUsers();
    case ListKind::Active:
        break;
    }
    return activeUsers();
}
