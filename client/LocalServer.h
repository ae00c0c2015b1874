#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

/// The local organization (`testops-users --local [--data-dir DIR]`): runs the
/// bundled `testops-users-server` as a child process on a free loopback port,
/// with its database at `<dataDir>/local.db` (demo organization created by the
/// server on first use only), and takes an Owner token from it
/// (`token create --email owner@example.com`).
///
/// start() returns at once; ready() or failed() follows (within about 20 s).
/// The server is stopped (SIGTERM, wait up to 3 s, then kill) by stop(), by the
/// destructor, and when the application quits.
class LocalServer : public QObject
{
    Q_OBJECT

public:
    /// The demo organization's id (the only organization of a local database).
    static constexpr qint64 OrganizationId = 1;
    static constexpr const char *OwnerEmail = "owner@example.com";

    explicit LocalServer(QObject *parent = nullptr);
    ~LocalServer() override; ///< stops the server

    /// The data folder; default QStandardPaths::AppDataLocation. Created when missing.
    void setDataDir(const QString &dir);
    QString dataDir() const;
    static QString defaultDataDir();

    /// The folder holding `testops-users-server`; default
    /// QCoreApplication::applicationDirPath() (the bundled server sits beside the app).
    void setServerDir(const QString &dir);
    /// The full path of the server executable (`testops-users-server`, `.exe` on Windows).
    QString serverBinary() const;

    /// Starts the server. Calling it while starting or running does nothing.
    void start();
    /// Stops the server (blocking at most ~3 s). Safe to call when not running.
    void stop();
    bool isRunning() const;

    /// e.g. http://127.0.0.1:41234; empty until ready().
    QUrl baseUrl() const { return m_baseUrl; }
    /// An Owner token for the demo organization; empty until ready().
    QString token() const { return m_token; }
    /// The server process's id while it runs; 0 otherwise (for diagnostics and tests).
    qint64 processId() const { return isRunning() ? m_server->processId() : 0; }
    /// What the server wrote to stderr so far (for a "Details" section).
    QString serverLog() const { return m_log; }

signals:
    /// The server listens and the token is known.
    void ready(const QUrl &baseUrl, const QString &token);
    /// Starting failed; `message` is a translated sentence for the user.
    void failed(const QString &message);
    /// The server stopped after ready() without stop() being called (it crashed or was killed).
    void stoppedUnexpectedly(const QString &message);

private:
    void onServerOutput();
    void onServerFinished(int exitCode, QProcess::ExitStatus status);
    void requestToken();
    void fail(const QString &message);

    QString m_dataDir;
    QString m_serverDir;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<QProcess> m_tokenProcess;
    QByteArray m_stdoutBuffer;
    QString m_log;
    QUrl m_baseUrl;
    QString m_token;
    bool m_stopping = false;
    bool m_ready = false;
};
