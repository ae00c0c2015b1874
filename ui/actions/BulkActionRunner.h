#pragma once

#include "BulkActionDialog.h"
#include "BulkResultDialog.h"

#include <ActionRules.h>
#include <BulkResult.h>

#include <QObject>
#include <QPointer>

class BulkOperation;
class OrganizationSession;
class QMainWindow;
struct ClientError;

/// The window's side of the tabs' actions: Revoke, Resend, Copy Activation
/// Link, Remove Users and Change Role. For the records a tab asks for it
/// opens the action's dialog with their values (from the session), hands
/// the choice to the session's operation, shows the progress in the dialog,
/// keeps the dialog open with its input when a request fails (press the
/// action again to retry the rest), and at the end shows one result summary
/// (BulkResultDialog) and a line in the status bar. The session unchecks and
/// refreshes; this class only shows.
class BulkActionRunner : public QObject
{
    Q_OBJECT

public:
    /// `window` (the parent of the dialogs, its status bar for messages).
    BulkActionRunner(OrganizationSession *session, QMainWindow *window);
    ~BulkActionRunner() override;

    /// Runs `action` for the records `ids` (every checked record of its
    /// list, hidden ones included). Invite Again is InviteUsersLauncher's.
    void run(UserAction::Kind action, const QList<qint64> &ids);

    /// Revoke: the Revoke Invitation dialog for the invitations the rules allow.
    void revoke(const QList<qint64> &invitationIds);
    /// Resend: new links at once (no dialog), progress in the status bar.
    void resend(const QList<qint64> &invitationIds);
    /// Copy Activation Link: the links on the clipboard, one per line.
    void copyActivationLinks(const QList<qint64> &invitationIds);
    /// Remove Users: the Remove Users dialog, refused users listed greyed.
    void removeUsers(const QList<qint64> &userIds);
    /// Change Role: the Change User Role dialog (a transfer of ownership included).
    void changeRole(const QList<qint64> &userIds);

    /// What the summary says about one answered item of `action`: done,
    /// skipped or failed (ItemResult::outcome()) and a sentence.
    static BulkOutcome describe(UserAction::Kind action, const ItemResult &result);

    /// The dialog of the action in progress (null when none is open).
    BulkActionDialog *currentDialog() const { return m_dialog; }
    /// The last result summary shown (null when closed or none).
    BulkResultDialog *lastResultDialog() const { return m_resultDialog; }

signals:
    /// A dialog opened (Revoke Invitation, Remove Users, Change User Role).
    void dialogOpened(BulkActionDialog *dialog);
    /// An action ended and its summary shows.
    void actionFinished(BulkResultDialog *summary);
    /// A request of an action failed; the dialog (if any) stays open.
    void actionFailed(const QString &message);
    /// Links were copied: `note` for the tab's count line ("Copied 3 activation links.").
    void linksCopied(const QString &note);

private:
    struct Flow;
    void openDialog(BulkActionDialog *dialog, Flow *flow);
    void start(Flow *flow, BulkOperation *operation);
    void onFailed(Flow *flow, const ClientError &error);
    void onFinished(Flow *flow);
    void showStatus(const QString &message, int timeoutMs = 0);

    OrganizationSession *m_session;
    QMainWindow *m_window;
    QPointer<BulkActionDialog> m_dialog;
    QPointer<BulkResultDialog> m_resultDialog;
    bool m_resendRunning = false;
};
