// Transactions on both engines: nested levels are savepoints (an inner
// rollback undoes its own level only), a COMMIT that fails leaves the
// connection outside any transaction, and over HTTP the request whose COMMIT
// fails changes nothing while the next request works.
#include "Database.h"
#include "DemoServer.h"
#include "PostgreSqlTestCluster.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestStorageTransactions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void innerRollbackKeepsTheOuterTransaction();
    void failedCommitLeavesNoTransactionOpen();
    void requestWhoseCommitFailsChangesNothing();

private:
    /// Opens m_db on a new database of the engine under test.
    bool openDatabase();
    /// Installs in the server's database a constraint checked at COMMIT that
    /// fails for the invitation to `email` (a deferred foreign key to no row).
    static QStringList commitBreaker(const QString &email);

    QTemporaryDir m_dir;
    QString m_postgreSqlDatabase;
    std::unique_ptr<Database> m_db;
};

void TestStorageTransactions::init()
{
    m_db = std::make_unique<Database>(QStringLiteral("transactions"));
}

void TestStorageTransactions::cleanup()
{
    m_db.reset();
    if (!m_postgreSqlDatabase.isEmpty()) {
        QString error;
        PostgreSqlTestCluster::dropDatabase(m_postgreSqlDatabase, &error);
        m_postgreSqlDatabase.clear();
    }
}

