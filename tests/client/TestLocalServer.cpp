#include "ClientTestHelpers.h"

#include <ApiClient.h>
#include <LocalServer.h>
#include <ServerProcess.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// LocalServer starting and stopping the real testops-users-server on a
/// temporary data folder, as `testops-users --local --data-dir DIR` does.
class TestLocalServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsWithDemoDataAndOwnerToken();
    void keepsDataAcrossRestarts();
    void missingServerBinaryFails();
    void crashAfterReadyIsReported();
    void serverStopsWhenTheAppIsKilled();

private:
    QString m_serverDir;
};

namespace {

int activeCount(ApiClient &api, QObject *context)
{
    auto members = awaitResult<QList<Member>>([&](auto done) {
        api.fetchMembers(LocalServer::OrganizationId, MemberStatus::Active, context, done);
    });
    return members && members->ok() ? int(members->value().size()) : -1;
}

} // namespace

void TestLocalServer::initTestCase()
{
    const QString binary = ServerProcess::binaryPath();
    QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
    m_serverDir = QFileInfo(binary).absolutePath();
}

void TestLocalServer::startsWithDemoDataAndOwnerToken()
{
    QTemporaryDir data;
    LocalServer server;
    server.setServerDir(m_serverDir);
    server.setDataDir(data.filePath(QStringLiteral("nested/dir"))); // created when missing
    QSignalSpy ready(&server, &LocalServer::ready);
    QSignalSpy failed(&server, &LocalServer::failed);
    server.start();
    QVERIFY(ready.wait(30000) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(server.baseUrl().port() > 0);
    QVERIFY(!server.token().isEmpty());
    QVERIFY(QFileInfo::exists(data.filePath(QStringLiteral("nested/dir/local.db"))));

    ApiClient api;
    api.setBaseUrl(server.baseUrl());
    api.setToken(server.token());
    auto me = awaitResult<CurrentUser>([&](auto done) { api.me(this, done); });
    QVERIFY(me && me->ok());
    QCOMPARE(me->value().email, QString::fromLatin1(LocalServer::OwnerEmail));
    QVERIFY(activeCount(api, this) > 100); // the demo organization

    server.stop();
    QVERIFY(!server.isRunning());
    api.setTimeout(2000);
    auto after = awaitResult<QString>([&](auto done) { api.health(this, done); });
    QVERIFY(after && !after->ok());
    QVERIFY(after->error().isOffline());
}

void TestLocalServer::keepsDataAcrossRestarts()
{
    QTemporaryDir data;
    qint64 removedId = 0;
    int before = 0;
    {
        LocalServer server;
        server.setServerDir(m_serverDir);
        server.setDataDir(data.path());
        QSignalSpy ready(&server, &LocalServer::ready);
        server.start();
        QVERIFY(ready.wait(30000));
        ApiClient api;
        api.setBaseUrl(server.baseUrl());
        api.setToken(server.token());
        auto members = awaitResult<QList<Member>>([&](auto done) {
            api.fetchMembers(LocalServer::OrganizationId, MemberStatus::Active, this, done);
        });
        QVERIFY(members && members->ok());
        before = int(members->value().size());
        for (const Member &member : members->value()) {
            if (member.role == Role::Member &&
                member.email != QLatin1String("member@example.com")) {
                removedId = member.userId;
                break;
            }
        }
        QVERIFY(removedId > 0);
        auto removed = awaitResult<BulkResult>([&](auto done) {
            api.removeMembers(LocalServer::OrganizationId, {removedId}, this, done);
        });
        QVERIFY(removed && removed->ok());
        QCOMPARE(removed->value().first().status, ItemStatus::Removed);
    } // destroyed: the server stops

    LocalServer server;
    server.setServerDir(m_serverDir);
    server.setDataDir(data.path());
    QSignalSpy ready(&server, &LocalServer::ready);
    server.start();
    QVERIFY(ready.wait(30000));
    ApiClient api;
    api.setBaseUrl(server.baseUrl());
    api.setToken(server.token());
    // The demo data is not created again; the removal is still there.
    QCOMPARE(activeCount(api, this), before - 1);
}

void TestLocalServer::missingServerBinaryFails()
{
    QTemporaryDir empty;
    LocalServer server;
    server.setServerDir(empty.path());
    server.setDataDir(empty.filePath(QStringLiteral("data")));
    QSignalSpy failed(&server, &LocalServer::failed);
    server.start();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("testops-users-server")));
    QVERIFY(!server.isRunning());
}

void TestLocalServer::crashAfterReadyIsReported()
{
    QTemporaryDir data;
    LocalServer server;
    server.setServerDir(m_serverDir);
    server.setDataDir(data.path());
    QSignalSpy ready(&server, &LocalServer::ready);
    QSignalSpy stopped(&server, &LocalServer::stoppedUnexpectedly);
    server.start();
    QVERIFY(ready.wait(30000));
    QVERIFY(server.processId() > 0);
    QProcess::execute(QStringLiteral("kill"),
                      {QStringLiteral("-KILL"), QString::number(server.processId())});
    QVERIFY(stopped.wait(10000));
    QVERIFY(!stopped.first().first().toString().isEmpty());
    QVERIFY(!server.isRunning());
}

void TestLocalServer::serverStopsWhenTheAppIsKilled()
{
#ifndef Q_OS_LINUX
    QSKIP("The parent-death signal is a Linux feature.");
#else
    QTemporaryDir data;
    QProcess host;
    host.start(QStringLiteral(TESTOPS_LOCAL_SERVER_HOST), {m_serverDir, data.path()});
    QVERIFY(host.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(host.canReadLine(), 30000);
    const QByteArray line = host.readLine().trimmed();
    QVERIFY2(line.startsWith("server "), line.constData());
    const QString serverProc = QStringLiteral("/proc/%1").arg(QString::fromLatin1(line.mid(7)));
    QVERIFY(QFileInfo::exists(serverProc));

    host.kill(); // SIGKILL: no clean-up code runs in the app
    QVERIFY(host.waitForFinished(5000));
    // The kernel sends the server SIGTERM and it exits. Gone, or a zombie
    // where the container's init does not reap orphans: either way not running.
    const auto running = [&serverProc] {
        QFile stat(serverProc + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray fields = stat.readAll();
        const int end = fields.lastIndexOf(')'); // the name may hold spaces
        return end > 0 && fields.mid(end + 2, 1) != "Z";
    };
    QTRY_VERIFY_WITH_TIMEOUT(!running(), 10000);
#endif
}

QTEST_GUILESS_MAIN(TestLocalServer)
#include "TestLocalServer.moc"
