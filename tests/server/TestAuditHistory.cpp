// The audit log shows history as it happened: each event keeps the names and
// addresses of its actor and of the person it concerns as they were, so that
// a later change of a user (the server has no rename route; the tests write
// one into the database as a future route or an operator would) leaves old
// events alone. A database of schema version 2 is upgraded with the names
// current at the upgrade. Each function starts its own server.
#include "DemoServer.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace {

const QString Connection = QStringLiteral("audit-history");
const QString JoinerEmail = QStringLiteral("audit-history@example.net");

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

// Runs `statements` on the server's database, beside the running server
// (as a second server would).
bool execute(ServerProcess &server, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = server.openDirect(Connection);
        if (!db.isOpen()) {
            qWarning("%s", qPrintable(db.lastError().text()));
            ok = false;
        }
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(Connection);
    return ok;
}

// What schema version 5 (change numbers, search indexes) added, undone: a
// database of version 4 or older has none of it.
QStringList withoutVersion5()
{
    QStringList statements;
    if (ServerProcess::usesPostgreSql()) {
        statements << QStringLiteral("DROP INDEX memberships_search")
                   << QStringLiteral("DROP INDEX invitations_search");
    } else {
        for (const char *table : {"users", "invitations"}) {
            for (const char *event : {"insert", "update", "delete"})
                statements << QStringLiteral("DROP TRIGGER %1_search_%2")
                                  .arg(QLatin1String(table), QLatin1String(event));
            statements << QStringLiteral("DROP TABLE %1_search").arg(QLatin1String(table));
        }
    }
    statements << QStringLiteral("DROP INDEX memberships_changes")
               << QStringLiteral("DROP INDEX invitations_changes")
               << QStringLiteral("DROP INDEX invitations_expiry")
               << QStringLiteral("DROP TABLE database_identity");
    for (const char *table : {"organizations", "memberships", "invitations"})
        statements
            << QStringLiteral("ALTER TABLE %1 DROP COLUMN change_seq").arg(QLatin1String(table));
    return statements;
}

} // namespace

class TestAuditHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eventsKeepNamesAsTheyWere();
    void acceptingHasNoActor();
    void upgradeFillsInNamesOfEarlierEvents();

private:
    /// The owner invites JoinerEmail, who joins as "Jun Before", registers a
    /// machine and is made a Billing Manager by the owner.
    void makeHistory();
    /// The newest event with `action`, as the owner reads the log.
    QJsonObject newest(const QString &action);

    std::unique_ptr<DemoServer> m_demo;
    QString m_owner;
    qint64 m_joinerId = 0;
};

void TestAuditHistory::init()
{
    m_demo = std::make_unique<DemoServer>();
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
    m_owner = m_demo->ownerToken();
}

void TestAuditHistory::cleanup()
{
    m_demo.reset();
}

void TestAuditHistory::makeHistory()
{
    const QJsonObject joined = m_demo->inviteAndAccept(JoinerEmail, QStringLiteral("Jun Before"));
    QVERIFY(!joined.isEmpty());
    m_joinerId = qint64(joined.value(QLatin1String("userId")).toDouble());
    QVERIFY_STATUS(m_demo->http().postJson(
                       m_demo->org(QStringLiteral("/machines")),
                       {{QStringLiteral("machineId"), QStringLiteral("audit-history-laptop")}},
                       m_demo->token(JoinerEmail)),
                   201);
    const HttpTestResponse changed =
        m_demo->http().postJson(m_demo->org(QStringLiteral("/members/change-role")),
                                {{QStringLiteral("userIds"), QJsonArray{m_joinerId}},
                                 {QStringLiteral("role"), QStringLiteral("BILLING_MANAGER")}},
                                m_owner);
    QCOMPARE(str(changed.results().first().toObject(), "status"), QStringLiteral("changed"));
}

QJsonObject TestAuditHistory::newest(const QString &action)
{
    const HttpTestResponse log =
        m_demo->http().get(m_demo->org(QStringLiteral("/audit-events?size=1000")), m_owner);
    for (const QJsonValue &event : log.items()) {
        if (str(event.toObject(), "action") == action)
            return event.toObject();
    }
    return {};
}

void TestAuditHistory::eventsKeepNamesAsTheyWere()
{
    makeHistory();
    const QJsonObject roleChange = newest(QStringLiteral("member.role_changed"));
    QCOMPARE(
        obj(roleChange, "actor"),
        (QJsonObject{{QStringLiteral("id"), obj(roleChange, "actor").value(QLatin1String("id"))},
                     {QStringLiteral("fullName"), QStringLiteral("Amelia Hartmann")},
                     {QStringLiteral("email"), DemoServer::OwnerEmail}}));
    const QJsonObject roleTarget = obj(obj(roleChange, "target"), "user");
    QCOMPARE(str(roleTarget, "fullName"), QStringLiteral("Jun Before"));
    QCOMPARE(qint64(roleTarget.value(QLatin1String("id")).toDouble()), m_joinerId);
    QCOMPARE(
        str(obj(obj(newest(QStringLiteral("machine.registered")), "target"), "user"), "fullName"),
        QStringLiteral("Jun Before"));

    // Both people change name and address later.
    QVERIFY(
        execute(m_demo->process(), {QStringLiteral("UPDATE users SET full_name = 'Amelia Later',"
                                                   " email = 'amelia.later@example.com'"
                                                   " WHERE email = 'owner@example.com'"),
                                    QStringLiteral("UPDATE users SET full_name = 'Jun After'"
                                                   " WHERE email = 'audit-history@example.net'")}));
    QCOMPARE(str(m_demo->member(JoinerEmail), "fullName"), QStringLiteral("Jun After"));

    // The log tells what happened, as it happened.
    QCOMPARE(newest(QStringLiteral("member.role_changed")), roleChange);
    const HttpTestResponse log =
        m_demo->http().get(m_demo->org(QStringLiteral("/audit-events?size=1000")), m_owner);
    QVERIFY_STATUS(log, 200);
    QVERIFY(!log.body.contains("Amelia Later"));
    QVERIFY(!log.body.contains("amelia.later@example.com"));
    QVERIFY(!log.body.contains("Jun After"));
    QVERIFY(log.body.contains("Jun Before"));
}

