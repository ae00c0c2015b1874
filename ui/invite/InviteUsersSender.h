#pragma once

#include <QObject>
#include <QPointer>

class BulkOperation;
class InviteUsersDialog;
class OrganizationSession;

/// The Invite Users dialog's way to the server: hands what the dialog asks
/// for (inviteRequested, resendRequested) to the session's operations
/// (OrganizationSession::invite, resend) and their answers back
/// (showAnswer, showFailure). The dialog knows values only; this class knows
/// the session. One request at a time, as the dialog asks.
///
/// A child of the dialog: it ends with it, and a request still running then
/// is abandoned (its answer is dropped; the server may have made it).
class InviteUsersSender : public QObject
{
    Q_OBJECT

public:
    /// Connects `dialog` to `session` (not owned; it must outlive the dialog).
    InviteUsersSender(InviteUsersDialog *dialog, OrganizationSession *session);
    ~InviteUsersSender() override;

private:
    /// Makes `operation` the request in flight and reports its end to the dialog.
    void start(BulkOperation *operation);
    void cancel();

    InviteUsersDialog *m_dialog;
    OrganizationSession *m_session;
    QPointer<BulkOperation> m_operation; ///< the request in flight; the session may end it first
};
