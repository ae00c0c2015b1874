// The testops-users-server command line as an admin who self-hosts it meets
// it: --help documents every option, SIGINT and SIGTERM stop it cleanly with
// the data kept, and wrong invocations fail with a message and a non-zero
// exit code instead of running half-configured.
#include "DemoServer.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

// Runs the server binary to completion (bounded to `timeoutMs`).
Run runServer(const QStringList &arguments, int timeoutMs = 15000)
{
    QProcess process;
    process.start(ServerProcess::binaryPath(), arguments);
    Run run;
    run.finished = process.waitForStarted(10000) && process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestServerCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void helpDocumentsEveryOption();
    void signalStopsCleanlyAndKeepsData_data();
    void signalStopsCleanlyAndKeepsData();
    void wrongInvocationsFail_data();
    void wrongInvocationsFail();
    void busyPortIsAnError();
    void databaseUrlWithPasswordIsRefused_data();
    void databaseUrlWithPasswordIsRefused();
    void secondServerOnOneSqliteFileIsRefused();
    void unknownUserGetsNoToken();
    void demoMembersSetsTheOrganizationSize();
    void secretFileOpenToOthersIsRefused();
};

void TestServerCommandLine::helpDocumentsEveryOption()
{
    const Run run = runServer({QStringLiteral("--help")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    const QString help = run.out + run.err;
    for (const char *option :
         {"serve", "token create", "--listen", "--database", "--demo", "--demo-members",
          "--invitation-ttl", "--outbox", "--public-url", "--rate-limit", "--idle-timeout",
          "--max-connections", "--secret-file", "--allow-readable-secret", "--email",
          "Listening on"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
}

void TestServerCommandLine::signalStopsCleanlyAndKeepsData_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestServerCommandLine::signalStopsCleanlyAndKeepsData()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("signal.db"));
    QProcess server;
    server.start(ServerProcess::binaryPath(),
                 {QStringLiteral("serve"), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database,
                  QStringLiteral("--demo")});
    QVERIFY(server.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 20000);
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("Listening on http://127.0.0.1:")), qPrintable(line));
    const QUrl base(line.mid(int(qstrlen("Listening on "))));

    // Something to keep: a new invitation.
    QProcess token;
    token.start(ServerProcess::binaryPath(),
                {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--database"),
                 database, QStringLiteral("--email"), DemoServer::OwnerEmail});
    QVERIFY(token.waitForFinished(15000));
    const QString owner =
        QString::fromUtf8(token.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).last();
    HttpTestClient http;
    const HttpTestResponse invited =
        http.postJson(QUrl(base.toString() + QStringLiteral("/api/v1/organizations/1/invitations")),
                      {{QStringLiteral("emails"), QJsonArray{QStringLiteral("kept@example.net")}},
                       {QStringLiteral("role"), QStringLiteral("MEMBER")}},
                      owner);
    QVERIFY_STATUS(invited, 200);

    QVERIFY(::kill(pid_t(server.processId()), signalNumber) == 0);
    QVERIFY2(server.waitForFinished(10000), "the server did not stop within 10 s");
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);

    // Restarted on the same database, the data and the token are there.
    QProcess restarted;
    restarted.start(ServerProcess::binaryPath(),
                    {QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database});
    QVERIFY(restarted.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(restarted.canReadLine(), 20000);
    const QString secondLine = QString::fromUtf8(restarted.readLine()).trimmed();
    const QString secondBase = secondLine.mid(int(qstrlen("Listening on ")));
    const HttpTestResponse kept =
        http.get(QUrl(secondBase +
                      QStringLiteral("/api/v1/organizations/1/invitations?q=kept%40example.net")),
                 owner);
    restarted.terminate();
    if (!restarted.waitForFinished(10000))
        restarted.kill();
    QVERIFY_STATUS(kept, 200);
    QCOMPARE(kept.total(), qint64(1));
}

