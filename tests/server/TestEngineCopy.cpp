// `testops-users-server copy` moves the demo organization from SQLite to an
// empty PostgreSQL database, and the API answers the same on both sides:
// every list, the audit log, tokens and activation links (the secret moves
// with it). PostgreSQL only (registered as TestEngineCopy_postgresql).
#include "DemoServer.h"
#include "PostgreSqlTestCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runServer(const QStringList &arguments)
{
    QProcess process;
    process.start(ServerProcess::binaryPath(), arguments);
    Run run;
    if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestEngineCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void copyAnswersTheSameOnBothEngines();
    void copyRefusesATargetWithData();
    void migrateReportsTheVersion();

private:
    QString m_target; ///< the PostgreSQL database copied into
};

void TestEngineCopy::initTestCase()
{
    if (!ServerProcess::usesPostgreSql())
        QSKIP("needs the PostgreSQL test cluster (TestEngineCopy_postgresql)");
    QString error;
    m_target = PostgreSqlTestCluster::createDatabase(&error);
    QVERIFY2(!m_target.isEmpty(), qPrintable(error));
}

void TestEngineCopy::cleanupTestCase()
{
    QString error;
    if (!m_target.isEmpty())
        PostgreSqlTestCluster::dropDatabase(m_target, &error);
}

void TestEngineCopy::copyAnswersTheSameOnBothEngines()
{
    DemoServer sqlite;
    sqlite.process().useSqlite();
    QVERIFY2(sqlite.start(), qPrintable(sqlite.errorString()));
    const QString owner = sqlite.ownerToken();
    // Some history beyond the seed: an accepted invitation, a pending one
    // with a queued email, a removal.
    QVERIFY(
        !sqlite
             .inviteAndAccept(QStringLiteral("copied@example.net"), QStringLiteral("Copied Person"))
             .isEmpty());
    QCOMPARE(sqlite.invite(QStringLiteral("pending-copy@example.net"), owner)
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("invited"));
    sqlite.stop();

    const QString url = PostgreSqlTestCluster::databaseUrl(m_target);
    const Run copied = runServer({QStringLiteral("copy"), QStringLiteral("--from"),
                                  sqlite.process().databasePath(), QStringLiteral("--to"), url});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    QVERIFY2(copied.out.contains(QLatin1String("Copied")), qPrintable(copied.out));

    // Both sides at once: the SQLite file again, and PostgreSQL with the same secret.
    QVERIFY2(sqlite.process().start(), qPrintable(sqlite.process().errorString()));
    ServerProcess postgres;
    postgres.useDatabase(url);
    QVERIFY2(postgres.start({QStringLiteral("--secret-file"), sqlite.process().secretPath()}),
             qPrintable(postgres.errorString()));
    HttpTestClient http;
    const QString org = QStringLiteral("/organizations/%1").arg(sqlite.orgId());
    const QStringList paths = {
        QStringLiteral("/me"),
        org,
        org + QStringLiteral("/members?size=1000"),
        org + QStringLiteral("/members?size=1000&sort=lastAccessAt,desc"),
        org + QStringLiteral("/members?status=removed&size=1000"),
        org + QStringLiteral("/members?q=ma&size=1000&sort=email"),
        org + QStringLiteral("/invitations?status=open&size=1000"),
        org + QStringLiteral("/invitations?status=accepted&size=1000&sort=invitedBy"),
        org + QStringLiteral("/teams"),
        org + QStringLiteral("/machines?size=1000"),
        org + QStringLiteral("/audit-events?size=1000"),
    };
    const QByteArray sqliteBase = sqlite.process().baseUrl().toString().toUtf8();
    const QByteArray postgresBase = postgres.baseUrl().toString().toUtf8();
    for (const QString &path : paths) {
        const HttpTestResponse left = http.get(sqlite.process().apiUrl(path), owner);
        const HttpTestResponse right = http.get(postgres.apiUrl(path), owner);
        QVERIFY_STATUS(left, 200);
        QVERIFY_STATUS(right, 200);
        // Activation links name the server they came from, and the Owner's
        // own requests just now set their last access on each side. A list's
        // change cursor names its database, which the copy is not.
        static const QRegularExpression ownerAccess(
            QStringLiteral("(\"email\":\"owner@example\\.com\"[^}]*?\"lastAccessAt\":)\"[^\"]*\""));
        static const QRegularExpression cursor(QStringLiteral("\"cursor\":\"[^\"]*\""));
        QByteArray leftBody = QString::fromUtf8(left.body)
                                  .replace(ownerAccess, QStringLiteral("\\1\"now\""))
                                  .replace(cursor, QStringLiteral("\"cursor\":\"\""))
                                  .toUtf8();
        QByteArray rightBody = QString::fromUtf8(right.body)
                                   .replace(ownerAccess, QStringLiteral("\\1\"now\""))
                                   .replace(cursor, QStringLiteral("\"cursor\":\"\""))
                                   .toUtf8();
        rightBody.replace(postgresBase, sqliteBase);
        if (leftBody != rightBody) {
            qsizetype at = 0;
            while (at < leftBody.size() && at < rightBody.size() && leftBody[at] == rightBody[at])
                ++at;
            qWarning("%s differs at %lld:\nSQLite:     %s\nPostgreSQL: %s", qPrintable(path),
                     static_cast<long long>(at),
                     leftBody.mid(std::max<qsizetype>(0, at - 200), 400).constData(),
                     rightBody.mid(std::max<qsizetype>(0, at - 200), 400).constData());
        }
        QVERIFY2(leftBody == rightBody, qPrintable(path));
    }
    // The copy is another database: the source's change cursor is gone
    // there (the client loads its lists once), never served as if it were
    // the copy's own.
    const QString sourceCursor =
        http.get(sqlite.process().apiUrl(org + QStringLiteral("/members")), owner)
            .object()
            .value(QLatin1String("cursor"))
            .toString();
    QVERIFY(!sourceCursor.isEmpty());
    const HttpTestResponse gone = http.get(
        postgres.apiUrl(org + QStringLiteral("/members?changedSince=") + sourceCursor), owner);
    QVERIFY_STATUS(gone, 410);
    QCOMPARE(gone.errorCode(), QStringLiteral("cursor_expired"));
    // A link made on SQLite works on PostgreSQL (the secret moved with the
    // data), and new rows take ids after the copied ones.
    QString link;
    for (const QJsonObject &invitation : sqlite.allInvitations()) {
        if (invitation.value(QLatin1String("email")).toString() ==
            QLatin1String("pending-copy@example.net"))
            link =
                DemoServer::linkToken(invitation.value(QLatin1String("activationUrl")).toString());
    }
    QVERIFY(!link.isEmpty());
    QVERIFY_STATUS(
        http.postJson(postgres.apiUrl(QStringLiteral("/invitations/%1/accept").arg(link)),
                      {{QStringLiteral("fullName"), QStringLiteral("Joined On Postgres")}}),
        200);
    const HttpTestResponse invited = http.postJson(
        postgres.apiUrl(org + QStringLiteral("/invitations")),
        {{QStringLiteral("emails"), QJsonArray{QStringLiteral("after-copy@example.net")}}}, owner);
    QVERIFY_STATUS(invited, 200);
    QCOMPARE(invited.results().first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("invited"));
}