bool TestStorageTransactions::openDatabase()
{
    DatabaseLocation location;
    QString error;
    if (ServerProcess::usesPostgreSql()) {
        m_postgreSqlDatabase = PostgreSqlTestCluster::createDatabase(&error);
        if (m_postgreSqlDatabase.isEmpty() ||
            !DatabaseLocation::parse(PostgreSqlTestCluster::databaseUrl(m_postgreSqlDatabase),
                                     &location, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
    } else {
        location.path = m_dir.filePath(QStringLiteral("transactions.db"));
        QFile::remove(location.path);
    }
    m_db->open(location);
    return true;
}

QStringList TestStorageTransactions::commitBreaker(const QString &email)
{
    if (ServerProcess::usesPostgreSql()) {
        return {
            QStringLiteral("CREATE TABLE commit_breaker (org_id BIGINT REFERENCES"
                           " organizations(id) DEFERRABLE INITIALLY DEFERRED)"),
            QStringLiteral("CREATE FUNCTION break_commit() RETURNS trigger LANGUAGE plpgsql AS"
                           " $$ BEGIN IF NEW.email = '%1' THEN INSERT INTO commit_breaker"
                           " VALUES (-1); END IF; RETURN NEW; END $$")
                .arg(email),
            QStringLiteral("CREATE TRIGGER break_commit AFTER INSERT ON invitations"
                           " FOR EACH ROW EXECUTE FUNCTION break_commit()"),
        };
    }
    return {
        QStringLiteral("CREATE TABLE commit_breaker (org_id INTEGER REFERENCES"
                       " organizations(id) DEFERRABLE INITIALLY DEFERRED)"),
        QStringLiteral("CREATE TRIGGER break_commit AFTER INSERT ON invitations"
                       " WHEN NEW.email = '%1' BEGIN INSERT INTO commit_breaker VALUES (-1); END")
            .arg(email),
    };
}

void TestStorageTransactions::innerRollbackKeepsTheOuterTransaction()
{
    QVERIFY(openDatabase());
    m_db->execRaw(QStringLiteral("CREATE TABLE t (v INTEGER)"));
    {
        Transaction outer(*m_db);
        m_db->exec(QStringLiteral("INSERT INTO t (v) VALUES (1)"));
        {
            Transaction inner(*m_db);
            m_db->exec(QStringLiteral("INSERT INTO t (v) VALUES (2)"));
            // No commit: the inner level rolls back on leaving the scope.
        }
        QCOMPARE(m_db->depth(), 1);
        m_db->exec(QStringLiteral("INSERT INTO t (v) VALUES (3)"));
        outer.commit();
    }
    QCOMPARE(m_db->depth(), 0);
    QSqlQuery &rows = m_db->exec(QStringLiteral("SELECT v FROM t ORDER BY v"));
    QList<int> values;
    while (rows.next())
        values.append(rows.value(0).toInt());
    rows.finish();
    QCOMPARE(values, (QList<int>{1, 3}));
}

void TestStorageTransactions::failedCommitLeavesNoTransactionOpen()
{
    QVERIFY(openDatabase());
    m_db->execRaw(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)"));
    m_db->execRaw(QStringLiteral("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id)"
                                 " DEFERRABLE INITIALLY DEFERRED)"));
    bool failed = false;
    try {
        Transaction transaction(*m_db);
        m_db->exec(QStringLiteral("INSERT INTO child (parent_id) VALUES (42)"));
        transaction.commit(); // the deferred key is checked here and fails
    } catch (const StorageError &) {
        failed = true;
    }
    QVERIFY2(failed, "COMMIT with a dangling deferred key must fail");
    QCOMPARE(m_db->depth(), 0);
    // The connection is outside any transaction: a new one begins and commits.
    Transaction next(*m_db);
    m_db->exec(QStringLiteral("INSERT INTO parent (id) VALUES (1)"));
    m_db->exec(QStringLiteral("INSERT INTO child (parent_id) VALUES (1)"));
    next.commit();
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM child")).toInt(), 1);
}

void TestStorageTransactions::requestWhoseCommitFailsChangesNothing()
{
    DemoServer demo;
    QVERIFY2(demo.start(), qPrintable(demo.errorString()));
    const QString doomed = QStringLiteral("commit-fails@example.net");
    {
        QSqlDatabase db = demo.process().openDirect(QStringLiteral("arrange"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        for (const QString &statement : commitBreaker(doomed))
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("arrange"));

    const QString owner = demo.ownerToken();
    const HttpTestResponse failed =
        demo.http().postJson(demo.org(QStringLiteral("/invitations")),
                             {{QStringLiteral("emails"), QJsonArray{doomed}}}, owner);
    QVERIFY_STATUS(failed, 500);
    QVERIFY2(demo.process().serverLog().contains(QLatin1String("COMMIT failed")),
             qPrintable(demo.process().serverLog()));

    // The next change goes through, and the failed one left nothing behind:
    // no invitation, no audit event, no email.
    const qint64 auditBefore = demo.total(QStringLiteral("/audit-events"));
    const QJsonObject next = demo.invite(QStringLiteral("after-failure@example.net"), owner);
    QCOMPARE(next.value(QLatin1String("status")).toString(), QStringLiteral("invited"));
    QCOMPARE(demo.total(QStringLiteral("/audit-events")), auditBefore + 1);
    QCOMPARE(demo.total(QStringLiteral("/invitations?q=commit-fails")), qint64(0));
    QCOMPARE(demo.total(QStringLiteral("/invitations?q=after-failure")), qint64(1));
    // Emails are rows of the same transaction: only the committed one is sent.
    const QDir outbox(demo.process().outboxPath());
    auto mails = [&outbox]() { return outbox.entryList({QStringLiteral("*.eml")}, QDir::Files); };
    QTRY_COMPARE_WITH_TIMEOUT(mails().size(), 1, 10000);
    QTest::qWait(300); // a mail for the failed request would show by now
    QCOMPARE(mails().size(), 1);
    QFile mail(outbox.filePath(mails().first()));
    QVERIFY(mail.open(QIODevice::ReadOnly));
    const QByteArray text = mail.readAll();
    QVERIFY(text.contains("after-failure@example.net"));
    QVERIFY(!text.contains("commit-fails@example.net"));
}

QTEST_GUILESS_MAIN(TestStorageTransactions)
#include "TestStorageTransactions.moc"
