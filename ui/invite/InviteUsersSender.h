#pragma once

#include <QObject>
#include <QPointer>

class BulkOperation;
class InviteUsersDialog;
class OrganizationSession;
struct ClientError;

/// The Invite Users dialog's way to the server: hands what the dialog asks
/// for (inviteRequested, resendRequested) to the session's operations
/// (OrganizationSession::invite, resend) and their answers back
/// (showAnswer, showFailure). The dialog knows values only; this class knows
/// the session. One request at a time, as the dialog asks.
///
/// Every end of a request reaches the dialog, so that it never waits for
/// ever: the answer with the records the rules left out (showAnswer); a
/// failure with the answers that did arrive before it (showFailure); and an
/// operation destroyed before its end (the session closed) as a failure.
///
/// A child of the dialog: it ends with it, and a request still running then
/// is abandoned (its answer is dropped; the server may have made it).
class InviteUsersSender : public QObject
{
    Q_OBJECT

public:
    /// Connects `dialog` to `session` (not owned; a session deleted first
    /// ends the request in flight as a failure, and later requests fail).
    InviteUsersSender(InviteUsersDialog *dialog, OrganizationSession *session);
    ~InviteUsersSender() override;

private:
    /// Makes `operation` the request in flight and reports its end to the dialog.
    void start(BulkOperation *operation);
    void onFailed(BulkOperation *operation, const ClientError &error);
    /// Stops following the request in flight (without telling the dialog)
    /// and deletes it: `now` at once, otherwise later in the event loop.
    void release(bool now);
    void cancel();

    InviteUsersDialog *m_dialog;
    QPointer<OrganizationSession> m_session;
    /// The request in flight. Raw, and cleared by its destroyed() handler:
    /// a QPointer is already null when destroyed() is emitted.
    BulkOperation *m_operation = nullptr;
};
