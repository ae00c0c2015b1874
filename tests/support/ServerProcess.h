#pragma once

#include <QProcess>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

/// The real testops-users-server, started for a test on an ephemeral
/// loopback port with a fresh database. The binary is taken from the
/// TESTOPS_SERVER_BINARY environment variable (set by ctest).
///
/// The engine comes from the environment too: TESTOPS_TEST_ENGINE=postgresql
/// (ctest's `*_postgresql` variants) gives each ServerProcess a new database
/// in the cluster named by TESTOPS_TEST_POSTGRESQL_URL (or the file named by
/// TESTOPS_TEST_POSTGRESQL_URL_FILE), dropped again by the destructor;
/// otherwise an SQLite file in the temporary directory.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess(); ///< stops the server (SIGTERM, then kill after 5 s); drops its database

    /// Starts `serve --listen 127.0.0.1:0 --database <database()>
    /// --outbox <tmp>/outbox --secret-file <tmp>/server.db.secret` plus
    /// `extraArguments` (e.g. "--demo", "--invitation-ttl", "2"), and waits up
    /// to 20 s for the "Listening on http://HOST:PORT" line. False, with
    /// errorString(), on failure. The database stays the same across
    /// stop() and start().
    bool start(const QStringList &extraArguments = {});
    /// Runs the server through `command` (its program and arguments come
    /// first), e.g. {"prlimit", "--nofile=256:256"}; the command must exec
    /// the server so that processId() is the server's. Call before start().
    void setLauncher(const QStringList &command) { m_launcher = command; }
    void stop();
    /// SIGKILL: the server dies at once, as in a crash.
    void kill();
    bool isRunning() const;

    /// Whether the tests run against PostgreSQL (TESTOPS_TEST_ENGINE).
    static bool usesPostgreSql();
    /// Serves the database of `first` (PostgreSQL; started first), which
    /// keeps owning it: several servers on one database. Pass
    /// `--secret-file first.secretPath()` to start() too.
    void shareDatabaseOf(ServerProcess &first) { useDatabase(first.database()); }
    /// Serves the database at `databaseArgument` (a path or URL) that
    /// someone else owns; it is not dropped afterwards.
    void useDatabase(const QString &databaseArgument) { m_sharedDatabase = databaseArgument; }
    /// An SQLite file in the temporary directory whatever TESTOPS_TEST_ENGINE
    /// says (the source of a copy to PostgreSQL).
    void useSqlite() { m_forceSqlite = true; }
    /// The `--database` argument: the SQLite file, or the postgresql:// URL of
    /// this server's own database. Empty when a PostgreSQL database could
    /// not be created (errorString()).
    QString database();
    /// Another process's connection on the same database (QSQLITE or QPSQL),
    /// added under `connectionName` and opened; for tests that play a second
    /// server or inspect what the server stored. Remove it with
    /// QSqlDatabase::removeDatabase() when done.
    QSqlDatabase openDirect(const QString &connectionName);
    /// What openDirect() runs to start a write transaction as a server of
    /// ours would, holding organization `organizationId`'s write lock:
    /// BEGIN IMMEDIATE (SQLite), or BEGIN and the organization's row FOR
    /// UPDATE (PostgreSQL).
    static QStringList beginWriteAsServer(qint64 organizationId);

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

    /// The SQLite file (meaningful on SQLite only).
    QString databasePath() const;
    QString secretPath() const;
    QString outboxPath() const;
    QString dataDir() const;
    QString errorString() const { return m_error; }
    /// Everything the server wrote to stderr so far.
    QString serverLog();

    static QString binaryPath();

private:
    QTemporaryDir m_dir;
    QStringList m_launcher;
    QString m_postgreSqlDatabase; ///< the database created for this server, when on PostgreSQL
    QString m_sharedDatabase;     ///< another server's database (shareDatabaseOf)
    bool m_forceSqlite = false;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
    QString m_log;
};
