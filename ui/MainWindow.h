#pragma once

#include "UserListTab.h"

#include <ListKind.h>
#include <Role.h>

#include <QDateTime>
#include <QMainWindow>

class BulkActionRunner;
class ExportUsersRunner;
class InviteUsersLauncher;
class OrganizationSession;
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class Settings;
struct ClientError;

/// The window, a view of an OrganizationSession: title "TestOps User
/// Management — <organization>", a toolbar (Invite Users, Export Users,
/// Refresh with F5), a tab per list with its count, and a status bar with
/// the server, the signed-in user and role, the time of the last refresh or
/// the offline state, and the selection of the current tab ("3 selected, 1
/// hidden by the search").
///
/// Instead of the tabs it shows a page with a message (while connecting, or
/// when signing in failed) or the page that says User Management needs the
/// Owner or Admin role; the session's state decides which. The actions go
/// one way: a tab asks, BulkActionRunner, InviteUsersLauncher or
/// ExportUsersRunner runs the dialog, the session does the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The page in front.
    enum class Page
    {
        Message,      ///< connecting, or a connection problem
        RoleRequired, ///< the signed-in user may not manage users
        Lists,        ///< the tabs
    };

    /// `session` and `settings` (not owned) must outlive the window;
    /// `settings` keeps geometry, window state and each tab's header and sort.
    MainWindow(OrganizationSession *session, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    OrganizationSession *session() const { return m_session; }
    UserListTab *tab(ListKind list) const;
    UserListTab *currentTab() const;
    QTabWidget *tabWidget() const { return m_tabs; }

    QAction *inviteUsersAction() const { return m_inviteAction; }
    QAction *exportUsersAction() const { return m_exportAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    /// Revoke, Resend, Copy Activation Link, Remove Users and Change Role.
    BulkActionRunner *actions() const { return m_actions; }
    /// Invite Users and Invite Again.
    InviteUsersLauncher *inviter() const { return m_inviter; }
    /// Export Users.
    ExportUsersRunner *exporter() const { return m_exporter; }

    /// The status bar's server, as shown (e.g. "Local organization" or
    /// "testops.example.com").
    void setServerLabel(const QString &server);
    /// Shows a page with `title` and `text` instead of the tabs (e.g.
    /// "Starting the local organization…", or a connection error with
    /// `showConnectButton`).
    void showMessagePage(const QString &title, const QString &text, bool showConnectButton = false);
    Page currentPage() const;

    bool isOffline() const { return m_offline; }
    /// The status bar texts, for tests and screen readers.
    QString refreshStatusText() const;
    QString selectionStatusText() const;

signals:
    /// F5 or the Refresh button (the connection decides: the local server may
    /// have to start again first).
    void refreshRequested();
    /// The user asks to choose another server or token.
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createToolBar();
    void createStatusBar();
    void observeSession();
    QWidget *createMessagePage();
    QWidget *createRoleRequiredPage();
    void showRoleRequiredPage(const QString &userName, Role role, const QString &reason);
    void showLists();
    void onSignInStarted();
    void onSignedIn();
    void onNotAMember();
    void onSignInFailed(const ClientError &error);
    void onRefreshFailed(const ClientError &error);
    void updateActor();
    void setOrganizationName(const QString &name);
    void setRefreshProgress(qint64 received, qint64 total);
    void setRefreshed(const QDateTime &refreshedAt);
    void setOffline(const QDateTime &dataTime, const QString &why);
    void setRefreshFailed(const QString &message);
    void updateTabLabels();
    void updateSelectionStatus();
    void updateActions();
    void saveState();

    OrganizationSession *m_session;
    Settings *m_settings;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<UserListTab *> m_listTabs;
    BulkActionRunner *m_actions = nullptr;
    InviteUsersLauncher *m_inviter = nullptr;
    ExportUsersRunner *m_exporter = nullptr;

    QWidget *m_messagePage = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageText = nullptr;
    QPushButton *m_connectButton = nullptr;
    QWidget *m_roleRequiredPage = nullptr;
    QLabel *m_roleRequiredTitle = nullptr;
    QLabel *m_roleRequiredText = nullptr;

    QAction *m_inviteAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_refreshAction = nullptr;

    QString m_serverName;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    bool m_offline = false;
    bool m_refreshing = false;
};
