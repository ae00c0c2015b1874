#pragma once

#include "InviteUsersDialog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class OrganizationSession;
class QWidget;

/// Opens Invite Users from the toolbar's Invite Users and from Removed
/// Users' Invite Again (with the checked users' addresses), with what the
/// session knows (OrganizationSession::inviteRequest(): the license pools,
/// the signed-in user's role, the addresses of members and pending
/// invitations to flag). The dialog asks; InviteUsersSender has the
/// session send.
///
/// One dialog at a time: asking again raises the open one (Invite Again
/// then adds its addresses to it).
class InviteUsersLauncher : public QObject
{
    Q_OBJECT

public:
    /// `window`: the parent of the dialog.
    InviteUsersLauncher(OrganizationSession *session, QWidget *window);
    ~InviteUsersLauncher() override;

    /// Opens the dialog (window-modal), pre-filled with `addresses` (may be
    /// empty). Returns the dialog shown.
    InviteUsersDialog *inviteUsers(const QStringList &addresses = {});
    /// Invite Again: the dialog with the addresses of the removed users among
    /// `userIds` whom the rules allow inviting.
    InviteUsersDialog *inviteAgain(const QList<qint64> &userIds);
    /// The open dialog; null when none.
    InviteUsersDialog *currentDialog() const { return m_dialog; }

signals:
    /// The dialog opened (for tests and the status bar).
    void dialogOpened(InviteUsersDialog *dialog);
    /// Invitations were created (the window then shows Pending Invitations).
    void invitationsSent(int count);

private:
    OrganizationSession *m_session;
    QWidget *m_window;
    QPointer<InviteUsersDialog> m_dialog;
};
