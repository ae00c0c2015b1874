// InviteUsersLauncher in the running app: the toolbar's Invite Users opens
// the dialog with the lists the window loaded; after Confirm the window
// shows Pending Invitations, refreshed; Invite Again on Removed Users pre-fills the checked users'
// addresses. Against the real server on the demonstration organization.

#include <AppController.h>
#include <EmailChipsEdit.h>
#include <InviteUsersDialog.h>
#include <InviteUsersLauncher.h>
#include <MainWindow.h>
#include <RecordTableModel.h>
#include <RemovedUsersModel.h>
#include <Settings.h>
#include <UserListTab.h>

#include <DemoServer.h>

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

namespace {

constexpr int AnswerTimeoutMs = 30000;

QPushButton *button(QObject *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QLatin1String(name));
}

/// The Result column of `address` in the dialog's results; empty when absent.
QString resultOf(InviteUsersDialog *dialog, const QString &address)
{
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("resultsTree"));
    for (int row = 0; tree && row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(0).compare(address, Qt::CaseInsensitive) == 0)
            return tree->topLevelItem(row)->text(1);
    }
    return {};
}

} // namespace

class TestInviteUsersLauncher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void toolbarInvitesThenPendingShowsAndInviteAgainPrefills();

private:
    DemoServer m_server;
    QString m_memberAddress;
    QString m_invitedAddress;
};

void TestInviteUsersLauncher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start({QStringLiteral("--demo-members"), QStringLiteral("60")}),
             qPrintable(m_server.errorString()));
    const QList<QJsonObject> members = m_server.allMembers();
    QVERIFY(!members.isEmpty());
    m_memberAddress = members.last().value(QStringLiteral("email")).toString();
    const QList<QJsonObject> invitations = m_server.allInvitations(QStringLiteral("pending"));
    QVERIFY(!invitations.isEmpty());
    m_invitedAddress = invitations.first().value(QStringLiteral("email")).toString();
}

void TestInviteUsersLauncher::toolbarInvitesThenPendingShowsAndInviteAgainPrefills()
{
    // The app as a user drives it: the toolbar's Invite Users, then the
    // window on Pending Invitations with the new invitation listed; then
    // Invite Again on two checked Removed Users.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto controller = std::make_unique<AppController>(
        std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini"))));
    controller->setCacheDir(dir.filePath(QStringLiteral("cache")));
    QSignalSpy refreshed(controller.get(), &AppController::refreshed);
    MainWindow *window = controller->window();
    window->show();
    controller->connectWithToken(m_server.process().baseUrl(), m_server.ownerToken(),
                                 m_server.orgId(), QStringLiteral("demo"));
    QVERIFY(refreshed.wait(AnswerTimeoutMs));
    InviteUsersLauncher *launcher = window->inviter();
    QVERIFY2(launcher, "the window creates the Invite Users launcher");

    QAction *invite = window->inviteUsersAction();
    QVERIFY(invite->isEnabled());
    QSignalSpy opened(launcher, &InviteUsersLauncher::dialogOpened);
    invite->trigger();
    QCOMPARE(opened.count(), 1);
    InviteUsersDialog *dialog = launcher->currentDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Invite Users"));

    // The lists the window loaded flag the member and the invitee.
    const QString address = QStringLiteral("window.invite@example.net");
    dialog->emailsEdit()->addText(address + QStringLiteral(", ") + m_memberAddress +
                                  QStringLiteral(", ") + m_invitedAddress);
    QCOMPARE(dialog->emailsEdit()->flaggedCount(), 2);
    QCOMPARE(dialog->inviteCount(), 1);
    QTest::mouseClick(button(dialog, "nextButton"), Qt::LeftButton);
    refreshed.clear();
    QTest::mouseClick(button(dialog, "confirmButton"), Qt::LeftButton);
    QVERIFY(refreshed.wait(AnswerTimeoutMs));
    QCOMPARE(window->tabWidget()->currentWidget(), window->tab(UserListTab::Kind::Pending));
    const QAbstractItemModel *pending = window->tab(UserListTab::Kind::Pending)->model();
    bool listed = false;
    for (int row = 0; row < pending->rowCount() && !listed; ++row)
        listed = pending->index(row, 1).data().toString() == address;
    QVERIFY2(listed, "the new invitation is on Pending Invitations after the refresh");
    QCOMPARE(resultOf(dialog, address), QStringLiteral("Invited"));
    QTest::mouseClick(button(dialog, "closeButton"), Qt::LeftButton);
    QTRY_VERIFY(!launcher->currentDialog());

    // Invite Again: check two removed users, press the button.
    UserListTab *removedTab = window->tab(UserListTab::Kind::Removed);
    window->tabWidget()->setCurrentWidget(removedTab);
    RecordTableModel *removed = removedTab->model();
    QVERIFY(removed->rowCount() >= 2);
    QStringList expected;
    for (int row = 0; row < 2; ++row) {
        QVERIFY(removed->setData(removed->index(row, 0), Qt::Checked, Qt::CheckStateRole));
        expected.append(
            removed->index(row, RemovedUsersModel::EmailColumn).data().toString().toLower());
    }
    QPushButton *again = removedTab->actionButton(UserListTab::Action::InviteAgain);
    QTRY_VERIFY(again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QCOMPARE(opened.count(), 2);
    dialog = launcher->currentDialog();
    QVERIFY(dialog);
    QStringList shown = dialog->emailsEdit()->addresses();
    for (QString &a : shown)
        a = a.toLower();
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
    QCOMPARE(dialog->inviteCount(), 2);
    QVERIFY(button(dialog, "nextButton")->isEnabled());

    dialog->setDiscardQuestion([](QWidget *) { return true; });
    dialog->reject();
    QTRY_VERIFY(!launcher->currentDialog());
}

QTEST_MAIN(TestInviteUsersLauncher)
#include "TestInviteUsersLauncher.moc"
