#include "AppController.h"

#include "BulkActionRunner.h"
#include "ConnectionDialog.h"
#include "InviteUsersLauncher.h"
#include "MainWindow.h"
#include "Settings.h"

#include <ApiClient.h>
#include <LocalCache.h>
#include <LocalServer.h>
#include <Permissions.h>
#include <TokenStore.h>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QStatusBar>

/// One background refresh: the organization and the three lists, fetched at
/// the same time; the window changes only when all have arrived.
struct AppController::PendingRefresh
{
    enum List
    {
        ActiveList,
        RemovedList,
        InvitationList,
        ListCount
    };

    quint64 generation = 0;
    Organization organization;
    QList<Member> active;
    QList<Member> removed;
    QList<Invitation> invitations;
    qint64 received[ListCount] = {};
    qint64 total[ListCount] = {};
    int answers = 0;
    QList<ApiClient::RequestId> requests;
};

AppController::AppController(std::unique_ptr<Settings> settings, QObject *parent)
    : QObject(parent), m_settings(settings ? std::move(settings) : std::make_unique<Settings>()),
      m_window(std::make_unique<MainWindow>(m_settings.get())), m_client(new ApiClient(this)),
      m_tokenStore(new TokenStore(this))
{
    connect(m_window.get(), &MainWindow::refreshRequested, this, &AppController::refresh);
    connect(m_window.get(), &MainWindow::connectRequested, this, [this] {
        ConnectionChoice preset;
        preset.local = m_local;
        preset.serverUrl = m_serverUrl;
        askConnection(preset, {}, false);
    });
    m_actions = new BulkActionRunner(this);
    // Invite Users (toolbar) and Invite Again (Removed Users) open their
    // dialog through the launcher; without it both buttons do nothing.
    new InviteUsersLauncher(this);
}

