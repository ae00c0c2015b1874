#include "AppController.h"

#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "Settings.h"

#include <ApiClient.h>
#include <LocalServer.h>
#include <OrganizationSession.h>
#include <TokenStore.h>

#include <QDir>
#include <QStandardPaths>
#include <QStatusBar>

AppController::AppController(std::unique_ptr<Settings> settings, QObject *parent)
    : QObject(parent), m_settings(settings ? std::move(settings) : std::make_unique<Settings>()),
      m_session(new OrganizationSession(this)),
      m_window(std::make_unique<MainWindow>(m_session, m_settings.get())),
      m_tokenStore(new TokenStore(this))
{
    connect(m_window.get(), &MainWindow::refreshRequested, this, &AppController::refresh);
    connect(m_window.get(), &MainWindow::connectRequested, this, [this] {
        ConnectionChoice preset;
        preset.local = m_local;
        preset.serverUrl = m_serverUrl;
        askConnection(preset, {}, false);
    });
    connect(m_session, &OrganizationSession::refreshed, this, &AppController::refreshed);
    connect(m_session, &OrganizationSession::connectionFailed, this,
            &AppController::connectionFailed);
    connect(m_session, &OrganizationSession::signInFailed, this, &AppController::onSignInFailed);
    connect(m_session, &OrganizationSession::signedIn, this, [this] {
        // A server connection that works is the one to open next time.
        if (m_local || !m_session->canManageUsers())
            return;
        SavedConnection saved;
        saved.serverUrl = m_serverUrl;
        saved.organizationId = m_session->organizationId();
        m_settings->setLastConnection(saved);
    });
}

AppController::~AppController()
{
    m_session->client()->cancelAll();
    if (m_localServer)
        m_localServer->stop();
}

void AppController::start(const StartOptions &options)
{
    m_window->show();
    if (options.local)
        return startLocal(options.dataDir);
    const SavedConnection saved = m_settings->lastConnection();
    if (options.serverUrl.isValid()) {
        // The same server again without --org: the organization chosen last time.
        const qint64 organizationId = options.organizationId > 0 ? options.organizationId
                                      : saved.serverUrl == options.serverUrl ? saved.organizationId
                                                                             : 0;
        return startServer(options.serverUrl, organizationId);
    }
    if (saved.local)
        return startLocal(options.dataDir);
    if (saved.isValid())
        return startServer(saved.serverUrl, saved.organizationId);
    askConnection({}, {}, true);
}

void AppController::startLocal(const QString &dataDir)
{
    m_local = true;
    m_serverUrl = {};
    m_window->setServerLabel(tr("Local organization"));

    if (!m_localServer) {
        m_localServer = new LocalServer(this);
        if (!m_serverDir.isEmpty())
            m_localServer->setServerDir(m_serverDir);
        connect(m_localServer, &LocalServer::ready, this,
                [this](const QUrl &baseUrl, const QString &token) {
                    m_session->client()->setBaseUrl(baseUrl);
                    m_session->client()->setToken(token);
                    m_session->signIn();
                });
        connect(m_localServer, &LocalServer::failed, this, [this](const QString &message) {
            m_window->showMessagePage(tr("The local organization could not start"), message, true);
        });
        connect(m_localServer, &LocalServer::stoppedUnexpectedly, this,
                [this](const QString &message) {
                    m_localServerDied = true;
                    m_session->setConnectionLost(message);
                });
    }
    if (!dataDir.isEmpty())
        m_localServer->setDataDir(dataDir);
    m_localDataDir = m_localServer->dataDir();

    SavedConnection saved;
    saved.local = true;
    saved.organizationId = LocalServer::OrganizationId;
    m_settings->setLastConnection(saved);

    m_window->showMessagePage(tr("Starting the local organization…"), {});
    // The cached lists show while the server starts. The port changes on
    // every start, so the cache is keyed by the data folder.
    SessionOptions options;
    options.organizationId = LocalServer::OrganizationId;
    options.cacheDirectory = cacheDirectory();
    options.cacheKey = QUrl::fromLocalFile(m_localDataDir);
    m_session->open(options);
    if (m_localServer->isRunning() && !m_localServer->token().isEmpty()) {
        m_session->client()->setBaseUrl(m_localServer->baseUrl());
        m_session->client()->setToken(m_localServer->token());
        m_session->signIn();
    } else {
        m_localServer->start();
    }
}

