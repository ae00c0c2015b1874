#include "BulkActionRunner.h"

#include "AppController.h"
#include "ChangeUserRoleDialog.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RemoveUsersDialog.h"
#include "RevokeInvitationDialog.h"

#include <MemberTableModel.h>
#include <PendingInvitationsModel.h>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

/// One bulk action: the ids, the answers so far (a retry sends only the
/// rest), and how to send and describe them.
struct BulkActionRunner::Job
{
    QString title;             ///< the action, for the summary ("Revoke Invitation")
    QString actionText;        ///< the button that retries ("Revoke")
    UserListTab::Kind tabKind; ///< where the checks live
    QList<qint64> ids;         ///< to send, in order
    QHash<qint64, ItemResult> answers;
    QHash<qint64, QString> labels; ///< what the summary calls each id
    QList<BulkOutcome> leftOut;    ///< refused before sending (Permissions)
    Send send;
    std::function<BulkOutcome(const ItemResult &)> describe;
    std::function<void()> succeeded; ///< after the summary (e.g. the actor's new role)
    QPointer<QObject> context;       ///< the dialog; answers for a closed one are dropped
    QPointer<BulkActionDialog> dialog;
    bool running = false;
};

namespace {

QString memberLabel(const Member &member)
{
    return member.fullName.isEmpty() ? member.email
                                     : QCoreApplication::translate("BulkActionRunner", "%1 (%2)")
                                           .arg(member.fullName, member.email);
}

BulkOutcome failedOutcome(const ItemResult &result)
{
    BulkOutcome outcome;
    outcome.kind = BulkOutcome::Kind::Failed;
    outcome.text = result.error.message.isEmpty() ? result.error.code : result.error.message;
    return outcome;
}

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QList<Member> allMembers(const RecordTableModel *model)
{
    const auto *members = static_cast<const MemberTableModel *>(model);
    QList<Member> list;
    list.reserve(members->rowCount());
    for (int row = 0; row < members->rowCount(); ++row)
        list << members->memberAt(row);
    return list;
}

} // namespace

BulkActionRunner::BulkActionRunner(AppController *controller)
    : QObject(controller), m_controller(controller)
{
    MainWindow *w = window();
    for (UserListTab::Kind kind :
         {UserListTab::Kind::Active, UserListTab::Kind::Pending, UserListTab::Kind::Removed}) {
        connect(w->tab(kind), &UserListTab::actionRequested, this,
                [this](UserListTab::Action action, const QList<qint64> &ids) {
                    switch (action) {
                    case UserListTab::Action::Revoke:
                        return revoke(ids);
                    case UserListTab::Action::Resend:
                        return resend(ids);
                    case UserListTab::Action::CopyActivationLink:
                        return reportCopiedLinks(ids);
                    case UserListTab::Action::RemoveUsers:
                        return removeUsers();
                    case UserListTab::Action::ChangeRole:
                        return changeRole();
                    case UserListTab::Action::InviteAgain:
                        return; // the Invite Users dialog's
                    }
                });
    }
    connect(w->exportUsersAction(), &QAction::triggered, this, &BulkActionRunner::exportUsers);
    // Export Users works now (Invite Users is wired by its own dialog's code).
    w->setDialogActionsReady(true);
    // A change made while a refresh ran: refresh once more when it ends.
    connect(m_controller, &AppController::refreshed, this, [this] {
        if (std::exchange(m_refreshAgain, false))
            m_controller->refresh();
    });
    connect(m_controller, &AppController::connectionFailed, this,
            [this] { m_refreshAgain = false; });
}

BulkActionRunner::~BulkActionRunner()
{
    if (m_exportWatcher) {
        m_exportWatcher->cancel();
        m_exportWatcher->waitForFinished();
    }
}

MainWindow *BulkActionRunner::window() const
{
    return m_controller->window();
}

Actor BulkActionRunner::actor() const
{
    return window()->tab(UserListTab::Kind::Active)->actor();
}

// --- Pending Invitations ----------------------------------------------------

