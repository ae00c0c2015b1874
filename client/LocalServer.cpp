#include "LocalServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {

QString serverExecutableName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("testops-users-server.exe");
#else
    return QStringLiteral("testops-users-server");
#endif
}

// Bounded so that a chatty server cannot grow the app's memory.
constexpr int MaxLogChars = 64 * 1024;

} // namespace

LocalServer::LocalServer(QObject *parent) : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &LocalServer::stop);
}

LocalServer::~LocalServer()
{
    stop();
}

void LocalServer::setDataDir(const QString &dir)
{
    m_dataDir = dir;
}

QString LocalServer::dataDir() const
{
    return m_dataDir.isEmpty() ? defaultDataDir() : m_dataDir;
}

QString LocalServer::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void LocalServer::setServerDir(const QString &dir)
{
    m_serverDir = dir;
}

QString LocalServer::serverBinary() const
{
    const QString dir =
        m_serverDir.isEmpty() ? QCoreApplication::applicationDirPath() : m_serverDir;
    return QDir(dir).filePath(serverExecutableName());
}

bool LocalServer::isRunning() const
{
    return m_server && m_server->state() != QProcess::NotRunning;
}

void LocalServer::start()
{
    if (isRunning())
        return;
    m_stopping = false;
    m_ready = false;
    m_baseUrl.clear();
    m_token.clear();
    m_log.clear();
    m_stdoutBuffer.clear();

    // Early failures are reported from the event loop too, so that a caller
    // connecting after start() still hears of them.
    auto failLater = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message] { fail(message); }, Qt::QueuedConnection);
    };
    const QString binary = serverBinary();
    if (!QFileInfo(binary).isExecutable())
        return failLater(tr("The local organization cannot start: the server program %1 was not "
                            "found beside the app. Reinstall TestOps User Management.")
                             .arg(QDir::toNativeSeparators(binary)));
    const QString dir = dataDir();
    if (!QDir().mkpath(dir))
        return failLater(tr("The local organization cannot start: the data folder %1 could not be "
                            "created.")
                             .arg(QDir::toNativeSeparators(dir)));

    m_server = std::make_unique<QProcess>();
    m_server->setProgram(binary);
    // --demo fills an empty database only: the first use gets the demo
    // organization, later runs keep what the user changed.
    m_server->setArguments({QStringLiteral("serve"), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                            QDir(dir).filePath(QStringLiteral("local.db")),
                            QStringLiteral("--demo")});
    connect(m_server.get(), &QProcess::readyReadStandardOutput, this, &LocalServer::onServerOutput);
    connect(m_server.get(), &QProcess::readyReadStandardError, this, [this] {
        m_log += QString::fromUtf8(m_server->readAllStandardError());
        if (m_log.size() > MaxLogChars)
            m_log = m_log.right(MaxLogChars);
    });
    connect(m_server.get(), &QProcess::finished, this, &LocalServer::onServerFinished);
    connect(m_server.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The local organization cannot start: %1").arg(m_server->errorString()));
    });
#ifdef Q_OS_LINUX
    // Should the app die without its clean-up (a crash, SIGKILL), the kernel
    // stops the server too, so that no orphan keeps the port and the database.
    m_server->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_server->start(QIODevice::ReadOnly);
}

void LocalServer::onServerOutput()
{
    // Always read, so that the pipe never fills and blocks the server.
    const QByteArray output = m_server->readAllStandardOutput();
    if (!m_baseUrl.isEmpty())
        return;
    m_stdoutBuffer += output;
    static const QRegularExpression listening(QStringLiteral("Listening on (http://[^\\s]+)"));
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_stdoutBuffer));
    if (!match.hasMatch())
        return;
    m_baseUrl = QUrl(match.captured(1)).adjusted(QUrl::StripTrailingSlash);
    m_stdoutBuffer.clear();
    requestToken();
}

void LocalServer::requestToken()
{
    m_tokenProcess = std::make_unique<QProcess>();
    m_tokenProcess->setProgram(serverBinary());
    m_tokenProcess->setArguments({QStringLiteral("token"), QStringLiteral("create"),
                                  QStringLiteral("--database"),
                                  QDir(dataDir()).filePath(QStringLiteral("local.db")),
                                  QStringLiteral("--email"), QString::fromLatin1(OwnerEmail)});
    QProcess *process = m_tokenProcess.get();
    connect(process, &QProcess::finished, this,
            [this, process](int exitCode, QProcess::ExitStatus status) {
                const QString out = QString::fromUtf8(process->readAllStandardOutput());
                const QString err = QString::fromUtf8(process->readAllStandardError());
                const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                const QString token = lines.isEmpty() ? QString() : lines.last().trimmed();
                if (status != QProcess::NormalExit || exitCode != 0 || token.isEmpty()) {
                    m_log += err;
                    return fail(tr("The local organization started, but no sign-in token could "
                                   "be made for %1: %2")
                                    .arg(QString::fromLatin1(OwnerEmail), err.trimmed()));
                }
                m_token = token;
                m_ready = true;
                emit ready(m_baseUrl, m_token);
            });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("The local organization cannot start: %1").arg(process->errorString()));
    });
    process->start(QIODevice::ReadOnly);
}

void LocalServer::onServerFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    const QString why = status == QProcess::CrashExit
                            ? tr("The local server stopped unexpectedly.")
                            : tr("The local server stopped (exit code %1).").arg(exitCode);
    const QStringList logLines = m_log.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString lastLines = logLines.isEmpty() ? QString() : logLines.last();
    const QString message = lastLines.isEmpty() ? why : why + QLatin1Char(' ') + lastLines;
    if (m_ready) {
        m_ready = false;
        emit stoppedUnexpectedly(message);
    } else {
        fail(message);
    }
}

void LocalServer::fail(const QString &message)
{
    const bool wasStopping = m_stopping;
    stop();
    m_stopping = wasStopping;
    emit failed(message);
}

void LocalServer::stop()
{
    m_stopping = true;
    m_ready = false;
    if (m_tokenProcess && m_tokenProcess->state() != QProcess::NotRunning) {
        m_tokenProcess->disconnect(this);
        m_tokenProcess->kill();
        m_tokenProcess->waitForFinished(1000);
    }
    if (m_server && m_server->state() != QProcess::NotRunning) {
        m_server->disconnect(this);
        m_server->terminate(); // SIGTERM: the server closes its database cleanly
        if (!m_server->waitForFinished(3000)) {
            m_server->kill();
            m_server->waitForFinished(1000);
        }
    }
}
