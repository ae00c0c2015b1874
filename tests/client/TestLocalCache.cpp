#include "ClientTestHelpers.h"

#include <ApiClient.h>
#include <LocalCache.h>
#include <ServerProcess.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// LocalCache on real SQLite files: round trip of every field, the offline
/// scenario against the real server, and files it must refuse.
class TestLocalCache : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void emptyCacheIsEmpty();
    void connectionsHaveTheirOwnFiles();
    void offlineAfterServerStops();
    void asyncLoadDeliversInTheCallersThread();
    void concurrentSavesAndLoadsOnANewFile();
    void newerSchemaIsRefusedAndLeftUntouched();
    void notASqliteFileIsAnError();
};

namespace {

const QUrl ServerUrl(QStringLiteral("https://testops.example.com"));

CacheSnapshot sampleSnapshot()
{
    CacheSnapshot snapshot;
    snapshot.organization.id = 7;
    snapshot.organization.name = QStringLiteral("Ünïcode Org");
    snapshot.organization.licensePools = {
        {QStringLiteral("KSE"), QStringLiteral("Katalon Studio Enterprise"), 10, 4, 2}};
    Member active;
    active.userId = 12;
    active.fullName = QStringLiteral("José Müller-Lüdenscheidt 山田");
    active.email = QStringLiteral("jose+tag@example.com");
    active.role = Role::BillingManager;
    active.joinedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    active.licenses = {QStringLiteral("KSE"), QStringLiteral("KRE")};
    active.machineCount = 3;
    active.teams = {QStringLiteral("QA, Berlin"), QStringLiteral("Mobile")};
    Member removed;
    removed.userId = 13;
    removed.fullName = QStringLiteral("O'Brien");
    removed.email = QStringLiteral("ob@example.org");
    removed.status = MemberStatus::Removed;
    removed.joinedAt = active.joinedAt;
    removed.lastAccessAt = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    removed.removedAt = QDateTime(QDate(2025, 7, 1), QTime(12, 0), Qt::UTC);
    removed.removedBy = {12, active.fullName};
    Invitation invitation;
    invitation.id = 99;
    invitation.email = QStringLiteral("new@example.com");
    invitation.role = Role::Admin;
    invitation.licenses = {QStringLiteral("KRE")};
    invitation.invitedBy = {12, active.fullName};
    invitation.createdAt = active.joinedAt;
    invitation.expiresAt = removed.removedAt;
    invitation.status = InvitationStatus::Expired;
    invitation.activationUrl = QStringLiteral("http://127.0.0.1/join?token=abc");
    snapshot.activeMembers = {active};
    snapshot.removedMembers = {removed};
    snapshot.invitations = {invitation};
    snapshot.refreshedAt = QDateTime(QDate(2026, 11, 29), QTime(6, 50, 1, 250), Qt::UTC);
    return snapshot;
}

void compareMembers(const Member &a, const Member &b)
{
    QCOMPARE(a.userId, b.userId);
    QCOMPARE(a.fullName, b.fullName);
    QCOMPARE(a.email, b.email);
    QCOMPARE(a.role, b.role);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.joinedAt, b.joinedAt);
    QCOMPARE(a.lastAccessAt, b.lastAccessAt);
    QCOMPARE(a.lastAccessAt.isValid(), b.lastAccessAt.isValid());
    QCOMPARE(a.licenses, b.licenses);
    QCOMPARE(a.machineCount, b.machineCount);
    QCOMPARE(a.teams, b.teams);
    QCOMPARE(a.removedAt, b.removedAt);
    QCOMPARE(a.removedBy, b.removedBy);
}

} // namespace

