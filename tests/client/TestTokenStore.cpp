#include <TokenStore.h>

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

/// TokenStore through the real QtKeychain. Where no keychain service runs (as
/// on a headless CI machine without a Secret Service on D-Bus), the result
/// says so as data, and the token is written nowhere.
class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyIsPerServer();
    void writeReadRemoveOrNoKeychain();
    void emptyTokenIsRefused();

private:
    std::optional<TokenStoreResult> await(const std::function<void(TokenStore::Callback)> &start);
    QTemporaryDir m_home;
};

void TestTokenStore::initTestCase()
{
    // Settings and data go to a throw-away place, where we can look for the token.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TestOpsTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestTokenStore"));
}

std::optional<TokenStoreResult>
TestTokenStore::await(const std::function<void(TokenStore::Callback)> &start)
{
    auto result = std::make_shared<std::optional<TokenStoreResult>>();
    start([result](TokenStoreResult r) { result->emplace(std::move(r)); });
    (void)QTest::qWaitFor([&] { return result->has_value(); }, 30000);
    return *result;
}

void TestTokenStore::keyIsPerServer()
{
    const QString key =
        TokenStore::keyFor(QUrl(QStringLiteral("https://bob:pw@TestOps.Example.com:8443/?x=1#f")));
    QCOMPARE(key, QStringLiteral("https://testops.example.com:8443"));
    QCOMPARE(TokenStore::keyFor(QUrl(QStringLiteral("http://127.0.0.1:5000/"))),
             QStringLiteral("http://127.0.0.1:5000"));
    QVERIFY(TokenStore::keyFor(QUrl(QStringLiteral("https://a.example.com"))) !=
            TokenStore::keyFor(QUrl(QStringLiteral("https://b.example.com"))));
}

void TestTokenStore::writeReadRemoveOrNoKeychain()
{
    TokenStore store;
    // Under a virtual display a Secret Service may start and wait for a
    // password prompt nobody answers: that too must end as "no keychain".
    store.setTimeout(3000);
    const QUrl server(QStringLiteral("http://127.0.0.1:1"));
    const QString token = QStringLiteral("tok-%1").arg(QDateTime::currentMSecsSinceEpoch());

    auto written =
        await([&](TokenStore::Callback done) { store.write(server, token, this, done); });
    QVERIFY(written);
    qInfo("keychain: status %d, %s", int(written->status), qPrintable(written->detail));
    if (written->status == TokenStoreResult::Status::NoKeychain) {
        // The app says so: a sentence for the user, nothing stored anywhere.
        QVERIFY(!written->message.isEmpty());
        QVERIFY(written->message.contains(QLatin1String("keychain")));
        QVERIFY(!written->message.contains(token));
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
        }
        auto read = await([&](TokenStore::Callback done) { store.read(server, this, done); });
        QVERIFY(read);
        QVERIFY(!read->ok());
        QVERIFY(read->token.isEmpty());
        return;
    }
    // A real keychain is present: the token comes back, then goes.
    QVERIFY2(written->ok(), qPrintable(written->message + written->detail));
    auto read = await([&](TokenStore::Callback done) { store.read(server, this, done); });
    QVERIFY(read && read->ok());
    QCOMPARE(read->token, token);
    auto removed = await([&](TokenStore::Callback done) { store.remove(server, this, done); });
    QVERIFY(removed && removed->ok());
    auto gone = await([&](TokenStore::Callback done) { store.read(server, this, done); });
    QVERIFY(gone);
    QCOMPARE(gone->status, TokenStoreResult::Status::NotFound);
}

void TestTokenStore::emptyTokenIsRefused()
{
    TokenStore store;
    auto written = await([&](TokenStore::Callback done) {
        store.write(QUrl(QStringLiteral("http://127.0.0.1:1")), {}, this, done);
    });
    QVERIFY(written);
    QCOMPARE(written->status, TokenStoreResult::Status::Failed);
    QVERIFY(!written->message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
