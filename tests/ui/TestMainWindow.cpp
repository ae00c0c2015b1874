// The desktop app end to end under the offscreen platform: AppController
// starts the real server (--local on a temporary data folder, or a demo
// server for other accounts), and the test drives the window as a user does,
// finding widgets by object name.

#include <AppController.h>
#include <CheckBoxHeaderView.h>
#include <ConnectionDialog.h>
#include <MainWindow.h>
#include <RecordFilterProxyModel.h>
#include <RecordTableModel.h>
#include <Settings.h>
#include <UserListTab.h>
#include <UserTableView.h>

#include <ActiveUsersModel.h>
#include <DemoServer.h>
#include <HttpTestClient.h>
#include <LocalServer.h>
#include <OrganizationSession.h>
#include <PendingInvitationsModel.h>
#include <RemovedUsersModel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <QToolBar>
#include <sys/types.h>

namespace {

constexpr int StartTimeoutMs = 60000;

/// The row (in the view) of the first row on `tab` whose role column says
/// `roleText` and that is not checked; -1 when there is none.
int firstUncheckedRowWithRole(UserListTab *tab, int roleColumn, const QString &roleText,
                              int after = -1)
{
    const QAbstractItemModel *model = tab->proxy();
    for (int row = after + 1; row < model->rowCount(); ++row) {
        if (model->index(row, roleColumn).data().toString() == roleText &&
            model->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Unchecked)
            return row;
    }
    return -1;
}

/// Space on the row, as a keyboard user checks it.
void toggleRow(UserListTab *tab, int row)
{
    UserTableView *table = tab->tableView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 1));
    QTest::keyClick(table, Qt::Key_Space);
}

/// "total" of a list of the local organization, asked over HTTP as its Owner.
qint64 listTotal(const LocalServer *server, const QString &pathAndQuery)
{
    HttpTestClient http;
    const QUrl url(server->baseUrl().toString() +
                   QStringLiteral("/api/v1/organizations/%1/").arg(LocalServer::OrganizationId) +
                   pathAndQuery);
    return http.get(url, server->token()).total();
}

