#include "InviteUsersSender.h"

#include "InviteUsersDialog.h"

#include <BulkOperation.h>
#include <OrganizationSession.h>

InviteUsersSender::InviteUsersSender(InviteUsersDialog *dialog, OrganizationSession *session)
    : QObject(dialog), m_dialog(dialog), m_session(session)
{
    connect(dialog, &InviteUsersDialog::inviteRequested, this,
            [this](const QStringList &emails, Role role, const QStringList &licenses) {
                if (m_session)
                    start(m_session->invite(emails, role, licenses));
                else
                    start(nullptr);
            });
    connect(dialog, &InviteUsersDialog::resendRequested, this,
            [this](const QList<qint64> &invitationIds) {
                start(m_session ? m_session->resend(invitationIds) : nullptr);
            });
    connect(dialog, &InviteUsersDialog::cancelRequested, this, &InviteUsersSender::cancel);
}

InviteUsersSender::~InviteUsersSender()
{
    // Deleting the operation drops its request without an answer; the dialog
    // is being destroyed and hears nothing of it.
    release(true);
}

void InviteUsersSender::start(BulkOperation *operation)
{
    release(true);
    if (!operation) {
        m_dialog->showFailure(
            tr("The organization was closed. Open it again, then try once more."));
        return;
    }
    m_operation = operation;
    connect(operation, &BulkOperation::finished, this, [this, operation] {
        release(false);
        m_dialog->showAnswer(operation->results(), operation->leftOut());
    });
    connect(operation, &BulkOperation::failed, this,
            [this, operation](const ClientError &error) { onFailed(operation, error); });
    // The session deleted it (closed, signed out) before any end: the dialog
    // must not wait for ever.
    connect(operation, &QObject::destroyed, this, [this](QObject *gone) {
        if (gone != m_operation)
            return;
        m_operation = nullptr;
        m_dialog->showFailure(tr("The organization was closed before the server answered. "
                                 "The server may have received the request already."));
    });
}

void InviteUsersSender::onFailed(BulkOperation *operation, const ClientError &error)
{
    // The answers that came before the failure are kept by the operation:
    // the dialog shows them as such, and the rest as not sent.
    const BulkResult answered = operation->results();
    const QList<SkippedTarget> leftOut = operation->leftOut();
    release(false);
    m_dialog->showFailure(error.message, answered, leftOut);
}

void InviteUsersSender::release(bool now)
{
    BulkOperation *operation = std::exchange(m_operation, nullptr);
    if (!operation)
        return;
    disconnect(operation, nullptr, this, nullptr);
    if (now)
        delete operation;
    else
        operation->deleteLater();
}

void InviteUsersSender::cancel()
{
    if (!m_operation)
        return;
    // The server may have made the change: the session refreshes (abandoned()).
    m_operation->cancel();
    release(false);
}