void BulkActionRunner::revoke(const QList<qint64> &invitationIds)
{
    if (invitationIds.isEmpty() || m_dialog)
        return;
    const auto *model =
        static_cast<PendingInvitationsModel *>(window()->tab(UserListTab::Kind::Pending)->model());
    const QList<Invitation> invitations = model->invitations(invitationIds);
    auto *dialog = new RevokeInvitationDialog(invitations, window());

    auto job = std::make_shared<Job>();
    job->title = tr("Revoke Invitation");
    job->actionText = tr("Revoke");
    job->tabKind = UserListTab::Kind::Pending;
    for (const Invitation &invitation : invitations) {
        job->ids << invitation.id;
        job->labels.insert(invitation.id, invitation.email);
    }
    const qint64 orgId = m_controller->organizationId();
    ApiClient *client = m_controller->client();
    job->send = [client, orgId](const QList<qint64> &ids, QObject *context,
                                ApiClient::Callback<BulkResult> done) {
        return client->revoke(orgId, ids, context, std::move(done));
    };
    job->describe = [](const ItemResult &result) {
        BulkOutcome outcome;
        outcome.kind = BulkOutcome::Kind::Skipped;
        if (result.status == ItemStatus::Revoked) {
            outcome.kind = BulkOutcome::Kind::Done;
            outcome.text = tr("Revoked; the link no longer works");
        } else if (result.status == ItemStatus::AlreadyRevoked) {
            outcome.text = tr("Already revoked");
        } else if (result.status == ItemStatus::AlreadyAccepted) {
            outcome.text = tr("Already accepted — now an active member");
        } else if (result.status == ItemStatus::NotFound) {
            outcome.text = tr("Not found — it no longer exists on the server");
        } else {
            outcome = failedOutcome(result);
        }
        return outcome;
    };
    openDialog(dialog, job);
}

void BulkActionRunner::resend(const QList<qint64> &invitationIds)
{
    if (invitationIds.isEmpty() || m_resendRunning)
        return;
    const auto *model =
        static_cast<PendingInvitationsModel *>(window()->tab(UserListTab::Kind::Pending)->model());
    auto job = std::make_shared<Job>();
    job->title = tr("Resend");
    job->actionText = tr("Resend");
    job->tabKind = UserListTab::Kind::Pending;
    for (const Invitation &invitation : model->invitations(invitationIds)) {
        job->ids << invitation.id;
        job->labels.insert(invitation.id, invitation.email);
    }
    const qint64 orgId = m_controller->organizationId();
    ApiClient *client = m_controller->client();
    job->send = [client, orgId](const QList<qint64> &ids, QObject *context,
                                ApiClient::Callback<BulkResult> done) {
        return client->resend(orgId, ids, context, std::move(done));
    };
    job->describe = [](const ItemResult &result) {
        BulkOutcome outcome;
        if (result.status == ItemStatus::Resent) {
            outcome.kind = BulkOutcome::Kind::Done;
            outcome.text = tr("New link sent; it expires %1").arg(localTime(result.expiresAt));
        } else if (result.status == ItemStatus::Error) {
            outcome = failedOutcome(result);
        } else {
            outcome.kind = BulkOutcome::Kind::Skipped;
            outcome.text = result.status == ItemStatus::AlreadyAccepted
                               ? tr("Already accepted — now an active member")
                           : result.status == ItemStatus::AlreadyRevoked ? tr("Revoked meanwhile")
                           : result.status == ItemStatus::NotFound
                               ? tr("Not found — it no longer exists on the server")
                               : failedOutcome(result).text;
        }
        return outcome;
    };
    job->context = this;
    m_resendRunning = true;
    window()->statusBar()->showMessage(
        job->ids.size() == 1
            ? tr("Sending a new link to %1…").arg(job->labels.value(job->ids.first()))
            : tr("Sending %Ln new links…", nullptr, int(job->ids.size())));
    run(job);
}

void BulkActionRunner::reportCopiedLinks(const QList<qint64> &invitationIds)
{
    const auto *model =
        static_cast<PendingInvitationsModel *>(window()->tab(UserListTab::Kind::Pending)->model());
    const QList<Invitation> invitations = model->invitations(invitationIds);
    const QString message = invitations.size() == 1
                                ? tr("Activation link for %1 copied").arg(invitations.first().email)
                                : tr("Activation links for %Ln invitations copied, one per line",
                                     nullptr, int(invitations.size()));
    window()->statusBar()->showMessage(message, 10000);
}

// --- Active Users -------------------------------------------------------------

