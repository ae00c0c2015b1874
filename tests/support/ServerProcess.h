#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

/// The real testops-users-server, started for a test on an ephemeral
/// loopback port with a fresh database in a temporary directory. The binary
/// is taken from the TESTOPS_SERVER_BINARY environment variable (set by ctest).
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess(); ///< stops the server (SIGTERM, then kill after 5 s)

    /// Starts `serve --listen 127.0.0.1:0 --database <tmp>/server.db
    /// --outbox <tmp>/outbox` plus `extraArguments` (e.g. "--demo",
    /// "--invitation-ttl", "2"), and waits up to 20 s for the
    /// "Listening on http://HOST:PORT" line. False, with errorString(), on failure.
    bool start(const QStringList &extraArguments = {});
    /// Runs the server through `command` (its program and arguments come
    /// first), e.g. {"prlimit", "--nofile=256:256"}; the command must exec
    /// the server so that processId() is the server's. Call before start().
    void setLauncher(const QStringList &command) { m_launcher = command; }
    void stop();
    bool isRunning() const;

    /// e.g. http://127.0.0.1:41234 (no trailing slash); empty before start().
    QUrl baseUrl() const;
    /// baseUrl() + "/api/v1" + path.
    QUrl apiUrl(const QString &path) const;

    /// Runs `token create --database <db> --email <email>` and returns the
    /// token from its last line; empty on failure.
    QString createToken(const QString &email) const;

    /// The server's process id; 0 when it is not running.
    qint64 processId() const { return m_process.processId(); }
    /// The server's resident memory in KiB (VmRSS, Linux); -1 when unknown.
    qint64 residentKiB() const;
    /// CPU time the server has used so far (user + system), in milliseconds
    /// (Linux); -1 when unknown.
    qint64 cpuMilliseconds() const;

    QString databasePath() const;
    QString outboxPath() const;
    QString dataDir() const;
    QString errorString() const { return m_error; }
    /// Everything the server wrote to stderr so far.
    QString serverLog();

    static QString binaryPath();

private:
    QTemporaryDir m_dir;
    QStringList m_launcher;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
    QString m_log;
};