/// A click on the header's check box (section 0).
void clickHeaderBox(UserListTab *tab)
{
    QHeaderView *header = tab->tableView()->horizontalHeader();
    const int x = header->sectionViewportPosition(0) + header->sectionSize(0) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void localOrganizationFillsTheTabs();
    void memberTokenGetsTheRoleRequiredPage();
    void columnsAndSortAreRemembered();
    void firstRunAsksForTheConnection();
    void toolBarControlsAreNamed();
    void refreshRestartsAStoppedLocalServer();

private:
    std::unique_ptr<AppController> makeController();

    QTemporaryDir m_dir;
    QString m_serverDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString binary = ServerProcess::binaryPath();
    QVERIFY2(QFileInfo(binary).isExecutable(),
             qPrintable(QStringLiteral("TESTOPS_SERVER_BINARY is not an executable: ") + binary));
    m_serverDir = QFileInfo(binary).absolutePath();
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<AppController> TestMainWindow::makeController()
{
    auto controller = std::make_unique<AppController>(
        std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini"))));
    controller->setServerDir(m_serverDir);
    controller->setCacheDir(m_dir.filePath(QStringLiteral("cache")));
    return controller;
}

void TestMainWindow::localOrganizationFillsTheTabs()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("local"));
    StartOptions options;
    options.local = true;
    options.dataDir = dataDir;

    auto controller = makeController();
    QSignalSpy refreshed(controller.get(), &AppController::refreshed);
    controller->start(options);
    QVERIFY2(refreshed.wait(StartTimeoutMs), "the local organization did not load");

    MainWindow *window = controller->window();
    QCOMPARE(window->currentPage(), MainWindow::Page::Lists);
    QCOMPARE(window->windowTitle(), QStringLiteral("TestOps User Management — Katalon Demo Org"));
    QVERIFY(window->refreshStatusText().startsWith(QStringLiteral("Refreshed at ")));

    // The counts in the tab labels are the server's totals.
    LocalServer *server = controller->localServer();
    const qint64 activeTotal = listTotal(server, QStringLiteral("members?status=active&size=1"));
    const qint64 removedTotal = listTotal(server, QStringLiteral("members?status=removed&size=1"));
    const qint64 invitationTotal =
        listTotal(server, QStringLiteral("invitations?status=open&size=1"));
    QVERIFY(activeTotal > 4);
    QVERIFY(removedTotal > 0);
    QVERIFY(invitationTotal > 0);

    QTabWidget *tabs = window->findChild<QTabWidget *>(QStringLiteral("userTabs"));
    QVERIFY(tabs);
    const QLocale locale;
    QCOMPARE(tabs->tabText(0),
             QStringLiteral("Active Users (%1)").arg(locale.toString(activeTotal)));
    QCOMPARE(tabs->tabText(1),
             QStringLiteral("Pending Invitations (%1)").arg(locale.toString(invitationTotal)));
    QCOMPARE(tabs->tabText(2),
             QStringLiteral("Removed Users (%1)").arg(locale.toString(removedTotal)));

    // --- searching narrows the rows -------------------------------------
    auto *active = window->findChild<UserListTab *>(QStringLiteral("activeUsersTab"));
    QVERIFY(active);
    auto *search = active->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *table = active->findChild<UserTableView *>(QStringLiteral("userTable"));
    QVERIFY(search && table);
    QCOMPARE(search->placeholderText(), QStringLiteral("Search…"));
    QCOMPARE(search->accessibleName(), QStringLiteral("Search…"));
    QCOMPARE(table->model()->rowCount(), int(activeTotal));

    // Ctrl+F puts the focus in the search field of the tab in front.
    window->activateWindow();
    table->setFocus();
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    // "jose" finds "José Álvarez", the demo Admin, accent-insensitively.
    QTest::keyClicks(search, QStringLiteral("jose"));
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < activeTotal);
    bool foundJose = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        foundJose |= table->model()->index(row, ActiveUsersModel::EmailColumn).data().toString() ==
                     QStringLiteral("admin@example.com");
    QVERIFY(foundJose);
    // The context menu copies the email of the current row (Menu key).
    table->setCurrentIndex(table->model()->index(0, ActiveUsersModel::FullNameColumn));
    const QString firstEmail =
        table->model()->index(0, ActiveUsersModel::EmailColumn).data().toString();
    QTimer::singleShot(0, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0)->text(), QStringLiteral("Copy Name"));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("Copy Email"));
        actions.at(1)->trigger();
        menu->close();
    });
    QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, QPoint(4, 4),
                                table->mapToGlobal(QPoint(4, 4)));
    QApplication::sendEvent(table, &menuEvent);
    QCOMPARE(QGuiApplication::clipboard()->text(), firstEmail);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zz-nobody-zz"));
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(table->emptyMessage(), QStringLiteral("No users match “zz-nobody-zz”."));
    search->clear();
    QCOMPARE(table->model()->rowCount(), int(activeTotal));

    // --- checking rows enables the actions with the right counts --------
    auto *remove = active->findChild<QPushButton *>(QStringLiteral("removeUsersButton"));
    auto *changeRole = active->findChild<QPushButton *>(QStringLiteral("changeRoleButton"));
    QVERIFY(remove && changeRole);
    QVERIFY(!remove->isEnabled());
    QVERIFY(!remove->toolTip().isEmpty());
    QCOMPARE(remove->text(), QStringLiteral("Remove Users"));

    const int roleColumn = ActiveUsersModel::RoleColumn;
    const int first = firstUncheckedRowWithRole(active, roleColumn, QStringLiteral("Member"));
    QVERIFY(first >= 0);
    toggleRow(active, first);
    const int second =
        firstUncheckedRowWithRole(active, roleColumn, QStringLiteral("Member"), first);
    QVERIFY(second >= 0);
    toggleRow(active, second);
    QCOMPARE(remove->text(), QStringLiteral("Remove Users (2)"));
    QVERIFY(remove->isEnabled());
    QCOMPARE(changeRole->text(), QStringLiteral("Change Role (2)"));
    QCOMPARE(window->selectionStatusText(), QStringLiteral("2 selected"));

    // The Owner (the signed-in user) is never removable: checking the row
    // leaves the count at 2 and the tooltip says why.
    const int owner = firstUncheckedRowWithRole(active, roleColumn, QStringLiteral("Owner"));
    QVERIFY(owner >= 0);
    toggleRow(active, owner);
    QCOMPARE(active->model()->checkedCount(), 3);
    QCOMPARE(remove->text(), QStringLiteral("Remove Users (2)"));
    QVERIFY(remove->toolTip().contains(QStringLiteral("yourself")));
    toggleRow(active, owner);
    QCOMPARE(remove->text(), QStringLiteral("Remove Users (2)"));
    QVERIFY(remove->toolTip().isEmpty());

    // --- the header box checks only the rows shown ------------------------
    // Search for the demo Admin: one row shown, two checked rows hidden.
    QTest::keyClicks(search, QStringLiteral("admin@example.com"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->checkBoxHeader()->checkState(), Qt::Unchecked);
    QCOMPARE(window->selectionStatusText(), QStringLiteral("2 selected, 2 hidden by the search"));
    clickHeaderBox(active);
    QCOMPARE(table->checkBoxHeader()->checkState(), Qt::Checked);
    QCOMPARE(active->model()->checkedCount(), 3);
    QCOMPARE(window->selectionStatusText(), QStringLiteral("3 selected, 2 hidden by the search"));
    QCOMPARE(remove->text(), QStringLiteral("Remove Users (3)"));
    clickHeaderBox(active);
    QCOMPARE(active->model()->checkedCount(), 2);
    // Space on the focused header toggles the box, for keyboard users.
    table->horizontalHeader()->setFocus();
    QTest::keyClick(table->horizontalHeader(), Qt::Key_Space);
    QCOMPARE(active->model()->checkedCount(), 3);
    QTest::keyClick(table->horizontalHeader(), Qt::Key_Space);
    QCOMPARE(active->model()->checkedCount(), 2);
    // Ctrl+A in the table checks the rows shown, too.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(active->model()->checkedCount(), 3);
    search->clear();
    QCOMPARE(table->checkBoxHeader()->checkState(), Qt::PartiallyChecked);
    QCOMPARE(window->selectionStatusText(), QStringLiteral("3 selected"));

    // --- Pending Invitations and Removed Users ------------------------------
    auto *pending = window->findChild<UserListTab *>(QStringLiteral("pendingInvitationsTab"));
    QVERIFY(pending);
    tabs->setCurrentWidget(pending);
    auto *revoke = pending->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    auto *resend = pending->findChild<QPushButton *>(QStringLiteral("resendButton"));
    auto *copyLink = pending->findChild<QPushButton *>(QStringLiteral("copyActivationLinkButton"));
    QVERIFY(revoke && resend && copyLink);
    QVERIFY(!revoke->isEnabled());
    QCOMPARE(window->selectionStatusText(), QString());
    toggleRow(pending, 0);
    QCOMPARE(revoke->text(), QStringLiteral("Revoke (1)"));
    QCOMPARE(resend->text(), QStringLiteral("Resend (1)"));
    QCOMPARE(copyLink->text(), QStringLiteral("Copy Activation Link (1)"));
    QVERIFY(revoke->isEnabled() && resend->isEnabled() && copyLink->isEnabled());
    auto *status = pending->findChild<QComboBox *>(QStringLiteral("statusFilterCombo"));
    QVERIFY(status);
    QCOMPARE(status->accessibleName(), QStringLiteral("Status filter"));
    // Expired only: every row shown says so, or the table says there is none.
    status->setCurrentIndex(status->findText(QStringLiteral("Expired")));
    const QAbstractItemModel *invitations = pending->tableView()->model();
    for (int row = 0; row < invitations->rowCount(); ++row)
        QCOMPARE(invitations->index(row, PendingInvitationsModel::ExpiresColumn).data().toString(),
                 QStringLiteral("Expired"));
    if (invitations->rowCount() == 0)
        QCOMPARE(pending->tableView()->emptyMessage(), QStringLiteral("No expired invitations."));
    status->setCurrentIndex(status->findText(QStringLiteral("All")));
    QCOMPARE(invitations->rowCount(), int(invitationTotal));

    auto *removed = window->findChild<UserListTab *>(QStringLiteral("removedUsersTab"));
    QVERIFY(removed);
    tabs->setCurrentWidget(removed);
    auto *inviteAgain = removed->findChild<QPushButton *>(QStringLiteral("inviteAgainButton"));
    QVERIFY(inviteAgain && !inviteAgain->isEnabled());
    clickHeaderBox(removed);
    QCOMPARE(inviteAgain->text(),
             QStringLiteral("Invite Again (%1)").arg(locale.toString(removedTotal)));

    // --- checks survive a refresh (F5) ---------------------------------------
    tabs->setCurrentWidget(active);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(refreshed.wait(StartTimeoutMs));
    QCOMPARE(active->model()->checkedCount(), 3);
    QCOMPARE(remove->text(), QStringLiteral("Remove Users (3)"));

    // --- offline after the server stops ---------------------------------------
    server->stop();
    QSignalSpy failed(controller.get(), &AppController::connectionFailed);
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(failed.wait(StartTimeoutMs));
    QTRY_VERIFY(window->isOffline());
    QVERIFY2(window->refreshStatusText().startsWith(QStringLiteral("Offline — showing data from ")),
             qPrintable(window->refreshStatusText()));
    QCOMPARE(table->model()->rowCount(), int(activeTotal));
    QVERIFY(!remove->isEnabled());
    QVERIFY(!changeRole->isEnabled());
    QVERIFY(remove->toolTip().startsWith(QStringLiteral("Offline")));
    QCOMPARE(active->model()->checkedCount(), 3);

    // --- the next start shows the cached lists before the server answers ------
    controller.reset();
    auto again = makeController();
    QSignalSpy refreshedAgain(again.get(), &AppController::refreshed);
    again->start(options);
    QTRY_COMPARE_WITH_TIMEOUT(again->window()->currentPage(), MainWindow::Page::Lists,
                              StartTimeoutMs);
    QCOMPARE(refreshedAgain.count(), 0);
    QCOMPARE(again->window()->tab(UserListTab::Kind::Active)->totalCount(), activeTotal);
    QVERIFY(refreshedAgain.wait(StartTimeoutMs));
}