void BulkActionRunner::removeUsers()
{
    if (m_dialog)
        return;
    const RecordTableModel *model = window()->tab(UserListTab::Kind::Active)->model();
    // Every checked user, the refused ones too: the dialog shows them greyed with the reason.
    const QList<Member> members = static_cast<const MemberTableModel *>(model)->checkedMembers();
    if (members.isEmpty())
        return;
    auto *dialog = new RemoveUsersDialog(members, actor(), window());

    auto job = std::make_shared<Job>();
    job->title = tr("Remove Users");
    job->actionText = tr("Remove");
    job->tabKind = UserListTab::Kind::Active;
    job->ids = dialog->userIds();
    for (const Member &member : members)
        job->labels.insert(member.userId, memberLabel(member));
    for (const auto &[member, reason] : dialog->refused())
        job->leftOut.append(
            {member.userId, memberLabel(member), BulkOutcome::Kind::Skipped, reason});
    const qint64 orgId = m_controller->organizationId();
    ApiClient *client = m_controller->client();
    job->send = [client, orgId](const QList<qint64> &ids, QObject *context,
                                ApiClient::Callback<BulkResult> done) {
        return client->removeMembers(orgId, ids, context, std::move(done));
    };
    job->describe = [](const ItemResult &result) {
        BulkOutcome outcome;
        if (result.status == ItemStatus::Removed) {
            outcome.kind = BulkOutcome::Kind::Done;
            const int machines = result.releasedMachines;
            const QStringList &licenses = result.releasedLicenses;
            outcome.text = machines == 1 ? tr("Removed; 1 machine released")
                                         : tr("Removed; %n machines released", nullptr, machines);
            if (!licenses.isEmpty())
                outcome.text += tr("; licenses freed: %1").arg(licenses.join(QStringLiteral(", ")));
        } else if (result.status == ItemStatus::AlreadyRemoved) {
            outcome.kind = BulkOutcome::Kind::Skipped;
            outcome.text = tr("Already removed");
        } else {
            outcome = failedOutcome(result);
        }
        return outcome;
    };
    openDialog(dialog, job);
}

void BulkActionRunner::changeRole()
{
    if (m_dialog)
        return;
    const RecordTableModel *model = window()->tab(UserListTab::Kind::Active)->model();
    const QList<Member> members = static_cast<const MemberTableModel *>(model)->checkedMembers();
    if (members.isEmpty())
        return;
    const Actor who = actor();
    auto *dialog = new ChangeUserRoleDialog(members, who, window());

    auto job = std::make_shared<Job>();
    job->title = tr("Change User Role");
    job->actionText = tr("Change Role");
    job->tabKind = UserListTab::Kind::Active;
    for (const Member &member : members)
        job->labels.insert(member.userId, memberLabel(member));
    const qint64 orgId = m_controller->organizationId();
    ApiClient *client = m_controller->client();
    // The choice is read when Change Role is pressed (openDialog calls prepare).
    std::weak_ptr<Job> weak = job;
    QPointer<ChangeUserRoleDialog> roleDialog = dialog;
    connect(dialog, &BulkActionDialog::submitted, this,
            [this, weak, roleDialog, members, who, client, orgId] {
                const std::shared_ptr<Job> shared = weak.lock();
                if (!shared || !roleDialog || shared->running)
                    return;
                Job *target = shared.get();
                const ChangeUserRoleDialog::Choice choice = roleDialog->choice();
                // A retry with another choice starts over: the answers were for the other role.
                target->answers.clear();
                target->ids = choice.userIds;
                target->leftOut.clear();
                for (const Member &member : members) {
                    const QString why = roleDialog->refusalFor(member.userId);
                    if (!why.isEmpty())
                        target->leftOut.append(
                            {member.userId, memberLabel(member), BulkOutcome::Kind::Skipped, why});
                }
                const Role role = choice.role;
                if (choice.transferOwnership) {
                    target->title = tr("Transfer Ownership");
                    target->send = [client, orgId](const QList<qint64> &ids, QObject *context,
                                                   ApiClient::Callback<BulkResult> done) {
                        return client->transferOwnership(orgId, ids.value(0), context,
                                                         std::move(done));
                    };
                    target->describe = [](const ItemResult &result) {
                        if (result.status == ItemStatus::Error)
                            return failedOutcome(result);
                        BulkOutcome outcome;
                        outcome.kind = BulkOutcome::Kind::Done;
                        outcome.text = tr("Now the Owner; you are now Admin");
                        return outcome;
                    };
                    target->succeeded = [this, who] {
                        // The signed-in user is Admin now: the buttons follow the new role.
                        window()->setActor({who.userId, Role::Admin});
                    };
                } else {
                    const bool removeFromTeams = choice.removeFromTeams;
                    target->title = tr("Change User Role");
                    target->send = [client, orgId, role,
                                    removeFromTeams](const QList<qint64> &ids, QObject *context,
                                                     ApiClient::Callback<BulkResult> done) {
                        return client->changeRole(orgId, ids, role, removeFromTeams, context,
                                                  std::move(done));
                    };
                    target->describe = [role](const ItemResult &result) {
                        BulkOutcome outcome;
                        if (result.status == ItemStatus::Changed) {
                            outcome.kind = BulkOutcome::Kind::Done;
                            outcome.text = tr("Now %1").arg(Roles::displayName(role));
                        } else if (result.status == ItemStatus::Unchanged) {
                            outcome.kind = BulkOutcome::Kind::Skipped;
                            outcome.text = tr("Already %1").arg(Roles::displayName(role));
                        } else {
                            outcome = failedOutcome(result);
                        }
                        return outcome;
                    };
                    target->succeeded = {};
                }
            });
    openDialog(dialog, job);
}

