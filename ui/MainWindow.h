#pragma once

#include "UserListTab.h"

#include <Role.h>

#include <QDateTime>
#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class Settings;

/// The window: title "TestOps User Management — <organization>", a toolbar
/// (Invite Users, Export Users, Refresh with F5), the three tabs with their
/// counts, and a status bar with the server, the signed-in user and role,
/// the time of the last refresh or the offline state, and the selection of
/// the current tab ("3 selected, 1 hidden by the search").
///
/// Instead of the tabs the window can show a page with a message (while
/// connecting, or when the connection failed) or the page that says User
/// Management needs the Owner or Admin role. The window knows nothing of the
/// network: AppController feeds it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `settings` (not owned, must outlive the window) keeps geometry, window
    /// state and each tab's header state and sort.
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    UserListTab *tab(UserListTab::Kind kind) const;
    UserListTab *currentTab() const;
    QTabWidget *tabWidget() const { return m_tabs; }

    /// The toolbar's Invite Users and Export Users actions: disabled, with a
    /// tooltip, until their dialogs exist (the next issue connects them and
    /// calls setDialogActionsReady()).
    QAction *inviteUsersAction() const { return m_inviteAction; }
    QAction *exportUsersAction() const { return m_exportAction; }
    /// Enables Invite Users and Export Users (Invite Users only while online).
    void setDialogActionsReady(bool ready);
    QAction *refreshAction() const { return m_refreshAction; }

    /// Sets the title to "TestOps User Management — <name>" (just the product
    /// name when `name` is empty).
    void setOrganizationName(const QString &name);
    /// The status bar's connection part: `server` as shown (e.g. "Local
    /// organization" or "testops.example.com"), the user's full name and role.
    void setConnectionInfo(const QString &server, const QString &userName, Role role);
    /// The signed-in user's role and id, for the permission rules of the tabs.
    void setActor(const Actor &actor);

    /// Shows a page with `title` and `text` instead of the tabs (e.g.
    /// "Connecting…", or a connection error with `showConnectButton`).
    void showMessagePage(const QString &title, const QString &text, bool showConnectButton = false);
    /// Shows the page for a user who may not manage users (Member, Billing
    /// Manager): `reason` is Permissions::canManageUsers()'s sentence.
    void showRoleRequiredPage(const QString &userName, Role role, const QString &reason);
    /// Shows the tabs.
    void showLists();
    /// Which page shows: "message", "roleRequired" or "lists".
    QString currentPageName() const;

    /// While refreshing: `received` of `total` records (total 0: unknown).
    void setRefreshProgress(qint64 received, qint64 total);
    /// The refresh ended; `refreshedAt` (UTC) is the time of the data now shown.
    void setRefreshed(const QDateTime &refreshedAt);
    /// Offline: the server cannot be reached; the window shows data from
    /// `dataTime` (UTC; invalid when there is none) and disables every
    /// change. `why` is the client's sentence, shown in the tooltip.
    void setOffline(const QDateTime &dataTime, const QString &why);
    bool isOffline() const { return m_offline; }
    /// The refresh failed for another reason than being offline (e.g. 403):
    /// the data shown stays, the status bar says why.
    void setRefreshFailed(const QString &message);

    /// The status bar texts, for tests and screen readers.
    QString refreshStatusText() const;
    QString selectionStatusText() const;

signals:
    void refreshRequested();
    /// The user asks to choose another server or token.
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createToolBar();
    void createStatusBar();
    QWidget *createMessagePage();
    QWidget *createRoleRequiredPage();
    void updateTabLabels();
    void updateSelectionStatus();
    void updateActions();
    void saveState();

    Settings *m_settings;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    UserListTab *m_activeTab = nullptr;
    UserListTab *m_pendingTab = nullptr;
    UserListTab *m_removedTab = nullptr;

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

    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    bool m_offline = false;
    bool m_refreshing = false;
    bool m_dialogActionsReady = false;
};
