#include "InviteUsersLauncher.h"

#include "EmailChipsEdit.h"
#include "InviteUsersSender.h"

#include <OrganizationSession.h>

InviteUsersLauncher::InviteUsersLauncher(OrganizationSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    setObjectName(QStringLiteral("inviteUsersLauncher"));
}

InviteUsersLauncher::~InviteUsersLauncher() = default;

InviteUsersDialog *InviteUsersLauncher::inviteUsers(const QStringList &addresses)
{
    if (InviteUsersDialog *open = m_dialog.data()) {
        if (!addresses.isEmpty())
            open->emailsEdit()->addText(addresses.join(QLatin1Char('\n')));
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new InviteUsersDialog(m_session->inviteRequest(addresses), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    new InviteUsersSender(dialog, m_session); // a child of the dialog
    connect(dialog, &InviteUsersDialog::invitationsSent, this,
            &InviteUsersLauncher::invitationsSent);
    m_dialog = dialog;
    dialog->open();
    emit dialogOpened(dialog);
    return dialog;
}

InviteUsersDialog *InviteUsersLauncher::inviteAgain(const QList<qint64> &userIds)
{
    const Availability allowed =
        m_session->availability(UserAction::of(UserAction::Kind::InviteAgain), userIds);
    QStringList addresses;
    for (const Member &member : m_session->members(ListKind::Removed, allowed.applies))
        addresses.append(member.email);
    return inviteUsers(addresses);
}
