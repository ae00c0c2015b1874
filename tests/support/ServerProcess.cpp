#include "ServerProcess.h"

#include "PostgreSqlTestCluster.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

constexpr int StartTimeoutMs = 20000;
constexpr int StopTimeoutMs = 5000;
constexpr int TokenTimeoutMs = 15000;

} // namespace

ServerProcess::ServerProcess()
{
    // stdout carries the "Listening on" line; stderr is the log, kept apart
    // so that a chatty log never hides the address.
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ServerProcess::~ServerProcess()
{
    stop();
    if (!m_postgreSqlDatabase.isEmpty()) {
        QString error;
        PostgreSqlTestCluster::dropDatabase(m_postgreSqlDatabase, &error);
    }
}

bool ServerProcess::usesPostgreSql()
{
    return qEnvironmentVariable("TESTOPS_TEST_ENGINE") == QLatin1String("postgresql");
}

QString ServerProcess::database()
{
    if (!m_sharedDatabase.isEmpty())
        return m_sharedDatabase;
    if (!usesPostgreSql() || m_forceSqlite)
        return databasePath();
    if (m_postgreSqlDatabase.isEmpty()) {
        QString error;
        m_postgreSqlDatabase = PostgreSqlTestCluster::createDatabase(&error);
        if (m_postgreSqlDatabase.isEmpty()) {
            m_error = error;
            return {};
        }
    }
    return PostgreSqlTestCluster::databaseUrl(m_postgreSqlDatabase);
}

QSqlDatabase ServerProcess::openDirect(const QString &connectionName)
{
    if (usesPostgreSql() && !m_forceSqlite && m_sharedDatabase.isEmpty()) {
        QSqlDatabase db = PostgreSqlTestCluster::connection(connectionName, m_postgreSqlDatabase);
        db.open();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(databasePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    db.open();
    return db;
}

QStringList ServerProcess::beginWriteAsServer(qint64 organizationId)
{
    if (!usesPostgreSql())
        return {QStringLiteral("BEGIN IMMEDIATE")};
    return {
        QStringLiteral("BEGIN"),
        QStringLiteral("SELECT 1 FROM organizations WHERE id = %1 FOR UPDATE").arg(organizationId)};
}

QString ServerProcess::binaryPath()
{
    const QString fromEnvironment =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("TESTOPS_SERVER_BINARY"));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Tests and executables share the build's bin/ folder; this lets a test be
    // run by hand without ctest's environment.
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("testops-users-server"));
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    m_error.clear();
    m_baseUrl.clear();
    if (!m_dir.isValid()) {
        m_error =
            QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    const QString binary = binaryPath();
    if (!QFileInfo(binary).isExecutable()) {
        m_error = QStringLiteral("server binary not found or not executable: %1").arg(binary);
        return false;
    }
    QDir().mkpath(outboxPath());
    const QString databaseArgument = database();
    if (databaseArgument.isEmpty())
        return false;

    QStringList arguments{QStringLiteral("serve"),
                          QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--database"),
                          databaseArgument,
                          QStringLiteral("--outbox"),
                          outboxPath()};
    if (!extraArguments.contains(QStringLiteral("--secret-file")))
        arguments += {QStringLiteral("--secret-file"), secretPath()};
    arguments += extraArguments;
    m_process.setWorkingDirectory(dataDir());
    if (m_launcher.isEmpty())
        m_process.start(binary, arguments);
    else
        m_process.start(m_launcher.first(), m_launcher.mid(1) + QStringList{binary} + arguments);
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary, m_process.errorString());
        return false;
    }

    static const QRegularExpression listening(QStringLiteral("^Listening on (http://\\S+)"));
    QByteArray pending;
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("the server exited before listening (exit code %1): %2")
                          .arg(m_process.exitCode())
                          .arg(serverLog());
            return false;
        }
        if (!m_process.canReadLine())
            m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)));
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const QRegularExpressionMatch match = listening.match(line);
            if (match.hasMatch()) {
                QString address = match.captured(1);
                while (address.endsWith(QLatin1Char('/')))
                    address.chop(1);
                m_baseUrl = QUrl(address);
                return true;
            }
            // The contract says the address is the first line; anything else
            // first is a failure to report, not to skip silently.
            m_error = QStringLiteral("unexpected first stdout line: %1").arg(line);
            stop();
            return false;
        }
    }
    m_error = QStringLiteral("no \"Listening on\" line within %1 ms; log: %2")
                  .arg(StartTimeoutMs)
                  .arg(serverLog());
    stop();
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: the server stops cleanly
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
    serverLog(); // keep what it wrote last
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(StopTimeoutMs);
    serverLog();
}

bool ServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl ServerProcess::baseUrl() const
{
    return m_baseUrl;
}

QUrl ServerProcess::apiUrl(const QString &path) const
{
    // The path may carry a query ("/members?q=a%2Bb"); it is kept as written
    // (already percent-encoded by the caller where needed).
    return QUrl(m_baseUrl.toString() + QStringLiteral("/api/v1") + path, QUrl::StrictMode);
}

QString ServerProcess::createToken(const QString &email) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const QString databaseArgument = !m_sharedDatabase.isEmpty() ? m_sharedDatabase
                                     : usesPostgreSql() && !m_forceSqlite
                                         ? PostgreSqlTestCluster::databaseUrl(m_postgreSqlDatabase)
                                         : databasePath();
    process.start(binaryPath(),
                  {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--database"),
                   databaseArgument, QStringLiteral("--email"), email});
    if (!process.waitForFinished(TokenTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        return {};
    }
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

QString ServerProcess::databasePath() const
{
    return m_dir.filePath(QStringLiteral("server.db"));
}

QString ServerProcess::secretPath() const
{
    return m_dir.filePath(QStringLiteral("server.db.secret"));
}

QString ServerProcess::outboxPath() const
{
    return m_dir.filePath(QStringLiteral("outbox"));
}

QString ServerProcess::dataDir() const
{
    return m_dir.path();
}

QString ServerProcess::serverLog()
{
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}

qint64 ServerProcess::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(processId()));
    if (processId() <= 0 || !status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 ServerProcess::cpuMilliseconds() const
{
#ifdef Q_OS_UNIX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(processId()));
    if (processId() <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields 14 and 15 (utime, stime), counted after the command name, which
    // is in parentheses and may hold spaces.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (fields.size() < 13 || ticksPerSecond <= 0)
        return -1;
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / ticksPerSecond;
#else
    return -1;
#endif
}
