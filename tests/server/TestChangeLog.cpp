// The change numbers behind the lists' cursors, on both engines, with two
// writers on two connections (as two server instances on one PostgreSQL
// database): a reader never gets a position that a still-open transaction's
// change is below, so a change committed late is never skipped by a cursor.
#include "ChangeLog.h"
#include "Database.h"
#include "DemoServer.h"
#include "MemberStore.h"
#include "PostgreSqlTestCluster.h"
#include "Transaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

class TestChangeLog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void stampIsOncePerTransactionAndNewAfterRollback();
    void changeCommittedLateIsNotSkipped();

private:
    /// A new database of the engine under test, migrated, with one
    /// organization (id 1) and users 1–3 as its members.
    bool createDatabase();
    std::unique_ptr<Database> connect(const QString &name);

    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    QString m_postgreSqlDatabase;
};

void TestChangeLog::cleanup()
{
    if (!m_postgreSqlDatabase.isEmpty()) {
        QString error;
        PostgreSqlTestCluster::dropDatabase(m_postgreSqlDatabase, &error);
        m_postgreSqlDatabase.clear();
    }
}

bool TestChangeLog::createDatabase()
{
    QString error;
    m_location = {};
    if (ServerProcess::usesPostgreSql()) {
        m_postgreSqlDatabase = PostgreSqlTestCluster::createDatabase(&error);
        if (m_postgreSqlDatabase.isEmpty() ||
            !DatabaseLocation::parse(PostgreSqlTestCluster::databaseUrl(m_postgreSqlDatabase),
                                     &m_location, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
    } else {
        m_location.path = m_dir.filePath(QStringLiteral("changes.db"));
        QFile::remove(m_location.path);
    }
    const auto db = connect(QStringLiteral("setup"));
    Transaction transaction(*db);
    db->exec(QStringLiteral("INSERT INTO organizations (id, name, created_at) VALUES (1, 'O', 0)"));
    for (int user = 1; user <= 3; ++user) {
        db->exec(QStringLiteral("INSERT INTO users (id, email, email_key, full_name, name_key,"
                                " search_key, created_at) VALUES (?, ?, ?, 'U', 'u', 'u', 0)"),
                 {user, QStringLiteral("u%1@example.com").arg(user),
                  QStringLiteral("u%1@example.com").arg(user)});
    }
    MemberStore members(*db);
    for (int user = 1; user <= 3; ++user)
        members.activate(1, user, Role::Member, QDateTime::currentDateTimeUtc());
    transaction.commit();
    return true;
}

std::unique_ptr<Database> TestChangeLog::connect(const QString &name)
{
    auto db = std::make_unique<Database>(name);
    db->open(m_location);
    return db;
}

void TestChangeLog::stampIsOncePerTransactionAndNewAfterRollback()
{
    QVERIFY(createDatabase());
    const auto db = connect(QStringLiteral("stamps"));
    ChangeLog log(*db);
    const qint64 start = log.position(1, QDateTime::currentDateTimeUtc()).change;
    qint64 first = 0;
    {
        Transaction transaction(*db);
        first = log.stamp(1);
        QCOMPARE(log.stamp(1), first); // one number per transaction
        transaction.commit();
    }
    QCOMPARE(first, start + 1);
    {
        Transaction transaction(*db);
        QCOMPARE(log.stamp(1), first + 1);
        // rolled back: the number was never committed, and is given again
    }
    {
        Transaction transaction(*db);
        QCOMPARE(log.stamp(1), first + 1);
        transaction.commit();
    }
    QCOMPARE(log.position(1, QDateTime::currentDateTimeUtc()).change, first + 1);
}

void TestChangeLog::changeCommittedLateIsNotSkipped()
{
    QVERIFY(createDatabase());
    const auto writerA = connect(QStringLiteral("writerA"));
    const auto reader = connect(QStringLiteral("reader"));
    MemberStore membersA(*writerA);
    MemberStore readerMembers(*reader);
    ChangeLog readerLog(*reader);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ChangePosition before = readerLog.position(1, now);
    MemberFilter filter;
    filter.organizationId = 1;
    PageRequest page;
    page.size = 1000;

    // A starts first and commits last.
    writerA->begin();
    membersA.setRole(1, 1, Role::Admin);

    // B, another instance, changes member 2 while A is open.
    std::atomic<qint64> bStampedAtMs{-1};
    QElapsedTimer clock;
    clock.start();
    QThread *writerB = QThread::create([&] {
        Database db(QStringLiteral("writerB"));
        db.open(m_location);
        MemberStore members(db);
        Transaction transaction(db);
        members.setRole(1, 2, Role::Admin);
        bStampedAtMs = clock.elapsed();
        transaction.commit();
    });
    writerB->start();
    QThread::msleep(400);

    // While A is open, no reader position covers either change, and no
    // change is visible: a cursor made now is below both.
    const ChangePosition during = readerLog.position(1, now);
    QCOMPARE(during.change, before.change);
    QCOMPARE(readerMembers.changes(filter, page, before.change, {}).total, qint64(0));
    QCOMPARE(bStampedAtMs.load(), qint64(-1)); // B waits for A's lock

    const qint64 aCommittedAtMs = clock.elapsed();
    writerA->commit();
    QVERIFY(writerB->wait(10000));
    delete writerB;
    QVERIFY(bStampedAtMs.load() >= aCommittedAtMs);

    // From the cursor made while A was open, both changes are told.
    const MemberChanges changes = readerMembers.changes(filter, page, during.change, {});
    QList<qint64> ids;
    for (const Member &member : changes.members)
        ids.append(member.userId);
    QCOMPARE(ids, (QList<qint64>{1, 2}));
    QCOMPARE(readerLog.position(1, now).change, before.change + 2);
}

QTEST_GUILESS_MAIN(TestChangeLog)
#include "TestChangeLog.moc"
