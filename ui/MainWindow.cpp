#include "MainWindow.h"

#include "AboutDialog.h"
#include "BulkActionRunner.h"
#include "ExportUsersRunner.h"
#include "InviteUsersLauncher.h"
#include "LanguageDialog.h"
#include "Settings.h"

#include <OrganizationSession.h>
#include <Permissions.h>

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString shortTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

MainWindow::MainWindow(OrganizationSession *session, Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setOrganizationName({});

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("userTabs"));
    m_tabs->setAccessibleName(tr("User lists"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setAccessibleName(tr("User lists"));
    m_actions = new BulkActionRunner(m_session, this);
    m_inviter = new InviteUsersLauncher(m_session, this);
    m_exporter = new ExportUsersRunner(m_session, this);
    for (const ListDescription *description :
         {&ListDescription::activeUsers(), &ListDescription::pendingInvitations(),
          &ListDescription::removedUsers()}) {
        auto *tab = new UserListTab(*description, m_session->model(description->list), m_tabs);
        m_listTabs << tab;
        m_tabs->addTab(tab, tab->title());
        tab->restoreState(*m_settings);
        connect(tab, &UserListTab::countsChanged, this, [this] {
            updateTabLabels();
            updateSelectionStatus();
        });
        connect(tab, &UserListTab::actionRequested, this,
                [this](UserAction::Kind action, const QList<qint64> &ids) {
                    if (action == UserAction::Kind::InviteAgain)
                        m_inviter->inviteAgain(ids);
                    else
                        m_actions->run(action, ids);
                });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateSelectionStatus);
    connect(m_actions, &BulkActionRunner::linksCopied, this,
            [this](const QString &note) { tab(ListKind::Pending)->showNote(note); });
    // The seed's step 5: after inviting, the window shows Pending Invitations.
    connect(m_inviter, &InviteUsersLauncher::invitationsSent, this,
            [this] { m_tabs->setCurrentWidget(tab(ListKind::Pending)); });

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setAccessibleName(tr("User Management"));
    m_messagePage = createMessagePage();
    m_roleRequiredPage = createRoleRequiredPage();
    m_pages->addWidget(m_messagePage);
    m_pages->addWidget(m_roleRequiredPage);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    createToolBar();
    createStatusBar();

    // Settings ▸ Language…: the interface language, applied at the next start.
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    QAction *languageAction = settingsMenu->addAction(tr("&Language…"));
    languageAction->setObjectName(QStringLiteral("languageAction"));
    connect(languageAction, &QAction::triggered, this, [this] {
        LanguageDialog dialog(*m_settings, this);
        dialog.exec();
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *aboutAction = helpMenu->addAction(tr("&About TestOps User Management"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });

    // Ctrl+F searches the tab in front, wherever the focus is in the window.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        if (m_pages->currentWidget() == m_tabs)
            currentTab()->focusSearch();
    });

    observeSession();
    updateTabLabels();
    updateActor();
    updateActions();
    showMessagePage(tr("Connecting…"), {});

    resize(1180, 720);
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty())
        restoreState(state);
}

MainWindow::~MainWindow() = default;

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Actions"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Actions"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setContextMenuPolicy(Qt::PreventContextMenu);
    // Qt's overflow button (shown when the window is too narrow for the
    // actions) has no name of its own: screen readers saw an unnamed check box.
    if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More actions"));

    m_refreshAction =
        new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Load the lists again from the server (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);

    m_exportAction = new QAction(tr("Export Users"), this);
    m_exportAction->setObjectName(QStringLiteral("exportUsersAction"));
    connect(m_exportAction, &QAction::triggered, m_exporter, &ExportUsersRunner::exportUsers);
    m_inviteAction = new QAction(tr("Invite Users"), this);
    m_inviteAction->setObjectName(QStringLiteral("inviteUsersAction"));
    connect(m_inviteAction, &QAction::triggered, m_inviter, [this] { m_inviter->inviteUsers(); });

    // The seed places Invite Users at the top right; Refresh stays at hand on the left.
    toolBar->addAction(m_refreshAction);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addAction(m_exportAction);
    toolBar->addAction(m_inviteAction);

    const std::initializer_list<std::pair<QAction *, const char *>> buttons = {
        {m_refreshAction, "refreshButton"},
        {m_exportAction, "exportUsersButton"},
        {m_inviteAction, "inviteUsersButton"}};
    for (const auto &[action, name] : buttons) {
        QWidget *button = toolBar->widgetForAction(action);
        button->setObjectName(QLatin1String(name));
        button->setAccessibleName(action->text());
    }
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    bar->setAccessibleName(tr("Status"));
    bar->setSizeGripEnabled(true);

    auto label = [this](const char *name, const QString &accessibleName) {
        auto *widget = new QLabel(this);
        widget->setObjectName(QLatin1String(name));
        widget->setAccessibleName(accessibleName);
        widget->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return widget;
    };
    m_serverLabel = label("serverStatusLabel", tr("Server"));
    m_userLabel = label("userStatusLabel", tr("Signed-in user"));
    m_refreshLabel = label("refreshStatusLabel", tr("Refresh status"));
    m_selectionLabel = label("selectionStatusLabel", tr("Selection"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("refreshProgressBar"));
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->hide();

    bar->addWidget(m_selectionLabel, 1);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_refreshLabel);
    bar->addPermanentWidget(m_userLabel);
    bar->addPermanentWidget(m_serverLabel);
}