void TestServerCommandLine::wrongInvocationsFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString db = QStringLiteral("%DB%");
    QTest::newRow("no command") << QStringList{} << QString();
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("launch")} << QStringLiteral("launch");
    QTest::newRow("serve without database")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0")}
        << QStringLiteral("--database");
    QTest::newRow("listen without port")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("--database"), db}
        << QStringLiteral("listen");
    QTest::newRow("ttl not a number") << QStringList{QStringLiteral("serve"),
                                                     QStringLiteral("--listen"),
                                                     QStringLiteral("127.0.0.1:0"),
                                                     QStringLiteral("--database"),
                                                     db,
                                                     QStringLiteral("--invitation-ttl"),
                                                     QStringLiteral("soon")}
                                      << QStringLiteral("invitation-ttl");
    QTest::newRow("ttl zero") << QStringList{QStringLiteral("serve"),
                                             QStringLiteral("--listen"),
                                             QStringLiteral("127.0.0.1:0"),
                                             QStringLiteral("--database"),
                                             db,
                                             QStringLiteral("--invitation-ttl"),
                                             QStringLiteral("0")}
                              << QStringLiteral("invitation-ttl");
    QTest::newRow("negative rate limit") << QStringList{QStringLiteral("serve"),
                                                        QStringLiteral("--listen"),
                                                        QStringLiteral("127.0.0.1:0"),
                                                        QStringLiteral("--database"),
                                                        db,
                                                        QStringLiteral("--rate-limit"),
                                                        QStringLiteral("-1")}
                                         << QStringLiteral("rate-limit");
    for (const QString &option :
         {QStringLiteral("--idle-timeout"), QStringLiteral("--max-connections")}) {
        for (const QString &value : {QStringLiteral("0"), QStringLiteral("many")}) {
            QTest::addRow("%s %s", qPrintable(option), qPrintable(value))
                << QStringList{QStringLiteral("serve"),
                               QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--database"),
                               db,
                               option,
                               value}
                << option;
        }
    }
    QTest::newRow("public url not a URL") << QStringList{QStringLiteral("serve"),
                                                         QStringLiteral("--listen"),
                                                         QStringLiteral("127.0.0.1:0"),
                                                         QStringLiteral("--database"),
                                                         db,
                                                         QStringLiteral("--public-url"),
                                                         QStringLiteral("not a url")}
                                          << QStringLiteral("public-url");
    QTest::newRow("token without email")
        << QStringList{QStringLiteral("token"), QStringLiteral("create"),
                       QStringLiteral("--database"), db}
        << QStringLiteral("--email");
}

void TestServerCommandLine::wrongInvocationsFail()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    arguments.replaceInStrings(QStringLiteral("%DB%"), dir.filePath(QStringLiteral("cli.db")));
    const Run run = runServer(arguments, 5000);
    QVERIFY2(run.finished, "it must fail at once, not start serving");
    QVERIFY2(run.exitCode != 0, qPrintable(run.out + run.err));
    QVERIFY2(!run.out.startsWith(QLatin1String("Listening on")), qPrintable(run.out));
    // Usage may go to stdout (as for --help) or stderr; it must be there.
    const QString message = run.out + run.err;
    QVERIFY2(!message.trimmed().isEmpty(), "a message says why");
    if (!mentions.isEmpty())
        QVERIFY2(message.contains(mentions), qPrintable(message));
}

void TestServerCommandLine::databaseUrlWithPasswordIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QStringList urls{QStringLiteral("postgresql://app:secret@127.0.0.1:5432/testops"),
                           QStringLiteral("postgresql://app:@127.0.0.1/testops"),
                           QStringLiteral("postgres://127.0.0.1/testops?password=secret")};
    for (const QString &url : urls) {
        QTest::newRow(qPrintable(QStringLiteral("serve ") + url))
            << QStringList{QStringLiteral("serve"),
                           QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--database"),
                           url,
                           QStringLiteral("--secret-file"),
                           QStringLiteral("s.secret"),
                           QStringLiteral("--outbox"),
                           QStringLiteral("outbox")};
        QTest::newRow(qPrintable(QStringLiteral("token ") + url)) << QStringList{
            QStringLiteral("token"),   QStringLiteral("create"), QStringLiteral("--database"), url,
            QStringLiteral("--email"), DemoServer::OwnerEmail};
    }
}

void TestServerCommandLine::databaseUrlWithPasswordIsRefused()
{
    // Exit code 2 before any connection: the password would show in `ps`.
    QFETCH(QStringList, arguments);
    const Run run = runServer(arguments, 5000);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("TESTOPS_DATABASE_PASSWORD")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("secret@")));
}