void TestMainWindow::memberTokenGetsTheRoleRequiredPage()
{
    DemoServer demo;
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    const QString token = demo.token(DemoServer::MemberEmail);
    QVERIFY(!token.isEmpty());

    auto controller = makeController();
    QSignalSpy refreshed(controller.get(), &AppController::refreshed);
    controller->window()->show();
    controller->connectWithToken(demo.process().baseUrl(), token, 0, QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(controller->window()->currentPage(), MainWindow::Page::RoleRequired,
                              StartTimeoutMs);
    auto *text = controller->window()->findChild<QLabel *>(QStringLiteral("roleRequiredTextLabel"));
    QVERIFY(text);
    QVERIFY2(text->text().contains(QStringLiteral("Member")), qPrintable(text->text()));
    auto *title =
        controller->window()->findChild<QLabel *>(QStringLiteral("roleRequiredTitleLabel"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("User Management needs the Owner or Admin role."));
    QCOMPARE(refreshed.count(), 0);
}

void TestMainWindow::columnsAndSortAreRemembered()
{
    const QString file = m_dir.filePath(QStringLiteral("remembered.ini"));
    int emailWidth = 0;
    {
        Settings settings(file);
        OrganizationSession session;
        MainWindow window(&session, &settings);
        window.show();
        UserTableView *table = window.tab(UserListTab::Kind::Active)->tableView();
        table->sortByColumn(ActiveUsersModel::EmailColumn, Qt::DescendingOrder);
        emailWidth = table->horizontalHeader()->sectionSize(ActiveUsersModel::EmailColumn) + 37;
        table->horizontalHeader()->resizeSection(ActiveUsersModel::EmailColumn, emailWidth);
        window.close();
    }
    Settings settings(file);
    OrganizationSession session;
    MainWindow window(&session, &settings);
    QHeaderView *header = window.tab(UserListTab::Kind::Active)->tableView()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(ActiveUsersModel::EmailColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sectionSize(ActiveUsersModel::EmailColumn), emailWidth);
    QCOMPARE(window.tab(UserListTab::Kind::Active)->model()->sortColumn(),
             int(ActiveUsersModel::EmailColumn));
    // Removed Users starts sorted by join date, newest first (the seed).
    QHeaderView *removed = window.tab(UserListTab::Kind::Removed)->tableView()->horizontalHeader();
    QCOMPARE(removed->sortIndicatorSection(), int(RemovedUsersModel::defaultSortColumn));

    // The connection is remembered without any token.
    SavedConnection saved;
    saved.serverUrl = QUrl(QStringLiteral("https://testops.example.com"));
    saved.organizationId = 7;
    settings.setLastConnection(saved);
    settings.sync();
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains("testops.example.com"));
    QVERIFY(!text.toLower().contains("token"));
    QCOMPARE(Settings(file).lastConnection().organizationId, 7);
}

void TestMainWindow::firstRunAsksForTheConnection()
{
    // No saved connection, no option: the connection dialog, with the local
    // organization chosen; canceling it ends the app.
    auto controller = std::make_unique<AppController>(
        std::make_unique<Settings>(m_dir.filePath(QStringLiteral("first-run.ini"))));
    QSignalSpy quit(controller.get(), &AppController::quitRequested);
    controller->start({});
    ConnectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = controller->window()->findChild<ConnectionDialog *>()) &&
                dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("localRadioButton"))->isChecked());
    QCOMPARE(controller->window()->currentPage(), MainWindow::Page::Message);
    dialog->reject();
    QCOMPARE(quit.count(), 1);
}