QWidget *MainWindow::createMessagePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("messagePage"));
    page->setAccessibleName(tr("Connection"));
    m_messageTitle = new QLabel(page);
    m_messageTitle->setObjectName(QStringLiteral("messageTitleLabel"));
    QFont titleFont = m_messageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_messageTitle->setFont(titleFont);
    m_messageTitle->setAlignment(Qt::AlignCenter);
    m_messageText = new QLabel(page);
    m_messageText->setObjectName(QStringLiteral("messageTextLabel"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextFormat(Qt::PlainText);
    m_messageText->setAlignment(Qt::AlignCenter);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connectButton = new QPushButton(tr("Connect to Another Server…"), page);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAccessibleName(tr("Connect to Another Server"));
    connect(m_connectButton, &QPushButton::clicked, this, &MainWindow::connectRequested);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(96, 24, 96, 24);
    layout->addStretch(2);
    layout->addWidget(m_messageTitle);
    // No alignment flag: an aligned item loses the label's height-for-width,
    // and wrapped text would be clipped.
    layout->addWidget(m_messageText);
    layout->addSpacing(12);
    layout->addWidget(m_connectButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

QWidget *MainWindow::createRoleRequiredPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("roleRequiredPage"));
    page->setAccessibleName(tr("Role required"));
    auto *icon = new QLabel(page);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    icon->setAccessibleName(tr("Information"));
    // The title is the permission rule's own sentence (showRoleRequiredPage).
    auto *title = new QLabel(tr("User Management needs the Owner or Admin role."), page);
    m_roleRequiredTitle = title;
    title->setObjectName(QStringLiteral("roleRequiredTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    m_roleRequiredText = new QLabel(page);
    m_roleRequiredText->setObjectName(QStringLiteral("roleRequiredTextLabel"));
    m_roleRequiredText->setWordWrap(true);
    m_roleRequiredText->setTextFormat(Qt::PlainText);
    m_roleRequiredText->setAlignment(Qt::AlignCenter);
    auto *connectButton = new QPushButton(tr("Use Another Token…"), page);
    connectButton->setObjectName(QStringLiteral("useAnotherTokenButton"));
    connectButton->setAccessibleName(tr("Use Another Token"));
    connect(connectButton, &QPushButton::clicked, this, &MainWindow::connectRequested);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(96, 24, 96, 24);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(m_roleRequiredText);
    layout->addSpacing(12);
    layout->addWidget(connectButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

UserListTab *MainWindow::tab(ListKind list) const
{
    for (UserListTab *tab : m_listTabs) {
        if (tab->kind() == list)
            return tab;
    }
    return m_listTabs.first();
}

UserListTab *MainWindow::currentTab() const
{
    return qobject_cast<UserListTab *>(m_tabs->currentWidget());
}

void MainWindow::setOrganizationName(const QString &name)
{
    setWindowTitle(name.isEmpty() ? tr("TestOps User Management")
                                  : tr("TestOps User Management — %1").arg(name));
}

void MainWindow::setServerLabel(const QString &server)
{
    m_serverName = server;
    m_serverLabel->setText(server);
    m_serverLabel->setToolTip(tr("Server: %1").arg(server));
}

void MainWindow::updateActor()
{
    const Actor actor = m_session->actor();
    const QString name = m_session->user().fullName;
    m_userLabel->setText(name.isEmpty() ? QString()
                                        : tr("%1 (%2)").arg(name, Roles::displayName(actor.role)));
    for (UserListTab *tab : std::as_const(m_listTabs))
        tab->setActor(actor);
    updateActions();
}

// --- the session ------------------------------------------------------------

void MainWindow::observeSession()
{
    OrganizationSession *session = m_session;
    connect(session, &OrganizationSession::signInStarted, this, &MainWindow::onSignInStarted);
    connect(session, &OrganizationSession::signedIn, this, &MainWindow::onSignedIn);
    connect(session, &OrganizationSession::notAMember, this, &MainWindow::onNotAMember);
    connect(session, &OrganizationSession::signInFailed, this, &MainWindow::onSignInFailed);
    connect(session, &OrganizationSession::actorChanged, this, &MainWindow::updateActor);
    connect(session, &OrganizationSession::organizationChanged, this,
            [this] { setOrganizationName(m_session->organization().name); });
    connect(session, &OrganizationSession::cacheLoaded, this, [this] {
        if (m_session->isRefreshing())
            setRefreshProgress(0, 0);
        // The cached lists show while the server starts or answers.
        if (currentPage() == Page::Message)
            showLists();
    });
    connect(session, &OrganizationSession::refreshStarted, this,
            [this] { setRefreshProgress(0, 0); });
    connect(session, &OrganizationSession::refreshProgress, this, &MainWindow::setRefreshProgress);
    connect(session, &OrganizationSession::refreshed, this, [this] {
        setRefreshed(m_session->dataTime());
        showLists();
    });
    connect(session, &OrganizationSession::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(session, &OrganizationSession::connectionLost, this,
            [this](const QString &why) { setOffline(m_session->dataTime(), why); });
    connect(session, &OrganizationSession::cacheSaveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
}

void MainWindow::onSignInStarted()
{
    m_userLabel->clear();
    if (currentPage() == Page::Message)
        showMessagePage(tr("Connecting…"), m_serverName);
}

void MainWindow::onSignedIn()
{
    updateActor();
    const Role role = m_session->actor().role;
    if (!m_session->canManageUsers()) {
        showRoleRequiredPage(m_session->user().fullName, role,
                             Permissions::canManageUsers(role).reason);
        return;
    }
    // The tabs show at once: the cached lists, or "Loading…" with the
    // progress in the status bar.
    showLists();
}

void MainWindow::onNotAMember()
{
    const QString email = m_session->user().email;
    const qint64 asked = m_session->options().organizationId;
    showMessagePage(tr("Not a member of this organization"),
                    asked > 0 ? tr("%1 is not a member of organization %2.").arg(email).arg(asked)
                              : tr("%1 belongs to no organization.").arg(email),
                    true);
}

void MainWindow::onSignInFailed(const ClientError &error)
{
    const bool hasData = m_session->hasData();
    if (error.isOffline() && hasData) {
        showLists();
        setOffline(m_session->dataTime(), error.message);
        return;
    }
    if (hasData && error.httpStatus != 401 && error.httpStatus != 403) {
        // A server error: the cached lists stay readable, the status bar says why.
        showLists();
        setRefreshFailed(error.message);
        return;
    }
    showMessagePage(error.isOffline() ? tr("The server cannot be reached") : tr("Sign-in failed"),
                    error.message, true);
}

void MainWindow::onRefreshFailed(const ClientError &error)
{
    const bool hasData = m_session->hasData();
    if (error.isOffline()) {
        setOffline(m_session->dataTime(), error.message);
        if (hasData)
            showLists();
        else
            showMessagePage(tr("The server cannot be reached"), error.message, true);
        return;
    }
    setRefreshFailed(error.message);
    if (!hasData)
        showMessagePage(tr("The lists could not be loaded"), error.message, true);
}

void MainWindow::showMessagePage(const QString &title, const QString &text, bool showConnectButton)
{
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_messageText->setVisible(!text.isEmpty());
    m_connectButton->setVisible(showConnectButton);
    m_pages->setCurrentWidget(m_messagePage);
    updateActions();
    updateSelectionStatus();
}

void MainWindow::showRoleRequiredPage(const QString &userName, Role role, const QString &reason)
{
    if (!reason.isEmpty())
        m_roleRequiredTitle->setText(reason);
    m_roleRequiredText->setText(tr("You are signed in as %1, whose role in this organization is "
                                   "%2. Ask its Owner or an Admin, or use the token of an Owner "
                                   "or Admin.")
                                    .arg(userName, Roles::displayName(role)));
    m_pages->setCurrentWidget(m_roleRequiredPage);
    updateActions();
    updateSelectionStatus();
}

void MainWindow::showLists()
{
    const bool wasShown = m_pages->currentWidget() == m_tabs;
    m_pages->setCurrentWidget(m_tabs);
    updateActions();
    updateSelectionStatus();
    if (!wasShown && isActiveWindow())
        currentTab()->focusSearch();
}

MainWindow::Page MainWindow::currentPage() const
{
    if (m_pages->currentWidget() == m_roleRequiredPage)
        return Page::RoleRequired;
    if (m_pages->currentWidget() == m_tabs)
        return Page::Lists;
    return Page::Message;
}

void MainWindow::setRefreshProgress(qint64 received, qint64 total)
{
    m_refreshing = true;
    if (total > 0) {
        // QProgressBar counts in int; 100,000s of records fit, but scale to be safe.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), received * 1000 / total, qint64(1000))));
        m_refreshLabel->setText(tr("Refreshing… %1 of %2")
                                    .arg(QLocale().toString(received), QLocale().toString(total)));
    } else {
        m_progress->setRange(0, 0);
        m_refreshLabel->setText(tr("Refreshing…"));
    }
    m_progress->show();
    updateActions();
}

void MainWindow::setRefreshed(const QDateTime &refreshedAt)
{
    m_refreshing = false;
    m_offline = false;
    m_progress->hide();
    m_refreshLabel->setText(tr("Refreshed at %1").arg(shortTime(refreshedAt)));
    m_refreshLabel->setToolTip(QLocale().toString(refreshedAt.toLocalTime(), QLocale::LongFormat));
    for (UserListTab *tab : std::as_const(m_listTabs))
        tab->setOffline(false, {});
    updateActions();
}

void MainWindow::setOffline(const QDateTime &dataTime, const QString &why)
{
    m_refreshing = false;
    m_offline = true;
    m_progress->hide();
    m_refreshLabel->setText(dataTime.isValid()
                                ? tr("Offline — showing data from %1").arg(shortTime(dataTime))
                                : tr("Offline"));
    m_refreshLabel->setToolTip(why);
    const QString reason = tr("Offline — changes are possible again once the server answers.");
    for (UserListTab *tab : std::as_const(m_listTabs))
        tab->setOffline(true, reason);
    updateActions();
}

void MainWindow::setRefreshFailed(const QString &message)
{
    m_refreshing = false;
    m_progress->hide();
    m_refreshLabel->setText(tr("Refresh failed"));
    m_refreshLabel->setToolTip(message);
    statusBar()->showMessage(message, 15000);
    updateActions();
}

QString MainWindow::refreshStatusText() const
{
    return m_refreshLabel->text();
}

QString MainWindow::selectionStatusText() const
{
    return m_selectionLabel->text();
}

void MainWindow::updateTabLabels()
{
    for (UserListTab *tab : std::as_const(m_listTabs)) {
        const int index = m_tabs->indexOf(tab);
        const qint64 count = tab->totalCount();
        const QString label =
            count < 0 ? tab->title() : tr("%1 (%2)").arg(tab->title(), QLocale().toString(count));
        m_tabs->setTabText(index, label);
        m_tabs->setTabToolTip(index, label);
    }
}

void MainWindow::updateSelectionStatus()
{
    m_selectionLabel->setText(m_pages->currentWidget() == m_tabs ? currentTab()->selectionSummary()
                                                                 : QString());
}

void MainWindow::updateActions()
{
    // Refreshing needs lists to refresh: not while connecting, nor on the role page.
    const bool lists = m_pages->currentWidget() == m_tabs;
    m_refreshAction->setEnabled(!m_refreshing && lists);
    m_inviteAction->setEnabled(lists && !m_offline);
    m_inviteAction->setToolTip(m_offline ? tr("Offline — inviting needs the server.")
                                         : tr("Invite people to the organization"));
    m_exportAction->setEnabled(lists);
    m_exportAction->setToolTip(tr("Save the Active Users and Removed Users lists as CSV"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(QMainWindow::saveState());
    for (UserListTab *tab : std::as_const(m_listTabs))
        tab->saveState(*m_settings);
    m_settings->sync();
}
