// A locked database as the clients see it (SQLite): while another process
// holds the write lock, a write answers 503 with Retry-After after the busy
// timeout instead of 500, and the health check and reads are served at once
// by the other workers (the old server stalled every client for 35 s). The
// readiness check answers 503 while the database cannot be read. With every
// worker and connection busy, new clients wait without the server spinning.
#include "DemoServer.h"
#include "RawHttpConnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace {

/// Another connection's write transaction on the server's SQLite file
/// (BEGIN IMMEDIATE), held until release() or destruction.
class HeldWriteLock
{
public:
    explicit HeldWriteLock(const QString &path)
        : m_name(QStringLiteral("lock-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~HeldWriteLock() { release(); }
    bool isHeld() const { return m_held; }
    void release()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_held)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_held = false;
    }

private:
    QString m_name;
    bool m_held = false;
};

/// The WAL index's eight lock bytes (offset 120 of the -shm file), taken
/// exclusively as a stuck process would hold them: nobody can read the
/// database until release().
class HeldWalLocks
{
public:
    explicit HeldWalLocks(const QString &databasePath)
    {
        m_fd = ::open(QFile::encodeName(databasePath + QStringLiteral("-shm")).constData(), O_RDWR);
        if (m_fd < 0)
            return;
        struct flock lock = {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = 120;
        lock.l_len = 8;
        m_held = ::fcntl(m_fd, F_SETLK, &lock) == 0;
    }
    ~HeldWalLocks() { release(); }
    bool isHeld() const { return m_held; }
    void release()
    {
        if (m_fd >= 0)
            ::close(m_fd); // drops the process's locks on the file
        m_fd = -1;
        m_held = false;
    }

private:
    int m_fd = -1;
    bool m_held = false;
};

QByteArray request(const QByteArray &method, const QByteArray &target, const QString &token = {},
                   const QByteArray &body = {})
{
    QByteArray text = method + ' ' + target + " HTTP/1.1\r\nHost: test\r\n";
    if (!token.isEmpty())
        text += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    if (!body.isEmpty() || method == "POST")
        text +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return text + "\r\n" + body;
}

QString errorCode(const RawHttpResponse &response)
{
    return QJsonDocument::fromJson(response.body)
        .object()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

} // namespace

class TestDatabaseBusy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void heldWriteLockAnswers503WhileOthersAreServed();
    void readinessFollowsTheDatabase();
    void fullServerMakesClientsWaitWithoutSpinning();

private:
    QByteArray machinesPath() const
    {
        return "/api/v1/organizations/" + QByteArray::number(m_demo.orgId()) + "/machines";
    }

    DemoServer m_demo;
};

void TestDatabaseBusy::initTestCase()
{
    QVERIFY2(m_demo.start({QStringLiteral("--workers"), QStringLiteral("4")}),
             qPrintable(m_demo.errorString()));
}

void TestDatabaseBusy::cleanupTestCase()
{
    m_demo.stop();
}

void TestDatabaseBusy::heldWriteLockAnswers503WhileOthersAreServed()
{
    const QString owner = m_demo.ownerToken();
    HeldWriteLock lock(m_demo.process().databasePath());
    QVERIFY(lock.isHeld());

    RawHttpConnection write;
    QVERIFY(write.connectTo(m_demo.process().baseUrl()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(write.send(request("POST", machinesPath(), owner, R"({"machineId":"busy-1"})")));

    // The write waits for the lock in its worker; the others go on.
    RawHttpConnection health;
    QVERIFY(health.connectTo(m_demo.process().baseUrl()));
    QVERIFY(health.send(request("GET", "/api/v1/health")));
    const auto alive = health.readResponse(2000);
    QVERIFY2(alive, "the health check waited for the database");
    QCOMPARE(alive->status, 200);
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));

    RawHttpConnection read;
    QVERIFY(read.connectTo(m_demo.process().baseUrl()));
    QVERIFY(read.send(request("GET", machinesPath() + "?size=5", owner)));
    const auto listed = read.readResponse(3000);
    QVERIFY2(listed, "a read waited for the write lock");
    QCOMPARE(listed->status, 200);

    const auto refused = write.readResponse(20000);
    QVERIFY2(refused, "no answer to the write");
    QCOMPARE(refused->status, 503); // the old server answered 500
    QCOMPARE(refused->header("Retry-After"), QByteArray("2"));
    QCOMPARE(errorCode(*refused), QStringLiteral("service_unavailable"));
    QVERIFY2(timer.elapsed() >= 4000, "the write did not wait for the busy timeout");

    // Once the lock is gone, the same connection and request succeed.
    lock.release();
    QVERIFY(write.send(request("POST", machinesPath(), owner, R"({"machineId":"busy-1"})")));
    const auto registered = write.readResponse(10000);
    QVERIFY(registered);
    QCOMPARE(registered->status, 201);
}