void TestAuditHistory::acceptingHasNoActor()
{
    makeHistory();
    const QJsonObject accepted = newest(QStringLiteral("invitation.accepted"));
    QVERIFY(!accepted.isEmpty());
    QVERIFY(accepted.value(QLatin1String("actor")).isNull());
    const QJsonObject target = obj(accepted, "target");
    QCOMPARE(str(target, "type"), QStringLiteral("invitation"));
    QCOMPARE(str(target, "label"), JoinerEmail);
    QCOMPARE(str(obj(target, "user"), "fullName"), QStringLiteral("Jun Before"));
    QCOMPARE(str(obj(target, "user"), "email"), JoinerEmail);
    // An invitation nobody accepted concerns no user yet.
    QCOMPARE(str(m_demo->invite(QStringLiteral("audit-pending@example.net"), m_owner), "status"),
             QStringLiteral("invited"));
    const QJsonObject created = newest(QStringLiteral("invitation.created"));
    QCOMPARE(str(obj(created, "target"), "label"), QStringLiteral("audit-pending@example.net"));
    QVERIFY(obj(created, "target").value(QLatin1String("user")).isNull());
    QCOMPARE(str(obj(created, "actor"), "fullName"), QStringLiteral("Amelia Hartmann"));
}

void TestAuditHistory::upgradeFillsInNamesOfEarlierEvents()
{
    makeHistory();
    m_demo->stop();
    // Back to schema version 2: the events as that version stored them
    // (version 5's change numbers and search indexes, then version 4's
    // search key and indexes first).
    QVERIFY(execute(m_demo->process(), withoutVersion5()));
    QVERIFY(execute(m_demo->process(),
                    {QStringLiteral("DROP INDEX audit_events_by_time"),
                     QStringLiteral("DROP INDEX audit_events_by_action"),
                     QStringLiteral("DROP INDEX audit_events_by_actor"),
                     QStringLiteral("DROP INDEX audit_events_by_target"),
                     QStringLiteral("CREATE INDEX audit_events_org ON audit_events(org_id, id)"),
                     QStringLiteral("ALTER TABLE audit_events DROP COLUMN search_key"),
                     QStringLiteral("ALTER TABLE audit_events DROP COLUMN actor_name"),
                     QStringLiteral("ALTER TABLE audit_events DROP COLUMN actor_email"),
                     QStringLiteral("ALTER TABLE audit_events DROP COLUMN target_user_id"),
                     QStringLiteral("ALTER TABLE audit_events DROP COLUMN target_name"),
                     QStringLiteral("ALTER TABLE audit_events DROP COLUMN target_email"),
                     QStringLiteral("UPDATE schema_version SET version = 2")}));
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
    m_owner = m_demo->ownerToken();

    const QJsonObject roleChange = newest(QStringLiteral("member.role_changed"));
    QCOMPARE(str(obj(roleChange, "actor"), "fullName"), QStringLiteral("Amelia Hartmann"));
    QCOMPARE(str(obj(roleChange, "actor"), "email"), DemoServer::OwnerEmail);
    QCOMPARE(str(obj(obj(roleChange, "target"), "user"), "fullName"), QStringLiteral("Jun Before"));
    const QJsonObject machine = newest(QStringLiteral("machine.registered"));
    QCOMPARE(str(obj(obj(machine, "target"), "user"), "email"), JoinerEmail);
    const QJsonObject accepted = newest(QStringLiteral("invitation.accepted"));
    QCOMPARE(str(obj(obj(accepted, "target"), "user"), "fullName"), QStringLiteral("Jun Before"));
    const QJsonObject created = newest(QStringLiteral("invitation.created"));
    QCOMPARE(str(obj(created, "actor"), "fullName"), QStringLiteral("Amelia Hartmann"));

    // The upgrade made the earlier events searchable by those names.
    const HttpTestResponse found = m_demo->http().get(
        m_demo->org(QStringLiteral("/audit-events?q=jun%20before&action=member.role_changed")),
        m_owner);
    QVERIFY_STATUS(found, 200);
    QCOMPARE(found.total(), qint64(1));

    // And from then on, the upgraded events keep those names too.
    QVERIFY(
        execute(m_demo->process(), {QStringLiteral("UPDATE users SET full_name = 'Jun After'"
                                                   " WHERE email = 'audit-history@example.net'")}));
    QCOMPARE(newest(QStringLiteral("member.role_changed")), roleChange);
}

QTEST_GUILESS_MAIN(TestAuditHistory)
#include "TestAuditHistory.moc"
