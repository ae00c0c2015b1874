#include "ExportUsersRunner.h"

#include "FileDialog.h"
#include "MessageBox.h"

#include <OrganizationSession.h>

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

ExportUsersRunner::ExportUsersRunner(OrganizationSession *session, QMainWindow *window)
    : QObject(window), m_session(session), m_window(window)
{}

ExportUsersRunner::~ExportUsersRunner()
{
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void ExportUsersRunner::exportUsers()
{
    QMainWindow *w = m_window;
    if (m_watcher) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    const QString organization = m_session->organization().name;
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

    const qint64 rows = m_session->exportRowCount();

    m_watcher = new QFutureWatcher<UserCsvExport::Result>(this);
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
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, m_watcher,
            &QFutureWatcher<UserCsvExport::Result>::cancel);
    connect(m_watcher, &QFutureWatcher<UserCsvExport::Result>::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(m_watcher, &QFutureWatcher<UserCsvExport::Result>::finished, this,
            [this, path] { onFinished(path); });
    w->statusBar()->showMessage(tr("Exporting %Ln users…", nullptr, int(rows)));
    // The complete lists, not what the search shows.
    m_watcher->setFuture(m_session->exportUsers(path));
}

void ExportUsersRunner::onFinished(const QString &path)
{
    UserCsvExport::Result result;
    result.path = path;
    result.status = UserCsvExport::Result::Status::Canceled;
    if (!m_watcher->isCanceled() && m_watcher->future().resultCount() > 0)
        result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    if (m_progress)
        m_progress->close();

    QMainWindow *w = m_window;
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
