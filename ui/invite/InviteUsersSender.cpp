#include "InviteUsersSender.h"

#include "InviteUsersDialog.h"

#include <BulkOperation.h>
#include <OrganizationSession.h>

InviteUsersSender::InviteUsersSender(InviteUsersDialog *dialog, OrganizationSession *session)
    : QObject(dialog), m_dialog(dialog), m_session(session)
{
    connect(dialog, &InviteUsersDialog::inviteRequested, this,
            [this](const QStringList &emails, Role role, const QStringList &licenses) {
                start(m_session->invite(emails, role, licenses));
            });
    connect(
        dialog, &InviteUsersDialog::resendRequested, this,
        [this](const QList<qint64> &invitationIds) { start(m_session->resend(invitationIds)); });
    connect(dialog, &InviteUsersDialog::cancelRequested, this, &InviteUsersSender::cancel);
}

InviteUsersSender::~InviteUsersSender()
{
    // Deleting the operation drops its request without an answer.
    delete m_operation.data();
}

void InviteUsersSender::start(BulkOperation *operation)
{
    delete m_operation.data();
    m_operation = operation;
    connect(operation, &BulkOperation::finished, this, [this, operation] {
        m_operation = nullptr;
        operation->deleteLater();
        m_dialog->showAnswer(operation->results());
    });
    connect(operation, &BulkOperation::failed, this, [this, operation](const ClientError &error) {
        m_operation = nullptr;
        operation->deleteLater();
        m_dialog->showFailure(error.message);
    });
}

void InviteUsersSender::cancel()
{
    if (!m_operation)
        return;
    // The server may have made the change: the session refreshes (abandoned()).
    m_operation->cancel();
    m_operation->deleteLater();
    m_operation = nullptr;
}