void TestDatabaseBusy::readinessFollowsTheDatabase()
{
    HttpTestClient &http = m_demo.http();
    const QUrl ready = m_demo.api(QStringLiteral("/health?ready=1"));
    QVERIFY_STATUS(http.get(ready), 200);
    const HttpTestResponse badValue = http.get(m_demo.api(QStringLiteral("/health?ready=maybe")));
    QVERIFY_STATUS(badValue, 400);
    QCOMPARE(badValue.errorCode(), QStringLiteral("invalid_parameter"));

    {
        // A write lock leaves the database readable: still ready.
        HeldWriteLock lock(m_demo.process().databasePath());
        QVERIFY(lock.isHeld());
        QVERIFY_STATUS(http.get(ready), 200);
    }

    HeldWalLocks walLocks(m_demo.process().databasePath());
    QVERIFY(walLocks.isHeld());
    QElapsedTimer timer;
    timer.start();
    QVERIFY_STATUS(http.get(m_demo.api(QStringLiteral("/health"))), 200);
    QVERIFY2(timer.elapsed() < 1000, "liveness waited for the database");
    const HttpTestResponse unready = http.get(ready);
    QVERIFY_STATUS(unready, 503);
    QCOMPARE(unready.header("Retry-After"), QByteArray("2"));
    QCOMPARE(unready.errorCode(), QStringLiteral("service_unavailable"));
    walLocks.release();
    QVERIFY_STATUS(http.get(ready), 200);
}

void TestDatabaseBusy::fullServerMakesClientsWaitWithoutSpinning()
{
    DemoServer small;
    QVERIFY2(small.start({QStringLiteral("--workers"), QStringLiteral("1"),
                          QStringLiteral("--max-connections"), QStringLiteral("2")}),
             qPrintable(small.errorString()));
    const QString owner = small.ownerToken();
    const QByteArray machines =
        "/api/v1/organizations/" + QByteArray::number(small.orgId()) + "/machines";
    HeldWriteLock lock(small.process().databasePath());
    QVERIFY(lock.isHeld());

    // Two writes fill both connections: one waits in the worker, one in the queue.
    RawHttpConnection first;
    RawHttpConnection second;
    QVERIFY(first.connectTo(small.process().baseUrl()));
    QVERIFY(first.send(request("POST", machines, owner, R"({"machineId":"full-1"})")));
    QTest::qWait(200);
    QVERIFY(second.connectTo(small.process().baseUrl()));
    QVERIFY(second.send(request("POST", machines, owner, R"({"machineId":"full-2"})")));
    QTest::qWait(200);

    // A third client waits in the listening socket's backlog; the server
    // does not poll it meanwhile (the old server spun a core at its limit).
    const qint64 cpuBefore = small.process().cpuMilliseconds();
    RawHttpConnection third;
    QVERIFY(third.connectTo(small.process().baseUrl()));
    QVERIFY(third.send(request("GET", "/api/v1/health")));
    QVERIFY2(!third.readResponse(2500), "served beyond the connection cap");
    const qint64 cpuAfter = small.process().cpuMilliseconds();
    if (cpuBefore >= 0 && cpuAfter >= 0)
        QVERIFY2(cpuAfter - cpuBefore < 500,
                 qPrintable(QStringLiteral("the server used %1 ms of CPU while full")
                                .arg(cpuAfter - cpuBefore)));

    // The first write gives up (503); its connection, idle now, makes room.
    const auto firstAnswer = first.readResponse(15000);
    QVERIFY(firstAnswer);
    QCOMPARE(firstAnswer->status, 503);
    const auto thirdAnswer = third.readResponse(5000);
    QVERIFY2(thirdAnswer, "the waiting client was not served when room was made");
    QCOMPARE(thirdAnswer->status, 200);
    const auto secondAnswer = second.readResponse(15000);
    QVERIFY(secondAnswer);
    QCOMPARE(secondAnswer->status, 503);
}

QTEST_GUILESS_MAIN(TestDatabaseBusy)
#include "TestDatabaseBusy.moc"