void TestEngineCopy::copyRefusesATargetWithData()
{
    ServerProcess sqlite;
    sqlite.useSqlite();
    QVERIFY(sqlite.start({QStringLiteral("--demo")}));
    sqlite.stop();
    const Run again =
        runServer({QStringLiteral("copy"), QStringLiteral("--from"), sqlite.databasePath(),
                   QStringLiteral("--to"), PostgreSqlTestCluster::databaseUrl(m_target)});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("not empty")), qPrintable(again.err));
    const Run password =
        runServer({QStringLiteral("copy"), QStringLiteral("--from"), sqlite.databasePath(),
                   QStringLiteral("--to"), QStringLiteral("postgresql://u:secret@127.0.0.1/x")});
    QCOMPARE(password.exitCode, 2);
}

void TestEngineCopy::migrateReportsTheVersion()
{
    QString error;
    const QString fresh = PostgreSqlTestCluster::createDatabase(&error);
    QVERIFY2(!fresh.isEmpty(), qPrintable(error));
    const QString url = PostgreSqlTestCluster::databaseUrl(fresh);
    const Run first = runServer({QStringLiteral("migrate"), QStringLiteral("--database"), url});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("(was 0)")), qPrintable(first.out));
    const Run second = runServer({QStringLiteral("migrate"), QStringLiteral("--database"), url});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String("up to date")), qPrintable(second.out));
    PostgreSqlTestCluster::dropDatabase(fresh, &error);
}

QTEST_GUILESS_MAIN(TestEngineCopy)
#include "TestEngineCopy.moc"