// --- the shared flow -------------------------------------------------------------

void BulkActionRunner::openDialog(BulkActionDialog *dialog, const std::shared_ptr<Job> &job)
{
    m_dialog = dialog;
    job->dialog = dialog;
    job->context = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Connected after any preparation the action connected first (Change Role's choice).
    connect(dialog, &BulkActionDialog::submitted, this, [this, job] {
        if (job->running)
            return;
        job->dialog->setBusy(true);
        run(job);
    });
    connect(dialog, &QDialog::rejected, this, [this, job] {
        // Canceled while a request ran: the server may have done part of it.
        if (job->running)
            requestRefresh();
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void BulkActionRunner::run(const std::shared_ptr<Job> &job)
{
    QList<qint64> batch;
    for (qint64 id : std::as_const(job->ids)) {
        if (!job->answers.contains(id))
            batch << id;
        if (batch.size() == BatchSize)
            break;
    }
    if (batch.isEmpty()) {
        job->running = false;
        return finish(job);
    }
    job->running = true;
    QObject *context = job->context ? job->context.data() : this;
    job->send(batch, context, [this, job, batch](ApiResult<BulkResult> result) {
        if (!result) {
            job->running = false;
            const ClientError &error = result.error();
            if (job->dialog) {
                job->dialog->showError(
                    tr("%1\nYour choices and the checks are kept; press %2 to try again.")
                        .arg(error.message, job->actionText));
            } else {
                m_resendRunning = false;
                window()->statusBar()->showMessage(
                    tr("%1 failed: %2").arg(job->title, error.message), 15000);
                MessageBox::warning(window(), job->title,
                                    tr("%1\n\nThe invitations stay checked; press %2 to try again.")
                                        .arg(error.message, job->actionText));
            }
            emit actionFailed(error.message);
            return;
        }
        const BulkResult &items = result.value();
        // Results come in request order; an item without an id is the batch's at that place.
        for (int i = 0; i < batch.size(); ++i) {
            ItemResult item = i < items.size() ? items.at(i) : ItemResult{};
            if (i >= items.size()) {
                item.status = ItemStatus::Error;
                item.error.code = QStringLiteral("no_result");
                item.error.message = tr("The server sent no result for this item.");
            }
            job->answers.insert(batch.at(i), item);
        }
        const qint64 total = job->ids.size();
        if (job->dialog)
            job->dialog->setProgress(job->answers.size(), total);
        else if (total > BatchSize)
            window()->statusBar()->showMessage(
                tr("%1… %2 of %3").arg(job->title).arg(job->answers.size()).arg(total));
        run(job);
    });
}

void BulkActionRunner::finish(const std::shared_ptr<Job> &job)
{
    QList<BulkOutcome> outcomes;
    for (qint64 id : std::as_const(job->ids)) {
        BulkOutcome outcome = job->describe(job->answers.value(id));
        outcome.id = id;
        outcome.item = job->labels.value(id, QString::number(id));
        outcomes << outcome;
    }
    outcomes << job->leftOut;

    // Done and skipped items are unchecked; failed ones stay checked for a retry.
    // One change for all rows: unchecking 100,000 records one by one would
    // recount the buttons 100,000 times.
    RecordTableModel *model = window()->tab(job->tabKind)->model();
    QList<int> rows;
    rows.reserve(outcomes.size());
    for (const BulkOutcome &outcome : std::as_const(outcomes)) {
        if (outcome.kind == BulkOutcome::Kind::Failed)
            continue;
        if (const int row = model->rowOfId(outcome.id); row >= 0)
            rows << row;
    }
    model->setCheckedRows(rows, false);

    if (job->dialog)
        job->dialog->accept();
    else
        m_resendRunning = false;
    if (m_resultDialog)
        m_resultDialog->close();
    auto *summary = new BulkResultDialog(job->title, outcomes, window());
    summary->setAttribute(Qt::WA_DeleteOnClose);
    m_resultDialog = summary;
    window()->statusBar()->showMessage(tr("%1: %2").arg(job->title, summary->summaryText()), 15000);
    bool anyDone = false;
    for (const BulkOutcome &outcome : std::as_const(outcomes))
        anyDone = anyDone || outcome.kind == BulkOutcome::Kind::Done;
    if (anyDone && job->succeeded)
        job->succeeded();
    summary->show();
    requestRefresh();
    emit actionFinished(summary);
}

void BulkActionRunner::requestRefresh()
{
    if (m_controller->isRefreshing())
        m_refreshAgain = true;
    else
        m_controller->refresh();
}

// --- Export Users ------------------------------------------------------------------

void BulkActionRunner::exportUsers()
{
    MainWindow *w = window();
    if (m_exportWatcher) {
        if (m_exportProgress)
            m_exportProgress->raise();
        return;
    }
    const QString organization = m_controller->organization().name;
    // The documents folder, or home where it does not exist (a fresh account,
    // a server install): given a missing folder, the dialog opened in the
    // app's working directory instead.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString suggested =
        QDir(folder).filePath(UserCsvExport::defaultFileName(organization, QDate::currentDate()));
    const QString chosen = FileDialog::getSaveFileName(w, tr("Export Users"), suggested,
                                                       tr("CSV files (*.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    // The native dialog asked about the name as typed; a name that gets
    // ".csv" here is asked about here.
    const QString path = UserCsvExport::withCsvSuffix(chosen);
    if (path != chosen && QFileInfo::exists(path) &&
        MessageBox::question(w, tr("Export Users"),
                             tr("%1 already exists.\nDo you want to replace it?")
                                 .arg(QDir::toNativeSeparators(path)),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;

    // The complete lists, not what the search shows.
    const UserCsvExport exporter(allMembers(w->tab(UserListTab::Kind::Active)->model()),
                                 allMembers(w->tab(UserListTab::Kind::Removed)->model()));
    const qint64 rows = exporter.rowCount();

    m_exportWatcher = new QFutureWatcher<UserCsvExport::Result>(this);
    auto *progress = new QProgressDialog(
        tr("Exporting %Ln users to %1…", nullptr, int(rows)).arg(QFileInfo(path).fileName()),
        tr("Cancel"), 0, int(qMax<qint64>(rows, 1)), w);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export Users"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500); // small exports finish before it would show
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_exportProgress = progress;
    connect(progress, &QProgressDialog::canceled, m_exportWatcher,
            &QFutureWatcher<UserCsvExport::Result>::cancel);
    connect(m_exportWatcher, &QFutureWatcher<UserCsvExport::Result>::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(m_exportWatcher, &QFutureWatcher<UserCsvExport::Result>::finished, this,
            [this, path] { onExportFinished(path); });
    w->statusBar()->showMessage(tr("Exporting %Ln users…", nullptr, int(rows)));
    m_exportWatcher->setFuture(exporter.writeAsync(path));
}

void BulkActionRunner::onExportFinished(const QString &path)
{
    UserCsvExport::Result result;
    result.path = path;
    result.status = UserCsvExport::Result::Status::Canceled;
    if (!m_exportWatcher->isCanceled() && m_exportWatcher->future().resultCount() > 0)
        result = m_exportWatcher->result();
    m_exportWatcher->deleteLater();
    m_exportWatcher = nullptr;
    if (m_exportProgress)
        m_exportProgress->close();

    MainWindow *w = window();
    const QString shown = QDir::toNativeSeparators(path);
    switch (result.status) {
    case UserCsvExport::Result::Status::Written:
        w->statusBar()->showMessage(
            result.rowCount == 1
                ? tr("Exported 1 user to %1").arg(shown)
                : tr("Exported %Ln users to %1", nullptr, int(result.rowCount)).arg(shown),
            15000);
        break;
    case UserCsvExport::Result::Status::Canceled:
        w->statusBar()->showMessage(tr("Export canceled; no file was written."), 15000);
        break;
    case UserCsvExport::Result::Status::Failed:
        w->statusBar()->showMessage(tr("Export failed: %1").arg(result.errorMessage), 15000);
        MessageBox::warning(w, tr("Export Users"), result.errorMessage);
        break;
    }
    emit exportFinished(result);
}