void AppController::startServer(const QUrl &serverUrl, qint64 organizationId)
{
    m_window->showMessagePage(tr("Connecting…"), serverUrl.toDisplayString());
    m_tokenStore->read(
        serverUrl, this, [this, serverUrl, organizationId](const TokenStoreResult &result) {
            if (result.ok()) {
                connectWithToken(serverUrl, result.token, organizationId,
                                 serverUrl.toDisplayString(QUrl::RemoveUserInfo));
                return;
            }
            ConnectionChoice preset;
            preset.local = false;
            preset.serverUrl = serverUrl;
            const QString message =
                result.status == TokenStoreResult::Status::NotFound
                    ? tr("Enter the API token for %1.").arg(serverUrl.toDisplayString())
                    : result.message;
            askConnection(preset, message, false);
        });
}

void AppController::askConnection(const ConnectionChoice &preset, const QString &message,
                                  bool firstRun)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new ConnectionDialog(m_window.get());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setChoice(preset, message);
    connect(m_dialog, &QDialog::accepted, this, [this] { acceptChoice(m_dialog->choice()); });
    connect(m_dialog, &QDialog::rejected, this, [this, firstRun] {
        if (firstRun)
            emit quitRequested();
    });
    if (firstRun)
        m_window->showMessagePage(tr("Not connected"),
                                  tr("Choose the local organization or a server."), true);
    m_dialog->open();
}

void AppController::acceptChoice(const ConnectionChoice &choice)
{
    if (choice.local)
        return startLocal({});

    SavedConnection saved;
    saved.serverUrl = choice.serverUrl;
    m_settings->setLastConnection(saved);
    const QString label = choice.serverUrl.toDisplayString(QUrl::RemoveUserInfo);
    connectWithToken(choice.serverUrl, choice.token, 0, label);
    m_tokenStore->write(choice.serverUrl, choice.token, this,
                        [this](const TokenStoreResult &result) {
                            // Without a keychain the token lives only in memory:
                            // say so, and ask again next time.
                            if (!result.ok())
                                m_window->statusBar()->showMessage(result.message, 15000);
                        });
}

void AppController::connectWithToken(const QUrl &baseUrl, const QString &token,
                                     qint64 organizationId, const QString &serverLabel)
{
    m_local = false;
    m_serverUrl = baseUrl;
    m_window->setServerLabel(serverLabel);
    m_session->client()->setBaseUrl(baseUrl);
    m_session->client()->setToken(token);
    SessionOptions options;
    options.organizationId = organizationId;
    options.cacheDirectory = cacheDirectory();
    options.cacheKey = baseUrl;
    m_session->open(options);
    m_session->signIn();
}

void AppController::onSignInFailed(const ClientError &error)
{
    // A token the server does not know: ask for another (the window says why).
    if (error.httpStatus == 401 && !m_local) {
        ConnectionChoice preset;
        preset.local = false;
        preset.serverUrl = m_serverUrl;
        askConnection(preset, error.message, false);
    }
}

QString AppController::cacheDirectory() const
{
    if (m_local)
        return QDir(m_localDataDir).filePath(QStringLiteral("cache"));
    if (!m_cacheDir.isEmpty())
        return m_cacheDir;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

void AppController::refresh()
{
    // The bundled server stopped (it crashed or was killed): without this,
    // Refresh asked its dead port forever and the app stayed offline until
    // restarted. Starting it again signs in and refreshes (ready()).
    if (m_local && m_localServer && m_localServerDied && !m_localServer->isRunning()) {
        m_localServerDied = false;
        m_localServer->start();
        return;
    }
    m_session->refresh();
}
