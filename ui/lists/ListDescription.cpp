#include "ListDescription.h"

#include <ActiveUsersModel.h>
#include <PendingInvitationsModel.h>
#include <RecordFilterProxyModel.h>
#include <RemovedUsersModel.h>

#include <QCoreApplication>

namespace {

constexpr const char *UsersSearch =
    QT_TRANSLATE_NOOP("UserListTab", "Shows the users whose name or email contains the text.");

QString text(const char *source)
{
    return QCoreApplication::translate("UserListTab", source);
}

/// All roles (-1), then each role by its Role value.
QList<ListDescription::Filter::Choice> roleChoices()
{
    QList<ListDescription::Filter::Choice> choices{
        {text(QT_TRANSLATE_NOOP("UserListTab", "All roles")), -1}};
    for (Role role : Roles::all())
        choices.append({Roles::displayName(role), int(role)});
    return choices;
}

bool applyRole(RecordFilterProxyModel &proxy, int value)
{
    return proxy.setRoleFilter(value < 0 ? std::nullopt : std::optional<Role>(Role(value)));
}

/// Pending, Expired, All. Expired invitations stay listed (and can be sent
/// again), so All is the first choice made.
QList<ListDescription::Filter::Choice> statusChoices()
{
    return {{text(QT_TRANSLATE_NOOP("UserListTab", "Pending")),
             int(SearchFilter::StatusFilter::Pending)},
            {text(QT_TRANSLATE_NOOP("UserListTab", "Expired")),
             int(SearchFilter::StatusFilter::Expired)},
            {text(QT_TRANSLATE_NOOP("UserListTab", "All")), int(SearchFilter::StatusFilter::All)}};
}

bool applyStatus(RecordFilterProxyModel &proxy, int value)
{
    return proxy.setStatusFilter(SearchFilter::StatusFilter(value));
}

ListDescription::Filter roleFilter(const char *label)
{
    return {label,
            QT_TRANSLATE_NOOP("UserListTab", "Role filter"),
            "roleFilterCombo",
            roleChoices,
            -1,
            applyRole};
}

} // namespace

const ListDescription &ListDescription::activeUsers()
{
    static const ListDescription description{
        ListKind::Active,
        "activeUsers",
        QT_TRANSLATE_NOOP("UserListTab", "Active Users"),
        UsersSearch,
        {roleFilter(QT_TRANSLATE_NOOP("UserListTab", "&Role:"))},
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
        {{QT_TRANSLATE_NOOP("UserListTab", "S&tatus:"),
          QT_TRANSLATE_NOOP("UserListTab", "Status filter"), "statusFilterCombo", statusChoices,
          int(SearchFilter::StatusFilter::All), applyStatus}},
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
        {roleFilter(QT_TRANSLATE_NOOP("UserListTab", "Last &role:"))},
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
