#pragma once

#include <UserCsvExport.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class OrganizationSession;
class QMainWindow;
class QProgressDialog;

/// Export Users: the save dialog (default name "<organization>-users-<date>.csv"
/// in the documents folder, or home where there is none; ".csv" appended and
/// an existing file asked about), then the session's export of the complete
/// Active and Removed lists written off the GUI thread with progress and
/// Cancel, and the result in the status bar (a failure also in a message).
class ExportUsersRunner : public QObject
{
    Q_OBJECT

public:
    ExportUsersRunner(OrganizationSession *session, QMainWindow *window);
    ~ExportUsersRunner() override; ///< waits for a write in progress to stop

    /// Asks for the file and starts the export; with one running, raises its progress.
    void exportUsers();
    bool isExporting() const { return m_watcher != nullptr; }

signals:
    /// An export ended (written, failed or canceled).
    void exportFinished(const UserCsvExport::Result &result);

private:
    void onFinished(const QString &path);

    OrganizationSession *m_session;
    QMainWindow *m_window;
    QFutureWatcher<UserCsvExport::Result> *m_watcher = nullptr;
    QPointer<QProgressDialog> m_progress;
};
