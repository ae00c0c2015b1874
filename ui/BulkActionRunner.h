#pragma once

#include "BulkActionDialog.h"
#include "BulkResultDialog.h"
#include "UserListTab.h"

#include <ApiClient.h>
#include <UserCsvExport.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class AppController;
class MainWindow;
class QProgressDialog;

/// Runs the actions of the tabs and the Export Users action (issue 4,
/// sections 2, 3, 5 and 6) for AppController: opens the dialog, sends the
/// request through ApiClient (never blocking: callbacks), shows progress,
/// keeps the dialog open with its input on a failed request, and then shows
/// one result summary per action (BulkResultDialog), unchecks the items done
/// or skipped, keeps the failed ones checked, and refreshes the lists.
///
/// Long actions are sent in batches of BatchSize ids (the API's limit per
/// request), with progress. A retry after a failure sends only the ids not
/// answered yet; the server is idempotent, so an id the failed attempt did
/// change is reported as skipped ("already revoked"), never done twice.
class BulkActionRunner : public QObject
{
    Q_OBJECT

public:
    /// Ids per request: the API refuses more than 1000 with HTTP 422.
    static constexpr int BatchSize = 1000;

    /// Connects itself to the window's tabs and the Export Users action.
    explicit BulkActionRunner(AppController *controller);
    ~BulkActionRunner() override;

    /// Revoke: the Revoke Invitation dialog for `invitationIds`.
    void revoke(const QList<qint64> &invitationIds);
    /// Resend: new links at once (no dialog), progress in the status bar.
    void resend(const QList<qint64> &invitationIds);
    /// Copy Activation Link: the tab has put the checked invitations' links
    /// on the clipboard (one per line); this says so in the status bar
    /// ("Activation link for x@y copied").
    void reportCopiedLinks(const QList<qint64> &invitationIds);
    /// Remove Users: the Remove Users dialog for the checked users.
    void removeUsers();
    /// Change Role: the Change User Role dialog for the checked users.
    void changeRole();
    /// Export Users: the save dialog, then the CSV written off the GUI thread.
    void exportUsers();

    /// The dialog of the action in progress (null when none is open).
    BulkActionDialog *currentDialog() const { return m_dialog; }
    /// The last result summary shown (null when closed or none).
    BulkResultDialog *lastResultDialog() const { return m_resultDialog; }
    bool isExporting() const { return m_exportWatcher != nullptr; }

signals:
    /// A dialog opened (Revoke Invitation, Remove Users, Change User Role).
    void dialogOpened(BulkActionDialog *dialog);
    /// An action ended and its summary shows.
    void actionFinished(BulkResultDialog *summary);
    /// A request of an action failed; the dialog (if any) stays open.
    void actionFailed(const QString &message);
    /// An export ended (written, failed or canceled).
    void exportFinished(const UserCsvExport::Result &result);

private:
    struct Job;
    using Send = std::function<ApiClient::RequestId(const QList<qint64> &ids, QObject *context,
                                                    ApiClient::Callback<BulkResult> done)>;

    MainWindow *window() const;
    Actor actor() const;
    void openDialog(BulkActionDialog *dialog, const std::shared_ptr<Job> &job);
    void run(const std::shared_ptr<Job> &job);
    void finish(const std::shared_ptr<Job> &job);
    void requestRefresh();
    void onExportFinished(const QString &path);

    AppController *m_controller;
    QPointer<BulkActionDialog> m_dialog;
    QPointer<BulkResultDialog> m_resultDialog;
    bool m_resendRunning = false;
    bool m_refreshAgain = false;
    QFutureWatcher<UserCsvExport::Result> *m_exportWatcher = nullptr;
    QPointer<QProgressDialog> m_exportProgress;
};