// Every control has an accessible name, Qt's own toolbar
// overflow button included (a11y-tree showed it as check box '').
void TestMainWindow::toolBarControlsAreNamed()
{
    Settings settings(m_dir.filePath(QStringLiteral("toolbar.ini")));
    OrganizationSession session;
    MainWindow window(&session, &settings);
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    const QList<QAbstractButton *> buttons = toolBar->findChildren<QAbstractButton *>();
    QVERIFY(!buttons.isEmpty());
    for (QAbstractButton *button : buttons) {
        const QString name = button->accessibleName().isEmpty()
                                 ? button->text().remove(QLatin1Char('&'))
                                 : button->accessibleName();
        QVERIFY2(!name.isEmpty(), qPrintable(button->objectName()));
    }
}

// The local organization's server killed under the app: the window goes
// offline, and Refresh (F5) starts the server again and loads the lists,
// instead of asking a dead port until the app is restarted.
void TestMainWindow::refreshRestartsAStoppedLocalServer()
{
    StartOptions options;
    options.local = true;
    options.dataDir = m_dir.filePath(QStringLiteral("restart-data"));
    auto controller = makeController();
    QSignalSpy refreshed(controller.get(), &AppController::refreshed);
    controller->start(options);
    QVERIFY2(refreshed.wait(StartTimeoutMs), "the local organization did not load");
    MainWindow *window = controller->window();
    LocalServer *server = controller->localServer();
    QVERIFY(server && server->isRunning());

    QSignalSpy stopped(server, &LocalServer::stoppedUnexpectedly);
    QVERIFY(::kill(pid_t(server->processId()), SIGKILL) == 0);
    QVERIFY(stopped.wait(StartTimeoutMs));
    QVERIFY(window->isOffline());

    refreshed.clear();
    window->refreshAction()->trigger();
    QVERIFY2(refreshed.wait(StartTimeoutMs), "Refresh did not bring the local organization back");
    QVERIFY(server->isRunning());
    QVERIFY(!window->isOffline());
    QCOMPARE(window->currentPage(), MainWindow::Page::Lists);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
