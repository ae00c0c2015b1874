#pragma once

#include "CommandLine.h"
#include "Settings.h"

#include <ClientError.h>
#include <LocalServer.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class ConnectionDialog;
class MainWindow;
class OrganizationSession;
class TokenStore;
struct ConnectionChoice;

/// The wiring of the app: chooses the connection (command line, the saved
/// one, or the connection dialog), starts the local server for --local,
/// reads and stores the token in the keychain, and opens the session on it;
/// the window shows the session. main() only parses the command line and
/// calls start(); tests drive this class the same way.
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

    /// F5: loads the lists again; for the local organization whose server
    /// stopped, starts it again first.
    void refresh();

    MainWindow *window() const { return m_window.get(); }
    OrganizationSession *session() const { return m_session; }
    LocalServer *localServer() const { return m_localServer; }

signals:
    /// The session's lists were refreshed (OrganizationSession::refreshed).
    void refreshed();
    /// Signing in or a refresh failed (OrganizationSession::connectionFailed).
    void connectionFailed(const ClientError &error);
    /// The user canceled the first connection dialog: nothing to show.
    void quitRequested();

private:
    void startLocal(const QString &dataDir);
    void startServer(const QUrl &serverUrl, qint64 organizationId);
    void openSession(const QUrl &baseUrl, const QString &token, qint64 organizationId,
                     const QString &serverLabel);
    void askConnection(const ConnectionChoice &preset, const QString &message, bool firstRun);
    void acceptChoice(const ConnectionChoice &choice);
    void onSignInFailed(const ClientError &error);
    QString cacheDirectory() const;

    std::unique_ptr<Settings> m_settings;
    OrganizationSession *m_session;
    std::unique_ptr<MainWindow> m_window;
    TokenStore *m_tokenStore = nullptr;
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
};