AppController::~AppController()
{
    m_client->cancelAll();
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
    ++m_generation;
    m_client->cancelAll();
    m_local = true;
    m_serverUrl = {};
    m_serverLabel = tr("Local organization");
    m_organizationId = LocalServer::OrganizationId;
    m_freshDataShown = false;

    if (!m_localServer) {
        m_localServer = new LocalServer(this);
        if (!m_serverDir.isEmpty())
            m_localServer->setServerDir(m_serverDir);
        connect(m_localServer, &LocalServer::ready, this,
                [this](const QUrl &baseUrl, const QString &token) {
                    connectTo(baseUrl, token, LocalServer::OrganizationId,
                              tr("Local organization"));
                });
        connect(m_localServer, &LocalServer::failed, this, [this](const QString &message) {
            m_window->showMessagePage(tr("The local organization could not start"), message, true);
        });
        connect(m_localServer, &LocalServer::stoppedUnexpectedly, this,
                [this](const QString &message) {
                    m_localServerDied = true;
                    m_client->cancelAll();
                    m_refreshing = false;
                    m_pending.reset();
                    m_window->setOffline(m_dataTime, message);
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
    // The cached lists show while the server starts.
    loadCache();
    if (m_localServer->isRunning() && !m_localServer->token().isEmpty())
        connectTo(m_localServer->baseUrl(), m_localServer->token(), LocalServer::OrganizationId,
                  m_serverLabel);
    else
        m_localServer->start();
}

void AppController::startServer(const QUrl &serverUrl, qint64 organizationId)
{
    m_window->showMessagePage(tr("Connecting…"), serverUrl.toDisplayString());
    m_tokenStore->read(
        serverUrl, {}, this, [this, serverUrl, organizationId](const TokenStoreResult &result) {
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
    m_tokenStore->write(choice.serverUrl, {}, choice.token, this,
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
    if (m_local || baseUrl != m_serverUrl)
        m_freshDataShown = false;
    m_local = false;
    m_serverUrl = baseUrl;
    connectTo(baseUrl, token, organizationId, serverLabel);
}

void AppController::connectTo(const QUrl &baseUrl, const QString &token, qint64 organizationId,
                              const QString &serverLabel)
{
    const quint64 generation = ++m_generation;
    m_client->cancelAll();
    m_refreshing = false;
    m_pending.reset();
    m_serverLabel = serverLabel;
    m_organizationId = organizationId;
    m_client->setBaseUrl(baseUrl);
    m_client->setToken(token);
    m_window->setConnectionInfo(serverLabel, {}, Role::Member);
    if (!m_freshDataShown && m_organizationId > 0 && !m_local)
        loadCache();
    if (m_window->currentPageName() == QLatin1String("message"))
        m_window->showMessagePage(tr("Connecting…"), serverLabel);

    m_client->me(this, [this, generation](ApiResult<CurrentUser> result) {
        if (generation != m_generation)
            return;
        if (!result)
            return onSignInFailed(result.error());
        onSignedIn(result.value());
    });
}

void AppController::onSignedIn(const CurrentUser &user)
{
    const OrganizationMembership *chosen = nullptr;
    for (const OrganizationMembership &membership : user.organizations) {
        if (m_organizationId > 0) {
            if (membership.organizationId == m_organizationId)
                chosen = &membership;
        } else if (!chosen || (!Permissions::canManageUsers(chosen->role) &&
                               Permissions::canManageUsers(membership.role))) {
            // Without --org: the first organization the user may manage.
            chosen = &membership;
        }
    }
    if (!chosen) {
        m_window->showMessagePage(
            tr("Not a member of this organization"),
            m_organizationId > 0
                ? tr("%1 is not a member of organization %2.").arg(user.email).arg(m_organizationId)
                : tr("%1 belongs to no organization.").arg(user.email),
            true);
        return;
    }

    m_userId = user.userId;
    const bool sameOrganization = m_organizationId == chosen->organizationId;
    m_organizationId = chosen->organizationId;
    m_window->setOrganizationName(chosen->organizationName);
    m_window->setConnectionInfo(m_serverLabel, user.fullName, chosen->role);
    m_window->setActor({user.userId, chosen->role});

    const Decision manage = Permissions::canManageUsers(chosen->role);
    m_canManage = manage.allowed;
    if (!manage) {
        m_window->showRoleRequiredPage(user.fullName, chosen->role, manage.reason);
        return;
    }
    if (!m_local) {
        SavedConnection saved;
        saved.serverUrl = m_serverUrl;
        saved.organizationId = m_organizationId;
        m_settings->setLastConnection(saved);
    }
    if (!sameOrganization && !m_freshDataShown)
        loadCache();
    // The tabs show at once: the cached lists, or "Loading…" with the
    // progress in the status bar.
    m_window->showLists();
    refresh();
}

void AppController::onSignInFailed(const ClientError &error)
{
    emit connectionFailed(error);
    if (error.isOffline() && m_dataTime.isValid()) {
        m_window->showLists();
        m_window->setOffline(m_dataTime, error.message);
        return;
    }
    if (error.httpStatus == 401 && !m_local) {
        ConnectionChoice preset;
        preset.local = false;
        preset.serverUrl = m_serverUrl;
        m_window->showMessagePage(tr("Sign-in failed"), error.message, true);
        askConnection(preset, error.message, false);
        return;
    }
    if (m_dataTime.isValid() && error.httpStatus != 401 && error.httpStatus != 403) {
        // A server error: the cached lists stay readable, the status bar says why.
        m_window->showLists();
        m_window->setRefreshFailed(error.message);
        return;
    }
    m_window->showMessagePage(error.isOffline() ? tr("The server cannot be reached")
                                                : tr("Sign-in failed"),
                              error.message, true);
}

QString AppController::cacheDirectory() const
{
    if (m_local)
        return QDir(m_localDataDir).filePath(QStringLiteral("cache"));
    if (!m_cacheDir.isEmpty())
        return m_cacheDir;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

void AppController::loadCache()
{
    // The local organization's port changes on every start; its cache is keyed
    // by its data folder instead.
    const QUrl key = m_local ? QUrl::fromLocalFile(m_localDataDir) : m_serverUrl;
    const quint64 generation = m_generation;
    m_cacheLoading = true;
    LocalCache::loadAsync(cacheDirectory(), key, m_organizationId, this,
                          [this, generation](Result<CacheSnapshot, CacheError> result) {
                              m_cacheLoading = false;
                              if (generation != m_generation || m_freshDataShown || !result ||
                                  result.value().isEmpty())
                                  return;
                              applySnapshot(result.value());
                              m_dataTime = result.value().refreshedAt;
                              if (m_refreshing)
                                  m_window->setRefreshProgress(0, 0);
                              if (m_window->currentPageName() == QLatin1String("message"))
                                  m_window->showLists();
                          });
}

void AppController::applySnapshot(const CacheSnapshot &snapshot)
{
    m_organization = snapshot.organization;
    if (!snapshot.organization.name.isEmpty())
        m_window->setOrganizationName(snapshot.organization.name);
    m_window->tab(UserListTab::Kind::Active)->setMembers(snapshot.activeMembers);
    m_window->tab(UserListTab::Kind::Removed)->setMembers(snapshot.removedMembers);
    m_window->tab(UserListTab::Kind::Pending)->setInvitations(snapshot.invitations);
}

void AppController::refresh()
{
    // The bundled server stopped (it crashed or was killed): without this,
    // Refresh asked its dead port forever and the app stayed offline until
    // restarted. Starting it again connects and refreshes (ready()).
    if (m_local && m_localServer && m_localServerDied && !m_localServer->isRunning()) {
        m_localServerDied = false;
        m_localServer->start();
        return;
    }
    if (m_refreshing || !m_client->hasToken() || !m_canManage)
        return;
    m_refreshing = true;
    m_pending = std::make_unique<PendingRefresh>();
    m_pending->generation = m_generation;
    m_window->setRefreshProgress(0, 0);

    const quint64 generation = m_generation;
    auto progressOf = [this, generation](int list) {
        return [this, generation, list](qint64 received, qint64 total) {
            if (generation != m_generation || !m_pending)
                return;
            m_pending->received[list] = received;
            m_pending->total[list] = total;
            qint64 sumReceived = 0;
            qint64 sumTotal = 0;
            for (int i = 0; i < PendingRefresh::ListCount; ++i) {
                sumReceived += m_pending->received[i];
                sumTotal += m_pending->total[i];
            }
            m_window->setRefreshProgress(sumReceived, sumTotal);
        };
    };
    // Each answer lands here; the window changes once, when the last one arrives.
    auto answered = [this, generation](const ClientError &error) -> bool {
        if (generation != m_generation || !m_pending)
            return false;
        if (!error.isNull()) {
            failRefresh(error);
            return false;
        }
        return true;
    };
    auto countAnswer = [this] {
        if (++m_pending->answers == PendingRefresh::ListCount + 1)
            finishRefresh();
    };

    m_pending->requests << m_client->organization(m_organizationId, this,
                                                  [=](ApiResult<Organization> result) {
                                                      if (!answered(result.error()))
                                                          return;
                                                      m_pending->organization = result.takeValue();
                                                      countAnswer();
                                                  });
    m_pending->requests << m_client->fetchMembers(
        m_organizationId, MemberStatus::Active, this,
        [=](ApiResult<QList<Member>> result) {
            if (!answered(result.error()))
                return;
            m_pending->active = result.takeValue();
            countAnswer();
        },
        progressOf(PendingRefresh::ActiveList));
    m_pending->requests << m_client->fetchMembers(
        m_organizationId, MemberStatus::Removed, this,
        [=](ApiResult<QList<Member>> result) {
            if (!answered(result.error()))
                return;
            m_pending->removed = result.takeValue();
            countAnswer();
        },
        progressOf(PendingRefresh::RemovedList));
    m_pending->requests << m_client->fetchInvitations(
        m_organizationId, this,
        [=](ApiResult<QList<Invitation>> result) {
            if (!answered(result.error()))
                return;
            m_pending->invitations = result.takeValue();
            countAnswer();
        },
        progressOf(PendingRefresh::InvitationList));
}

void AppController::finishRefresh()
{
    std::unique_ptr<PendingRefresh> pending = std::move(m_pending);
    m_refreshing = false;

    CacheSnapshot snapshot;
    snapshot.organization = std::move(pending->organization);
    snapshot.activeMembers = std::move(pending->active);
    snapshot.removedMembers = std::move(pending->removed);
    snapshot.invitations = std::move(pending->invitations);
    snapshot.refreshedAt = QDateTime::currentDateTimeUtc();

    applySnapshot(snapshot);
    m_dataTime = snapshot.refreshedAt;
    m_freshDataShown = true;
    m_window->setRefreshed(m_dataTime);
    m_window->showLists();

    const QUrl key = m_local ? QUrl::fromLocalFile(m_localDataDir) : m_serverUrl;
    LocalCache::saveAsync(cacheDirectory(), key, m_organizationId, std::move(snapshot), this,
                          [this](Result<Done, CacheError> result) {
                              if (!result)
                                  m_window->statusBar()->showMessage(result.error().message, 15000);
                          });
    emit refreshed();
}

void AppController::failRefresh(const ClientError &error)
{
    const std::unique_ptr<PendingRefresh> pending = std::move(m_pending);
    m_refreshing = false;
    for (ApiClient::RequestId id : pending->requests)
        m_client->cancel(id);
    emit connectionFailed(error);
    if (error.isOffline()) {
        m_window->setOffline(m_dataTime, error.message);
        if (m_dataTime.isValid())
            m_window->showLists();
        else
            m_window->showMessagePage(tr("The server cannot be reached"), error.message, true);
        return;
    }
    m_window->setRefreshFailed(error.message);
    if (!m_dataTime.isValid())
        m_window->showMessagePage(tr("The lists could not be loaded"), error.message, true);
}
