#include "InviteUsersLauncher.h"

#include "AppController.h"
#include "EmailChipsEdit.h"
#include "MainWindow.h"
#include "UserListTab.h"

#include <ActiveUsersModel.h>
#include <EmailAddress.h>
#include <MemberTableModel.h>
#include <PendingInvitationsModel.h>

#include <QAction>
#include <QTabWidget>

#include <utility>

namespace {

/// The duplicate key of an address from the server. The server keeps checked
/// addresses with ASCII (punycode) domains, whose key is the lower-cased
/// address; EmailAddress::duplicateKey (a full check) only for anything else,
/// so that 200,000 members take milliseconds.
QString serverAddressKey(const QString &email)
{
    for (const QChar c : email) {
        if (c.unicode() > 0x7f)
            return EmailAddress::duplicateKey(email);
    }
    return email.toLower();
}

/// The keys of the addresses in `column` of every row of `model`.
QSet<QString> addressKeys(const QAbstractItemModel *model, int column)
{
    QSet<QString> keys;
    if (!model)
        return keys;
    const int rows = model->rowCount();
    keys.reserve(rows);
    for (int row = 0; row < rows; ++row)
        keys.insert(serverAddressKey(model->index(row, column).data().toString()));
    return keys;
}

} // namespace

InviteUsersLauncher::InviteUsersLauncher(AppController *controller)
    : QObject(controller), m_controller(controller)
{
    setObjectName(QStringLiteral("inviteUsersLauncher"));
    MainWindow *w = window();
    connect(w->inviteUsersAction(), &QAction::triggered, this, [this] { inviteUsers(); });
    connect(w->tab(UserListTab::Kind::Removed), &UserListTab::actionRequested, this,
            [this](UserListTab::Action action, const QList<qint64> &ids) {
                if (action == UserListTab::Action::InviteAgain)
                    inviteAgain(ids);
            });
    // A refresh asked for while another ran: run it once that one ends.
    connect(m_controller, &AppController::refreshed, this, [this] {
        if (std::exchange(m_refreshAgain, false))
            m_controller->refresh();
    });
    connect(m_controller, &AppController::connectionFailed, this,
            [this] { m_refreshAgain = false; });
}

InviteUsersLauncher::~InviteUsersLauncher() = default;

MainWindow *InviteUsersLauncher::window() const
{
    return m_controller->window();
}

InviteUsersRequest InviteUsersLauncher::request(const QStringList &addresses) const
{
    MainWindow *w = window();
    InviteUsersRequest request;
    request.organization = m_controller->organization();
    request.actorRole = w->tab(UserListTab::Kind::Active)->actor().role;
    request.memberKeys =
        addressKeys(w->tab(UserListTab::Kind::Active)->model(), ActiveUsersModel::EmailColumn);
    // Only invitations still pending: the server answers "already invited"
    // for those, and sends a new invitation in place of an expired one.
    const auto *pending =
        static_cast<const PendingInvitationsModel *>(w->tab(UserListTab::Kind::Pending)->model());
    for (int row = 0; row < pending->rowCount(); ++row) {
        if (!pending->isExpiredAt(row))
            request.invitationKeys.insert(serverAddressKey(
                pending->index(row, PendingInvitationsModel::EmailColumn).data().toString()));
    }
    request.addresses = addresses;
    return request;
}

InviteUsersDialog *InviteUsersLauncher::inviteUsers(const QStringList &addresses)
{
    if (InviteUsersDialog *open = m_dialog.data()) {
        if (!addresses.isEmpty())
            open->emailsEdit()->addText(addresses.join(QLatin1Char('\n')));
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new InviteUsersDialog(request(addresses), m_controller->client(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InviteUsersDialog::invitationsSent, this,
            &InviteUsersLauncher::onInvitationsSent);
    m_dialog = dialog;
    dialog->open();
    emit dialogOpened(dialog);
    return dialog;
}

void InviteUsersLauncher::inviteAgain(const QList<qint64> &userIds)
{
    const auto *removed =
        static_cast<const MemberTableModel *>(window()->tab(UserListTab::Kind::Removed)->model());
    QStringList addresses;
    for (const Member &member : removed->members(userIds))
        addresses.append(member.email);
    inviteUsers(addresses);
}

void InviteUsersLauncher::onInvitationsSent()
{
    // Seed step 5: "You will be redirected to the Pending Invitation section."
    MainWindow *w = window();
    w->tabWidget()->setCurrentWidget(w->tab(UserListTab::Kind::Pending));
    if (m_controller->isRefreshing())
        m_refreshAgain = true;
    else
        m_controller->refresh();
}
