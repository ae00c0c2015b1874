#pragma once

#include "InviteUsersDialog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class AppController;
class MainWindow;

/// Opens Invite Users for AppController (issue 4, sections 1 and 4): from
/// the toolbar's Invite Users action, and from the Removed Users tab's
/// Invite Again button with the checked users' addresses. The dialog gets
/// the organization as last loaded (license pools), the signed-in user's
/// role, and the addresses of the Active Users and Pending Invitations lists
/// to flag. When invitations were created, the window switches to Pending
/// Invitations and the lists refresh (seed step 5).
///
/// One dialog at a time: asking again raises the open one (Invite Again
/// then adds its addresses to it).
class InviteUsersLauncher : public QObject
{
    Q_OBJECT

public:
    /// Connects itself to `controller`'s window; a child of `controller`.
    explicit InviteUsersLauncher(AppController *controller);
    ~InviteUsersLauncher() override;

    /// Opens the dialog (window-modal), pre-filled with `addresses` (may be
    /// empty). Returns the dialog shown.
    InviteUsersDialog *inviteUsers(const QStringList &addresses = {});
    /// The open dialog; null when none.
    InviteUsersDialog *currentDialog() const { return m_dialog; }

    /// The request the dialog starts from, built from what the window shows.
    InviteUsersRequest request(const QStringList &addresses) const;

signals:
    /// The dialog opened (for tests and the status bar).
    void dialogOpened(InviteUsersDialog *dialog);

private:
    MainWindow *window() const;
    void inviteAgain(const QList<qint64> &userIds);
    void onInvitationsSent();

    AppController *m_controller;
    QPointer<InviteUsersDialog> m_dialog;
    bool m_refreshAgain = false;
};
