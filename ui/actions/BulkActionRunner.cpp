#include "BulkActionRunner.h"

#include "ChangeUserRoleDialog.h"
#include "MessageBox.h"
#include "RemoveUsersDialog.h"
#include "RevokeInvitationDialog.h"

#include <BulkOperation.h>
#include <OrganizationSession.h>

#include <QApplication>
#include <QClipboard>
#include <QHash>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>

#include <memory>

/// One action from its dialog (or button) to its summary.
struct BulkActionRunner::Flow
{
    UserAction::Kind action = UserAction::Kind::RemoveUsers;
    QString title;                 ///< the action, for the summary ("Revoke Invitation")
    QString actionText;            ///< the button that retries ("Revoke")
    QHash<qint64, QString> labels; ///< what the summary calls each record
    QPointer<BulkActionDialog> dialog;
    QPointer<BulkOperation> operation;
};

namespace {

QString memberLabel(const Member &member)
{
    return member.fullName.isEmpty() ? member.email
                                     : QCoreApplication::translate("BulkActionRunner", "%1 (%2)")
                                           .arg(member.fullName, member.email);
}

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

BulkOutcome BulkActionRunner::describe(UserAction::Kind action, const ItemResult &result)
{
    BulkOutcome outcome;
    outcome.kind = result.outcome();
    switch (result.status) {
    case ItemStatus::Revoked:
        outcome.text = tr("Revoked; the link no longer works");
        break;
    case ItemStatus::AlreadyRevoked:
        outcome.text =
            action == UserAction::Kind::Resend ? tr("Revoked meanwhile") : tr("Already revoked");
        break;
    case ItemStatus::AlreadyAccepted:
        outcome.text = tr("Already accepted — now an active member");
        break;
    case ItemStatus::NotFound:
        outcome.text = tr("Not found — it no longer exists on the server");
        break;
    case ItemStatus::Resent:
        outcome.text = tr("New link sent; it expires %1").arg(localTime(result.expiresAt));
        break;
    case ItemStatus::Removed:
        outcome.text = result.releasedMachines == 1
                           ? tr("Removed; 1 machine released")
                           : tr("Removed; %n machines released", nullptr, result.releasedMachines);
        if (!result.releasedLicenses.isEmpty())
            outcome.text +=
                tr("; licenses freed: %1").arg(result.releasedLicenses.join(QStringLiteral(", ")));
        break;
    case ItemStatus::AlreadyRemoved:
        outcome.text = tr("Already removed");
        break;
    case ItemStatus::Changed:
        outcome.text = tr("Now %1").arg(Roles::displayName(result.role.value_or(Role::Member)));
        break;
    case ItemStatus::Unchanged:
        outcome.text = tr("Already %1").arg(Roles::displayName(result.role.value_or(Role::Member)));
        break;
    case ItemStatus::Transferred:
        outcome.text = tr("Now the Owner; you are now Admin");
        break;
    default:
        outcome.text = result.error.message.isEmpty() ? result.error.code : result.error.message;
        break;
    }
    return outcome;
}

BulkActionRunner::BulkActionRunner(OrganizationSession *session, QMainWindow *window)
    : QObject(window), m_session(session), m_window(window)
{}

BulkActionRunner::~BulkActionRunner() = default;

void BulkActionRunner::showStatus(const QString &message, int timeoutMs)
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

void BulkActionRunner::run(UserAction::Kind action, const QList<qint64> &ids)
{
    switch (action) {
    case UserAction::Kind::Revoke:
        return revoke(ids);
    case UserAction::Kind::Resend:
        return resend(ids);
    case UserAction::Kind::CopyActivationLink:
        return copyActivationLinks(ids);
    case UserAction::Kind::RemoveUsers:
        return removeUsers(ids);
    case UserAction::Kind::ChangeRole:
    case UserAction::Kind::TransferOwnership:
        return changeRole(ids);
    case UserAction::Kind::InviteAgain:
        break; // the Invite Users dialog's
    }
}

// --- Pending Invitations ----------------------------------------------------

void BulkActionRunner::revoke(const QList<qint64> &invitationIds)
{
    if (m_dialog)
        return;
    const Availability allowed =
        m_session->availability(UserAction::of(UserAction::Kind::Revoke), invitationIds);
    const QList<Invitation> invitations = m_session->invitations(allowed.applies);
    if (invitations.isEmpty())
        return;
    auto *dialog = new RevokeInvitationDialog(invitations, m_window);
    auto *flow = new Flow;
    flow->action = UserAction::Kind::Revoke;
    flow->title = tr("Revoke Invitation");
    flow->actionText = tr("Revoke");
    for (const Invitation &invitation : invitations)
        flow->labels.insert(invitation.id, invitation.email);
    connect(dialog, &BulkActionDialog::submitted, this, [this, flow, dialog] {
        // A retry sends only what has no answer yet.
        if (flow->operation)
            flow->operation->start();
        else
            start(flow, m_session->revoke(dialog->invitationIds()));
    });
    openDialog(dialog, flow);
}

void BulkActionRunner::resend(const QList<qint64> &invitationIds)
{
    if (m_resendRunning)
        return;
    const Availability allowed =
        m_session->availability(UserAction::of(UserAction::Kind::Resend), invitationIds);
    const QList<Invitation> invitations = m_session->invitations(allowed.applies);
    if (invitations.isEmpty())
        return;
    auto *flow = new Flow;
    flow->action = UserAction::Kind::Resend;
    flow->title = tr("Resend");
    flow->actionText = tr("Resend");
    QList<qint64> ids;
    for (const Invitation &invitation : invitations) {
        ids << invitation.id;
        flow->labels.insert(invitation.id, invitation.email);
    }
    m_resendRunning = true;
    showStatus(ids.size() == 1 ? tr("Sending a new link to %1…").arg(invitations.first().email)
                               : tr("Sending %Ln new links…", nullptr, int(ids.size())));
    start(flow, m_session->resend(ids));
}

void BulkActionRunner::copyActivationLinks(const QList<qint64> &invitationIds)
{
    const Availability allowed = m_session->availability(
        UserAction::of(UserAction::Kind::CopyActivationLink), invitationIds);
    const QList<Invitation> invitations = m_session->invitations(allowed.applies);
    if (invitations.isEmpty())
        return;
    const QStringList links = m_session->activationLinks(allowed.applies);
    // One link per line, so that a list pastes into mail or a spreadsheet.
    QApplication::clipboard()->setText(links.join(QLatin1Char('\n')));
    emit linksCopied(links.size() == 1
                         ? tr("Copied the activation link.")
                         : tr("Copied %n activation links.", nullptr, int(links.size())));
    showStatus(invitations.size() == 1
                   ? tr("Activation link for %1 copied").arg(invitations.first().email)
                   : tr("Activation links for %Ln invitations copied, one per line", nullptr,
                        int(invitations.size())),
               10000);
}

// --- Active Users -------------------------------------------------------------

void BulkActionRunner::removeUsers(const QList<qint64> &userIds)
{
    if (m_dialog)
        return;
    // Every checked user, the refused ones too: the dialog shows them greyed with the reason.
    const QList<Member> members = m_session->members(ListKind::Active, userIds);
    if (members.isEmpty())
        return;
    auto *dialog = new RemoveUsersDialog(members, m_session->actor(), m_window);
    auto *flow = new Flow;
    flow->action = UserAction::Kind::RemoveUsers;
    flow->title = tr("Remove Users");
    flow->actionText = tr("Remove");
    QList<qint64> ids;
    for (const Member &member : members) {
        ids << member.userId;
        flow->labels.insert(member.userId, memberLabel(member));
    }
    connect(dialog, &BulkActionDialog::submitted, this, [this, flow, ids] {
        if (flow->operation)
            flow->operation->start();
        else
            start(flow, m_session->removeMembers(ids));
    });
    openDialog(dialog, flow);
}

void BulkActionRunner::changeRole(const QList<qint64> &userIds)
{
    if (m_dialog)
        return;
    const QList<Member> members = m_session->members(ListKind::Active, userIds);
    if (members.isEmpty())
        return;
    auto *dialog = new ChangeUserRoleDialog(members, m_session->actor(), m_window);
    auto *flow = new Flow;
    flow->action = UserAction::Kind::ChangeRole;
    flow->actionText = tr("Change Role");
    QList<qint64> ids;
    for (const Member &member : members) {
        ids << member.userId;
        flow->labels.insert(member.userId, memberLabel(member));
    }
    connect(dialog, &BulkActionDialog::submitted, this, [this, flow, dialog, ids] {
        // A retry starts over: the dialog's choice may have changed meanwhile.
        delete flow->operation;
        const ChangeUserRoleDialog::Choice choice = dialog->choice();
        if (choice.transferOwnership) {
            flow->action = UserAction::Kind::TransferOwnership;
            flow->title = tr("Transfer Ownership");
            start(flow, m_session->transferOwnership(ids));
        } else {
            flow->action = UserAction::Kind::ChangeRole;
            flow->title = tr("Change User Role");
            start(flow, m_session->changeRole(ids, choice.role, choice.removeFromTeams));
        }
    });
    openDialog(dialog, flow);
}

// --- the shared flow -------------------------------------------------------------

void BulkActionRunner::openDialog(BulkActionDialog *dialog, Flow *flow)
{
    m_dialog = dialog;
    flow->dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Connected after the action's own handler, which starts the operation.
    connect(dialog, &BulkActionDialog::submitted, dialog, [dialog] { dialog->setBusy(true); });
    connect(dialog, &QObject::destroyed, this, [flow] {
        // Closed while a request ran: the server may have done part of it;
        // the session refreshes (BulkOperation::abandoned).
        if (flow->operation) {
            flow->operation->cancel();
            flow->operation->deleteLater();
        }
        delete flow;
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void BulkActionRunner::start(Flow *flow, BulkOperation *operation)
{
    flow->operation = operation;
    connect(operation, &BulkOperation::progress, this, [this, flow](int answered, int total) {
        if (flow->dialog)
            flow->dialog->setProgress(answered, total);
        else if (total > BulkOperation::BatchSize)
            showStatus(tr("%1… %2 of %3").arg(flow->title).arg(answered).arg(total));
    });
    connect(operation, &BulkOperation::failed, this,
            [this, flow](const ClientError &error) { onFailed(flow, error); });
    connect(operation, &BulkOperation::finished, this, [this, flow] { onFinished(flow); });
}

void BulkActionRunner::onFailed(Flow *flow, const ClientError &error)
{
    if (flow->dialog) {
        flow->dialog->showError(
            tr("%1\nYour choices and the checks are kept; press %2 to try again.")
                .arg(error.message, flow->actionText));
    } else {
        m_resendRunning = false;
        showStatus(tr("%1 failed: %2").arg(flow->title, error.message), 15000);
        MessageBox::warning(m_window, flow->title,
                            tr("%1\n\nThe invitations stay checked; press %2 to try again.")
                                .arg(error.message, flow->actionText));
        flow->operation->deleteLater();
        delete flow;
    }
    emit actionFailed(error.message);
}

void BulkActionRunner::onFinished(Flow *flow)
{
    BulkOperation *operation = flow->operation;
    QList<BulkOutcome> outcomes;
    const BulkResult results = operation->results();
    for (int i = 0; i < results.size(); ++i) {
        BulkOutcome outcome = describe(flow->action, results.at(i));
        outcome.id = operation->ids().value(i);
        outcome.item = flow->labels.value(outcome.id, QString::number(outcome.id));
        outcomes << outcome;
    }
    for (const SkippedTarget &left : operation->leftOut())
        outcomes.append({left.id, flow->labels.value(left.id, QString::number(left.id)),
                         BulkOutcome::Kind::Skipped, left.why.reason});

    if (m_resultDialog)
        m_resultDialog->close();
    auto *summary = new BulkResultDialog(flow->title, outcomes, m_window);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    m_resultDialog = summary;
    showStatus(tr("%1: %2").arg(flow->title, summary->summaryText()), 15000);
    if (flow->dialog) {
        flow->dialog->accept(); // deletes the flow with the dialog
    } else {
        m_resendRunning = false;
        operation->deleteLater();
        delete flow;
    }
    summary->show();
    emit actionFinished(summary);
}
