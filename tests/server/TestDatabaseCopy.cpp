// A copy of the database alone is not enough to use an API token or an
// activation link (README.md, Self-hosting): the file holds neither in clear, and
// a server started on a copy without the server's secret file does not honour
// the links the original issued.
#include "DemoServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void databaseHoldsNoTokenOrLinkInClear();
    void secretFileIsPrivateAndOutsideTheDatabase();
    void copyWithoutSecretDoesNotHonourLinks();
    void originalStillWorksAfterRestart();

private:
    QByteArray databaseBytes();

    DemoServer m_demo;
    QString m_token;
    QString m_linkToken;
    QString m_link;
};

void TestDatabaseCopy::initTestCase()
{
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_token = m_demo.ownerToken();
    const QJsonObject invitation = m_demo.invite(QStringLiteral("copy-link@example.net"), m_token)
                                       .value(QLatin1String("invitation"))
                                       .toObject();
    m_link = invitation.value(QLatin1String("activationUrl")).toString();
    m_linkToken = DemoServer::linkToken(m_link);
    QVERIFY(!m_linkToken.isEmpty());
    // A clean stop checkpoints the write-ahead log into the database file.
    m_demo.stop();
}

QByteArray TestDatabaseCopy::databaseBytes()
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(m_demo.process().databasePath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestDatabaseCopy::databaseHoldsNoTokenOrLinkInClear()
{
    const QByteArray bytes = databaseBytes();
    QVERIFY(bytes.size() > 4096);
    QVERIFY2(!bytes.contains(m_token.toUtf8()), "the API token is stored in clear");
    QVERIFY2(!bytes.contains(m_linkToken.toUtf8()), "the activation link token is stored in clear");
    QVERIFY(!bytes.contains(QUrl::toPercentEncoding(m_linkToken)));
}

void TestDatabaseCopy::secretFileIsPrivateAndOutsideTheDatabase()
{
    const QFileInfo secret(m_demo.process().databasePath() + QStringLiteral(".secret"));
    QVERIFY2(secret.exists(), qPrintable(secret.filePath()));
#ifdef Q_OS_UNIX
    // Owner read/write only (0600).
    QCOMPARE(secret.permissions() &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    // The database lists every member's name and address: as private.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo database(m_demo.process().databasePath() + suffix);
        if (suffix.isEmpty())
            QVERIFY(database.exists());
        if (database.exists())
            QCOMPARE(database.permissions() & (QFile::ReadGroup | QFile::WriteGroup |
                                               QFile::ReadOther | QFile::WriteOther),
                     QFile::Permissions());
    }
#endif
    QFile file(secret.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray key = file.readAll().trimmed();
    QVERIFY(key.size() >= 32);
    QVERIFY(!databaseBytes().contains(key));
}

void TestDatabaseCopy::copyWithoutSecretDoesNotHonourLinks()
{
    QTemporaryDir copyDir;
    QVERIFY(copyDir.isValid());
    const QString copy = copyDir.filePath(QStringLiteral("stolen.db"));
    QVERIFY(QFile::copy(m_demo.process().databasePath(), copy));
    QVERIFY(!QFile::exists(copy + QStringLiteral(".secret")));

    QProcess server;
    server.start(ServerProcess::binaryPath(),
                 {QStringLiteral("serve"), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), copy,
                  QStringLiteral("--outbox"), copyDir.filePath(QStringLiteral("outbox"))});
    QVERIFY(server.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 20000);
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("Listening on http://")), qPrintable(line));
    const QString base = line.mid(int(qstrlen("Listening on ")));

    HttpTestClient http;
    const HttpTestResponse view =
        http.get(QUrl(base + QStringLiteral("/api/v1/invitations/") + m_linkToken));
    const HttpTestResponse accepted =
        http.postJson(QUrl(base + QStringLiteral("/api/v1/invitations/%1/accept").arg(m_linkToken)),
                      {{QStringLiteral("fullName"), QStringLiteral("Thief")}});
    // Sanity: the copy is a working server with the same organization.
    const HttpTestResponse health = http.get(QUrl(base + QStringLiteral("/api/v1/health")));
    server.terminate();
    if (!server.waitForFinished(5000))
        server.kill();
    QVERIFY_STATUS(health, 200);
    QVERIFY_STATUS(view, 404);
    QVERIFY_STATUS(accepted, 404);
}

void TestDatabaseCopy::originalStillWorksAfterRestart()
{
    // The secret file beside the original survives restarts: the same token
    // and link keep working there.
    ServerProcess &process = m_demo.process();
    QVERIFY2(process.start(), qPrintable(process.errorString()));
    HttpTestClient http;
    QVERIFY_STATUS(http.get(process.apiUrl(QStringLiteral("/me")), m_token), 200);
    QVERIFY_STATUS(http.get(process.apiUrl(QStringLiteral("/invitations/") + m_linkToken)), 200);
    QVERIFY_STATUS(
        http.postJson(process.apiUrl(QStringLiteral("/invitations/%1/accept").arg(m_linkToken)),
                      {{QStringLiteral("fullName"), QStringLiteral("Rightful Invitee")}}),
        200);
}

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "TestDatabaseCopy.moc"
