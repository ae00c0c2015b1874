// Export Users on the real window against a demo server:
// the save dialog through the FileDialog seam (default name and folder),
// ".csv" appended (and asked about through the MessageBox seam when that
// file exists), the complete Active and Removed lists whatever the search
// shows, UTF-8 with a BOM, read back by Python's csv module (an independent
// RFC 4180 reader), and a failure said to the user.

#include "BulkActionTestFixture.h"

#include <ExportUsersRunner.h>
#include <FileDialog.h>
#include <MessageBox.h>

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QStatusBar>

using namespace BulkActionTest;

class TestExportUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void exportWritesBothCompleteLists();
    void appendedSuffixAsksBeforeReplacing();
    void canceledSaveDialogWritesNothing();
    void failureIsSaid();

private:
    /// Triggers Export Users and waits for the export to end; false when it did not start.
    bool exportAndWait(UserCsvExport::Result *result);
    /// The file read by Python's csv module: {"rows": n, "status": {…}, "header": […]}.
    QJsonObject readWithPython(const QString &path);

    QTemporaryDir m_dir;
    DemoServer m_demo;
    std::unique_ptr<AppController> m_app;
};

void TestExportUsers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_app = signIn(m_demo, m_demo.ownerToken(), m_dir);
    QVERIFY2(m_app, "the window did not load the demo organization");
    // A removed user, so that both lists have rows.
    const QJsonObject member = m_demo.member(DemoServer::MemberEmail);
    const HttpTestResponse removed =
        m_demo.post(QStringLiteral("/organizations/%1/members/remove").arg(m_demo.orgId()),
                    {{QStringLiteral("userIds"),
                      QJsonArray{member.value(QLatin1String("userId")).toInteger()}}},
                    m_demo.ownerToken());
    QVERIFY_STATUS(removed, 200);
    QVERIFY(refresh(m_app.get()));
}

void TestExportUsers::cleanupTestCase()
{
    m_app.reset();
}

bool TestExportUsers::exportAndWait(UserCsvExport::Result *result)
{
    QAction *action = m_app->window()->exportUsersAction();
    if (!action->isEnabled())
        return false;
    QSignalSpy finished(m_app->window()->exporter(), &ExportUsersRunner::exportFinished);
    action->trigger();
    if (!m_app->window()->exporter()->isExporting() && finished.isEmpty())
        return false;
    if (finished.isEmpty() && !finished.wait(WaitMs))
        return false;
    *result = finished.first().first().value<UserCsvExport::Result>();
    return true;
}

QJsonObject TestExportUsers::readWithPython(const QString &path)
{
    const QString script = QStringLiteral(
        "import csv, json, sys, collections\n"
        "raw = open(sys.argv[1], 'rb').read()\n"
        "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
        "    rows = list(csv.reader(f))\n"
        "status = collections.Counter(r[0] for r in rows[1:])\n"
        "print(json.dumps({'rows': len(rows) - 1, 'status': status, 'header': rows[0],\n"
        "                  'bom': raw.startswith(b'\\xef\\xbb\\xbf'),\n"
        "                  'crlf': raw.count(b'\\r\\n') >= len(rows)}))\n");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestExportUsers::exportWritesBothCompleteLists()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is needed as the independent CSV reader");
    // The search shows nothing: the export still holds everyone.
    UserListTab *active = tab(m_app.get(), UserListTab::Kind::Active);
    active->searchEdit()->setText(QStringLiteral("no such person anywhere"));
    QCOMPARE(active->shownCount(), 0);

    const QString chosen = m_dir.filePath(QStringLiteral("people"));
    FileDialog::setNextFileName(chosen);
    UserCsvExport::Result result;
    QVERIFY(exportAndWait(&result));
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    const QString written = chosen + QStringLiteral(".csv");
    QCOMPARE(result.path, written);
    QVERIFY(QFile::exists(written));
    QVERIFY(!QFile::exists(chosen));

    // The dialog proposed "<organization>-users-<YYYY-MM-DD>.csv" in the documents folder,
    // or in the home folder when there is no documents folder (never the working directory).
    const QString suggested = FileDialog::lastSuggestedPath();
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("Katalon Demo Org-users-%1.csv")
                                                  .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString expectedFolder = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    QVERIFY(QFileInfo(suggested).absoluteDir().exists());
    QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(expectedFolder).absoluteFilePath());

    const qint64 activeTotal = m_demo.total(QStringLiteral("/members?status=active"));
    const qint64 removedTotal = m_demo.total(QStringLiteral("/members?status=removed"));
    QVERIFY(activeTotal > 0 && removedTotal > 0);
    const QJsonObject read = readWithPython(written);
    QVERIFY(!read.isEmpty());
    QVERIFY(read.value(QLatin1String("bom")).toBool());
    QVERIFY(read.value(QLatin1String("crlf")).toBool());
    QCOMPARE(read.value(QLatin1String("rows")).toInteger(), activeTotal + removedTotal);
    const QJsonObject status = read.value(QLatin1String("status")).toObject();
    QCOMPARE(status.value(QLatin1String("Active")).toInteger(), activeTotal);
    QCOMPARE(status.value(QLatin1String("Removed")).toInteger(), removedTotal);
    QCOMPARE(read.value(QLatin1String("header")).toArray().first().toString(),
             QStringLiteral("Status"));
    QCOMPARE(result.rowCount, activeTotal + removedTotal);
    QCOMPARE(m_app->window()->statusBar()->currentMessage(),
             QStringLiteral("Exported %1 users to %2")
                 .arg(QLocale().toString(activeTotal + removedTotal),
                      QDir::toNativeSeparators(written)));
    active->searchEdit()->clear();
}

void TestExportUsers::appendedSuffixAsksBeforeReplacing()
{
    const QString existing = m_dir.filePath(QStringLiteral("again.csv"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
    }
    // The user typed "again"; "again.csv" exists: asked, and declined.
    FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("again")));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QSignalSpy finished(m_app->window()->exporter(), &ExportUsersRunner::exportFinished);
    m_app->window()->exportUsersAction()->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("already exists")));
    QVERIFY(!m_app->window()->exporter()->isExporting());
    QCOMPARE(finished.count(), 0);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me\n"));
    }
    // Asked again, and accepted: replaced.
    FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("again")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    UserCsvExport::Result result;
    QVERIFY(exportAndWait(&result));
    QVERIFY(result.ok());
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));
}

void TestExportUsers::canceledSaveDialogWritesNothing()
{
    FileDialog::setNextFileName(QString());
    QSignalSpy finished(m_app->window()->exporter(), &ExportUsersRunner::exportFinished);
    m_app->window()->exportUsersAction()->trigger();
    QVERIFY(!m_app->window()->exporter()->isExporting());
    QCOMPARE(finished.count(), 0);
}

void TestExportUsers::failureIsSaid()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/users.csv"));
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    UserCsvExport::Result result;
    QVERIFY(exportAndWait(&result));
    QCOMPARE(result.status, UserCsvExport::Result::Status::Failed);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Export Users"));
    QCOMPARE(MessageBox::lastText(), result.errorMessage);
    QVERIFY(m_app->window()->statusBar()->currentMessage().startsWith(
        QStringLiteral("Export failed: ")));
}

QTEST_MAIN(TestExportUsers)
#include "TestExportUsers.moc"