void TestServerCommandLine::secondServerOnOneSqliteFileIsRefused()
{
    // Each server's mail worker would send every queued email again.
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("one.db"));
    QProcess first;
    first.start(ServerProcess::binaryPath(),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--database"), database});
    QVERIFY(first.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(first.canReadLine() || first.state() != QProcess::Running, 15000);
    QVERIFY(first.readLine().startsWith("Listening on"));
    const Run second =
        runServer({QStringLiteral("serve"), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database});
    QVERIFY(second.finished);
    QCOMPARE(second.exitCode, 1);
    QVERIFY(!second.out.startsWith(QLatin1String("Listening on")));
    QVERIFY2(second.err.contains(QStringLiteral("process %1").arg(first.processId())),
             qPrintable(second.err));
    QVERIFY2(second.err.contains(QLatin1String("PostgreSQL")), qPrintable(second.err));

    // Once the first is gone, even killed, the file is free again.
    first.kill();
    QVERIFY(first.waitForFinished(5000));
    QProcess third;
    third.start(ServerProcess::binaryPath(),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--database"), database});
    QVERIFY(third.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(third.canReadLine() || third.state() != QProcess::Running, 15000);
    QVERIFY2(third.readLine().startsWith("Listening on"), third.readAllStandardError().constData());
    third.terminate();
    QVERIFY(third.waitForFinished(5000));
}

void TestServerCommandLine::busyPortIsAnError()
{
    ServerProcess first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    QTemporaryDir dir;
    const QString taken = QStringLiteral("127.0.0.1:%1").arg(first.baseUrl().port());
    const Run run =
        runServer({QStringLiteral("serve"), QStringLiteral("--listen"), taken,
                   QStringLiteral("--database"), dir.filePath(QStringLiteral("busy.db"))});
    QVERIFY2(run.finished, "a second server on a busy port must exit");
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.out.startsWith(QLatin1String("Listening on")));
    QVERIFY(!run.err.trimmed().isEmpty());
}

void TestServerCommandLine::unknownUserGetsNoToken()
{
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.errorString()));
    const Run run = runServer({QStringLiteral("token"), QStringLiteral("create"),
                               QStringLiteral("--database"), server.database(),
                               QStringLiteral("--email"), QStringLiteral("nobody@example.com")});
    QVERIFY(run.finished);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.trimmed().isEmpty());
    QVERIFY2(run.err.contains(QLatin1String("nobody@example.com")), qPrintable(run.err));
    QVERIFY(server.createToken(QStringLiteral("nobody@example.com")).isEmpty());
}

void TestServerCommandLine::demoMembersSetsTheOrganizationSize()
{
    DemoServer demo;
    QVERIFY2(demo.start({QStringLiteral("--demo-members"), QStringLiteral("40")}),
             qPrintable(demo.errorString()));
    QCOMPARE(demo.total(QStringLiteral("/members")), qint64(40));
    QCOMPARE(demo.total(QStringLiteral("/members?role=OWNER")), qint64(1));
    QVERIFY(!demo.member(DemoServer::MemberEmail).isEmpty());
}

void TestServerCommandLine::secretFileOpenToOthersIsRefused()
{
    // As ssh refuses a private key that others can read: whoever reads the
    // secret can forge activation links.
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.stop();
    const QString secret = server.secretPath();
    const QFile::Permissions own = QFile::ReadOwner | QFile::WriteOwner;
    QCOMPARE(QFile::permissions(secret) & ~(own | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    QVERIFY(!server.serverLog().contains(QLatin1String("warning")));

    QVERIFY(QFile::setPermissions(secret, own | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(!server.start());
    QVERIFY2(server.errorString().contains(QLatin1String("exit code 1")),
             qPrintable(server.errorString()));
    QVERIFY2(server.errorString().contains(QStringLiteral("chmod 600 %1").arg(secret)),
             qPrintable(server.errorString()));
    QVERIFY(server.errorString().contains(QLatin1String("mode 0644")));
    QVERIFY(server.errorString().contains(QLatin1String("--allow-readable-secret")));

    // Writable by the group is as bad: the key could be replaced.
    QVERIFY(QFile::setPermissions(secret, own | QFile::WriteGroup));
    QVERIFY(!server.start());

    // The operator who means it starts anyway, with a warning.
    QVERIFY(QFile::setPermissions(secret, own | QFile::ReadGroup));
    qsizetype logged = server.serverLog().size();
    QVERIFY2(server.start({QStringLiteral("--allow-readable-secret")}),
             qPrintable(server.errorString()));
    QTRY_VERIFY(
        server.serverLog().mid(logged).contains(QLatin1String("warning: the server secret")));
    QVERIFY(server.serverLog().mid(logged).contains(QLatin1String("mode 0640")));
    server.stop();

    // Private again: no word about it.
    QVERIFY(QFile::setPermissions(secret, own));
    logged = server.serverLog().size();
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.stop();
    QVERIFY(!server.serverLog().mid(logged).contains(QLatin1String("warning")));
}

QTEST_GUILESS_MAIN(TestServerCommandLine)
#include "TestServerCommandLine.moc"