void TestLocalCache::roundTripKeepsEveryField()
{
    QTemporaryDir dir;
    const CacheSnapshot saved = sampleSnapshot();
    {
        LocalCache cache(dir.path(), ServerUrl, 7);
        auto result = cache.save(saved);
        QVERIFY2(result.ok(), qPrintable(result.error().message + result.error().detail));
    }
    LocalCache cache(dir.path(), ServerUrl, 7);
    auto loaded = cache.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const CacheSnapshot &s = loaded.value();
    QCOMPARE(s.refreshedAt, saved.refreshedAt);
    QCOMPARE(s.organization.name, saved.organization.name);
    QCOMPARE(s.organization.licensePools.size(), 1);
    QCOMPARE(s.organization.licensePools.first().seatsReserved, 2);
    QCOMPARE(s.activeMembers.size(), 1);
    QCOMPARE(s.removedMembers.size(), 1);
    compareMembers(s.activeMembers.first(), saved.activeMembers.first());
    compareMembers(s.removedMembers.first(), saved.removedMembers.first());
    QCOMPARE(s.invitations.size(), 1);
    const Invitation &i = s.invitations.first();
    const Invitation &e = saved.invitations.first();
    QCOMPARE(i.id, e.id);
    QCOMPARE(i.email, e.email);
    QCOMPARE(i.role, e.role);
    QCOMPARE(i.licenses, e.licenses);
    QCOMPARE(i.invitedBy, e.invitedBy);
    QCOMPARE(i.createdAt, e.createdAt);
    QCOMPARE(i.expiresAt, e.expiresAt);
    QCOMPARE(i.status, e.status);
    QCOMPARE(i.activationUrl, e.activationUrl);

    // A second save replaces, never appends.
    QVERIFY(cache.save(saved).ok());
    QCOMPARE(cache.load().value().activeMembers.size(), 1);
}

void TestLocalCache::emptyCacheIsEmpty()
{
    QTemporaryDir dir;
    LocalCache cache(dir.path(), ServerUrl, 1);
    auto loaded = cache.load();
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().isEmpty());
    QVERIFY(loaded.value().activeMembers.isEmpty());
}

void TestLocalCache::connectionsHaveTheirOwnFiles()
{
    QTemporaryDir dir;
    const QString a = LocalCache::fileName(dir.path(), ServerUrl, 1);
    QCOMPARE(
        LocalCache::fileName(dir.path(), QUrl(QStringLiteral("https://TestOps.example.com/")), 1),
        a);
    QVERIFY(LocalCache::fileName(dir.path(), ServerUrl, 2) != a);
    QVERIFY(LocalCache::fileName(dir.path(), QUrl(QStringLiteral("http://127.0.0.1:8080")), 1) !=
            a);

    LocalCache first(dir.path(), ServerUrl, 1);
    QVERIFY(first.save(sampleSnapshot()).ok());
    LocalCache second(dir.path(), ServerUrl, 2);
    QVERIFY(second.load().value().isEmpty());
}

void TestLocalCache::offlineAfterServerStops()
{
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.errorString()));
    ApiClient api;
    api.setBaseUrl(server.baseUrl());
    api.setToken(server.createToken(QStringLiteral("owner@example.com")));
    api.setTimeout(3000);
    const qint64 orgId = 1;

    CacheSnapshot snapshot;
    auto active = awaitResult<QList<Member>>(
        [&](auto done) { api.fetchMembers(orgId, MemberStatus::Active, this, done); });
    auto removed = awaitResult<QList<Member>>(
        [&](auto done) { api.fetchMembers(orgId, MemberStatus::Removed, this, done); });
    auto invitations =
        awaitResult<QList<Invitation>>([&](auto done) { api.fetchInvitations(orgId, this, done); });
    auto organization =
        awaitResult<Organization>([&](auto done) { api.organization(orgId, this, done); });
    QVERIFY(active && active->ok() && removed && removed->ok() && invitations &&
            invitations->ok() && organization && organization->ok());
    snapshot.activeMembers = active->value();
    snapshot.removedMembers = removed->value();
    snapshot.invitations = invitations->value();
    snapshot.organization = organization->value();
    snapshot.refreshedAt = QDateTime::currentDateTimeUtc();
    {
        LocalCache cache(dir.path(), server.baseUrl(), orgId);
        QVERIFY(cache.save(snapshot).ok());
    }

    server.stop();
    auto refresh = awaitResult<QList<Member>>(
        [&](auto done) { api.fetchMembers(orgId, MemberStatus::Active, this, done); });
    QVERIFY(refresh && !refresh->ok());
    QVERIFY(refresh->error().isOffline());
    QCOMPARE(refresh->error().kind, ClientError::Kind::Network);

    LocalCache cache(dir.path(), api.baseUrl(), orgId);
    auto loaded = cache.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().activeMembers.size(), snapshot.activeMembers.size());
    QCOMPARE(loaded.value().removedMembers.size(), snapshot.removedMembers.size());
    QCOMPARE(loaded.value().invitations.size(), snapshot.invitations.size());
    QCOMPARE(loaded.value().organization.name, snapshot.organization.name);
    // ISO 8601 with milliseconds: the time shown in "Offline — showing data from …".
    QCOMPARE(loaded.value().refreshedAt.toMSecsSinceEpoch(),
             snapshot.refreshedAt.toMSecsSinceEpoch());
    for (int i = 0; i < snapshot.activeMembers.size(); ++i)
        compareMembers(loaded.value().activeMembers.at(i), snapshot.activeMembers.at(i));
}

