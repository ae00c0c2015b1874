#pragma once

#include "CommandLine.h"
#include "Settings.h"

#include <ApiResult.h>
#include <Invitation.h>
#include <LocalServer.h>
#include <Member.h>
#include <Organization.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class ApiClient;
class BulkActionRunner;
class ConnectionDialog;
class MainWindow;
class TokenStore;
struct CacheSnapshot;
struct ConnectionChoice;

/// The wiring of the app: chooses the connection (command line, the saved
/// one, or the connection dialog), starts the local server for --local,
/// reads and stores the token in the keychain, opens the window at once with
/// the cached lists, refreshes them in the background, and switches to the
/// offline state when the server cannot be reached. main() only parses the
/// command line and calls start(); tests drive this class the same way.
class AppController : public QObject
{
    Q_OBJECT

public:
    /// `settings` may be null: then the platform's settings are used.
    explicit AppController(std::unique_ptr<Settings> settings = {}, QObject *parent = nullptr);
    ~AppController() override; ///< stops the local server, if one was started

    /// The folder holding testops-users-server (default: beside the app).
    void setServerDir(const QString &dir) { m_serverDir = dir; }
    /// The folder for the local caches of server connections (default:
    /// QStandardPaths::CacheLocation). The local organization keeps its
    /// cache in its data folder instead.
    void setCacheDir(const QString &dir) { m_cacheDir = dir; }

    /// Shows the window and connects as `options` say; without options, to
    /// the saved connection; without one, through the connection dialog.
    void start(const StartOptions &options);

    /// Connects to `baseUrl` with `token` (not stored), organization
    /// `organizationId` (0: the first the user may manage). `serverLabel` is
    /// what the status bar shows for the server.
    void connectWithToken(const QUrl &baseUrl, const QString &token, qint64 organizationId,
                          const QString &serverLabel);

    /// Loads the lists again in the background (F5); ignored while one runs.
    void refresh();

    MainWindow *window() const { return m_window.get(); }
    LocalServer *localServer() const { return m_localServer; }
    ApiClient *client() const { return m_client; }
    bool isRefreshing() const { return m_refreshing; }
    qint64 organizationId() const { return m_organizationId; }
    /// The organization shown (name and license pools), as last loaded.
    const Organization &organization() const { return m_organization; }
    /// Revoke, Resend, Copy Activation Link, Remove Users, Change Role and
    /// Export Users: the tabs' actions and the toolbar's export.
    BulkActionRunner *actions() const { return m_actions; }

signals:
    /// A refresh finished with fresh lists in the window.
    void refreshed();
    /// A refresh or the sign-in failed; `error` says why (offline or not).
    void connectionFailed(const ClientError &error);
    /// The user canceled the first connection dialog: nothing to show.
    void quitRequested();

private:
    struct PendingRefresh;

    void startLocal(const QString &dataDir);
    void startServer(const QUrl &serverUrl, qint64 organizationId);
    void connectTo(const QUrl &baseUrl, const QString &token, qint64 organizationId,
                   const QString &serverLabel);
    void askConnection(const ConnectionChoice &preset, const QString &message, bool firstRun);
    void acceptChoice(const ConnectionChoice &choice);
    void onSignedIn(const CurrentUser &user);
    void onSignInFailed(const ClientError &error);
    void loadCache();
    void applySnapshot(const CacheSnapshot &snapshot);
    void finishRefresh();
    void failRefresh(const ClientError &error);
    QString cacheDirectory() const;

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ApiClient *m_client = nullptr;
    TokenStore *m_tokenStore = nullptr;
    BulkActionRunner *m_actions = nullptr;
    QPointer<LocalServer> m_localServer;
    QPointer<ConnectionDialog> m_dialog;
    QString m_serverDir;
    QString m_cacheDir;

    // The connection in use.
    bool m_local = false;
    /// The local server stopped without stop() (crash, kill): Refresh starts it again.
    bool m_localServerDied = false;
    QString m_localDataDir;
    QUrl m_serverUrl;
    QString m_serverLabel;
    qint64 m_organizationId = 0;
    qint64 m_userId = 0;
    bool m_canManage = false;

    // What the window shows.
    Organization m_organization;
    QDateTime m_dataTime; ///< when the lists shown were fetched (UTC); invalid: none
    bool m_freshDataShown = false;
    bool m_cacheLoading = false;

    bool m_refreshing = false;
    std::unique_ptr<PendingRefresh> m_pending;
    quint64 m_generation = 0; ///< a new connection makes older answers stale
};