void TestLocalCache::asyncLoadDeliversInTheCallersThread()
{
    QTemporaryDir dir;
    std::optional<Result<Done, CacheError>> saved;
    LocalCache::saveAsync(dir.path(), ServerUrl, 3, sampleSnapshot(), this,
                          [&](Result<Done, CacheError> result) { saved.emplace(result); });
    QTRY_VERIFY(saved.has_value());
    QVERIFY(saved->ok());

    std::optional<Result<CacheSnapshot, CacheError>> loaded;
    QThread *callbackThread = nullptr;
    LocalCache::loadAsync(dir.path(), ServerUrl, 3, this,
                          [&](Result<CacheSnapshot, CacheError> result) {
                              callbackThread = QThread::currentThread();
                              loaded.emplace(std::move(result));
                          });
    QTRY_VERIFY(loaded.has_value());
    QVERIFY(loaded->ok());
    QCOMPARE(loaded->value().activeMembers.size(), 1);
    QCOMPARE(callbackThread, QThread::currentThread());
}

void TestLocalCache::concurrentSavesAndLoadsOnANewFile()
{
    // A refresh saving while the window loads, on a file nobody created yet.
    QTemporaryDir dir;
    int saved = 0;
    int loaded = 0;
    QStringList errors;
    for (int i = 0; i < 3; ++i) {
        LocalCache::saveAsync(dir.path(), ServerUrl, 5, sampleSnapshot(), this,
                              [&](Result<Done, CacheError> result) {
                                  ++saved;
                                  if (!result)
                                      errors << result.error().detail;
                              });
        LocalCache::loadAsync(dir.path(), ServerUrl, 5, this,
                              [&](Result<CacheSnapshot, CacheError> result) {
                                  ++loaded;
                                  if (!result)
                                      errors << result.error().detail;
                              });
    }
    QTRY_COMPARE_WITH_TIMEOUT(saved + loaded, 6, 30000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    LocalCache cache(dir.path(), ServerUrl, 5);
    QCOMPARE(cache.load().value().activeMembers.size(), 1);
}

void TestLocalCache::newerSchemaIsRefusedAndLeftUntouched()
{
    QTemporaryDir dir;
    {
        LocalCache cache(dir.path(), ServerUrl, 1);
        QVERIFY(cache.save(sampleSnapshot()).ok());
    }
    const QString path = LocalCache::fileName(dir.path(), ServerUrl, 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));

    LocalCache cache(dir.path(), ServerUrl, 1);
    auto loaded = cache.load();
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(QLatin1String("newer version")));
    QVERIFY(!cache.save(sampleSnapshot()).ok());
}

void TestLocalCache::notASqliteFileIsAnError()
{
    QTemporaryDir dir;
    const QString path = LocalCache::fileName(dir.path(), ServerUrl, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    LocalCache cache(dir.path(), ServerUrl, 1);
    auto loaded = cache.load();
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.error().message.isEmpty());
    QCOMPARE(QFileInfo(path).size(), qint64(4096));
}

QTEST_GUILESS_MAIN(TestLocalCache)
#include "TestLocalCache.moc"
