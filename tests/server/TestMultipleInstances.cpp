// Three `serve` processes on one PostgreSQL database behave like one server:
// the database decides every race (one accepted use of a link, one Owner,
// seats), each invitation email goes out once through a real SMTP server
// (tests/data/smtp_sink.py), and a server killed midway loses neither a
// committed invitation nor its email. PostgreSQL only: an SQLite file has
// one server (a second one is refused, TestServerCommandLine).
#include "DemoServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 id(const QJsonObject &object, const char *key)
{
    return qint64(object.value(QLatin1String(key)).toDouble());
}

// The SMTP server: tests/data/smtp_sink.py (python3-aiosmtpd) on a free
// loopback port; each message it accepts is a file <n>.eml.
class SmtpSink
{
public:
    ~SmtpSink()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }

    bool start()
    {
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(TESTOPS_TEST_DATA_DIR "/smtp_sink.py"), m_dir.path()});
        if (!m_process.waitForStarted(10000))
            return false;
        for (int i = 0; i < 100 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(200);
        static const QRegularExpression portLine(QStringLiteral("^PORT (\\d+)"));
        const auto match = portLine.match(QString::fromUtf8(m_process.readLine()).trimmed());
        m_port = match.hasMatch() ? match.captured(1).toInt() : 0;
        return m_port > 0;
    }

    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }

    /// The raw messages received so far.
    QList<QByteArray> messages() const
    {
        QList<QByteArray> result;
        const QStringList names =
            QDir(m_dir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files);
        for (const QString &name : names) {
            QFile file(m_dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                result.append(file.readAll());
        }
        return result;
    }

    /// A header's value in a raw message ("Message-ID", "To").
    static QByteArray header(const QByteArray &message, const QByteArray &name)
    {
        const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

// Requests sent at once and answered in any order.
struct Burst
{
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;

    Burst() { manager.setProxy(QNetworkProxy::NoProxy); }
    ~Burst() { qDeleteAll(replies); }

    void post(const QUrl &url, const QJsonObject &body, const QString &token = {})
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        replies.append(manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    bool waitAll(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (std::all_of(replies.cbegin(), replies.cend(),
                            [](const QNetworkReply *reply) { return reply->isFinished(); }))
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    static QJsonObject body(QNetworkReply *reply)
    {
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
};

} // namespace

class TestMultipleInstances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void oneLinkIsAcceptedOnce();
    void concurrentTransfersLeaveOneOwner();
    void lastSeatsAreNeverOverAssigned();
    void everyInvitationIsMailedOnce();
    void killedServerLosesNoCommittedInvitation();

private:
    /// The demo organization's URL on server `index` (0–2) + `path`.
    QUrl org(int index, const QString &path) const;
    QUrl api(int index, const QString &path) const;
    QJsonObject inviteAndAccept(const QString &email);
    /// The addresses the sink received mail for, each as often as received,
    /// and the Message-IDs seen more than once.
    QHash<QString, int> recipients(QStringList *repeatedMessageIds = nullptr) const;

    std::unique_ptr<SmtpSink> m_sink;
    DemoServer m_demo; ///< server 0; owns the database
    ServerProcess m_others[2];
    QString m_owner;
};

void TestMultipleInstances::initTestCase()
{
    if (!ServerProcess::usesPostgreSql())
        QSKIP("several servers share PostgreSQL only (TestMultipleInstances_postgresql)");
    m_sink = std::make_unique<SmtpSink>();
    QVERIFY2(m_sink->start(), "smtp_sink.py did not start (python3-aiosmtpd)");
    // A short delivery timeout: a killed server's claim is taken over after
    // it plus 10 s.
    const QStringList mail{
        QStringLiteral("--smtp-url"),         m_sink->url(),
        QStringLiteral("--smtp-from"),        QStringLiteral("invitations@example.com"),
        QStringLiteral("--smtp-retry-base"),  QStringLiteral("1"),
        QStringLiteral("--delivery-timeout"), QStringLiteral("3"),
        QStringLiteral("--rate-limit"),       QStringLiteral("0")};
    QVERIFY2(m_demo.start(mail), qPrintable(m_demo.errorString()));
    m_owner = m_demo.ownerToken();
    for (ServerProcess &other : m_others) {
        other.shareDatabaseOf(m_demo.process());
        QVERIFY2(other.start(mail + QStringList{QStringLiteral("--secret-file"),
                                                m_demo.process().secretPath()}),
                 qPrintable(other.errorString()));
    }
}

void TestMultipleInstances::cleanupTestCase()
{
    for (ServerProcess &other : m_others)
        other.stop();
    m_demo.stop();
}

QUrl TestMultipleInstances::api(int index, const QString &path) const
{
    return index == 0 ? m_demo.api(path) : m_others[index - 1].apiUrl(path);
}

QUrl TestMultipleInstances::org(int index, const QString &path) const
{
    return api(index, QStringLiteral("/organizations/%1").arg(m_demo.orgId()) + path);
}

QJsonObject TestMultipleInstances::inviteAndAccept(const QString &email)
{
    return m_demo.inviteAndAccept(email, QStringLiteral("Instance Test"));
}

QHash<QString, int> TestMultipleInstances::recipients(QStringList *repeatedMessageIds) const
{
    QHash<QString, int> count;
    QSet<QByteArray> ids;
    for (const QByteArray &message : m_sink->messages()) {
        ++count[QString::fromUtf8(SmtpSink::header(message, "To"))];
        const QByteArray messageId = SmtpSink::header(message, "Message-ID");
        if (ids.contains(messageId) && repeatedMessageIds)
            repeatedMessageIds->append(QString::fromUtf8(messageId));
        ids.insert(messageId);
    }
    return count;
}

void TestMultipleInstances::oneLinkIsAcceptedOnce()
{
    const QJsonObject invited = m_demo.invite(QStringLiteral("race-link@example.net"), m_owner);
    const QString token = DemoServer::linkToken(invited.value(QLatin1String("invitation"))
                                                    .toObject()
                                                    .value(QLatin1String("activationUrl"))
                                                    .toString());
    QVERIFY(!token.isEmpty());
    Burst burst;
    for (int i = 0; i < 50; ++i)
        burst.post(api(i % 3, QStringLiteral("/invitations/%1/accept").arg(token)),
                   {{QStringLiteral("fullName"), QStringLiteral("Racer %1").arg(i)}});
    QVERIFY(burst.waitAll(60000));
    int joined = 0;
    int used = 0;
    for (QNetworkReply *reply : std::as_const(burst.replies)) {
        const int status = Burst::status(reply);
        joined += status == 200;
        used += status == 409 && Burst::body(reply)
                                         .value(QLatin1String("error"))
                                         .toObject()
                                         .value(QLatin1String("code"))
                                         .toString() == QLatin1String("invitation_used");
    }
    QCOMPARE(joined, 1);
    QCOMPARE(used, 49);
    QCOMPARE(m_demo.total(QStringLiteral("/members?q=race-link%40example.net")), qint64(1));
}

void TestMultipleInstances::concurrentTransfersLeaveOneOwner()
{
    QList<qint64> targets;
    for (int i = 0; i < 20; ++i) {
        const QJsonObject member = inviteAndAccept(QStringLiteral("heir-%1@example.net").arg(i));
        QVERIFY(!member.isEmpty());
        targets.append(id(member, "userId"));
    }
    Burst burst;
    for (int i = 0; i < targets.size(); ++i)
        burst.post(org(i % 3, QStringLiteral("/ownership")),
                   {{QStringLiteral("userId"), targets.at(i)}}, m_owner);
    QVERIFY(burst.waitAll(60000));
    int transferred = 0;
    for (QNetworkReply *reply : std::as_const(burst.replies)) {
        const int status = Burst::status(reply);
        transferred += status == 200;
        // The others lost the race: the caller is no longer the Owner.
        QVERIFY2(status == 200 || status == 403, qPrintable(QString::number(status)));
    }
    QCOMPARE(transferred, 1);
    const HttpTestResponse owners =
        m_demo.http().get(m_demo.org(QStringLiteral("/members?role=OWNER")), m_owner);
    QVERIFY_STATUS(owners, 200);
    QCOMPARE(owners.total(), qint64(1));
    // The new Owner gives it back, so that the other functions act as Owner.
    const QString newOwnerEmail = str(owners.items().first().toObject(), "email");
    const QString newOwner = m_demo.token(newOwnerEmail);
    const qint64 ownerId = id(m_demo.member(DemoServer::OwnerEmail), "userId");
    QVERIFY_STATUS(m_demo.http().postJson(m_demo.org(QStringLiteral("/ownership")),
                                          {{QStringLiteral("userId"), ownerId}}, newOwner),
                   200);
}

void TestMultipleInstances::lastSeatsAreNeverOverAssigned()
{
    const auto pool = [this]() {
        const QJsonArray pools = m_demo.http()
                                     .get(m_demo.org(), m_owner)
                                     .object()
                                     .value(QLatin1String("licensePools"))
                                     .toArray();
        for (const QJsonValue &value : pools) {
            if (str(value.toObject(), "product") == QLatin1String("KRE"))
                return value.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject before = pool();
    const int total = before.value(QLatin1String("seatsTotal")).toInt();
    const int free = total - before.value(QLatin1String("seatsUsed")).toInt() -
                     before.value(QLatin1String("seatsReserved")).toInt();
    QVERIFY2(free > 0 && free < 200, qPrintable(QString::number(free)));
    Burst burst;
    const int attempts = free + 15;
    for (int i = 0; i < attempts; ++i)
        burst.post(
            org(i % 3, QStringLiteral("/invitations")),
            {{QStringLiteral("emails"), QJsonArray{QStringLiteral("seat-%1@example.net").arg(i)}},
             {QStringLiteral("licenses"), QJsonArray{QStringLiteral("KRE")}}},
            m_owner);
    QVERIFY(burst.waitAll(60000));
    int invited = 0;
    int noSeats = 0;
    for (QNetworkReply *reply : std::as_const(burst.replies)) {
        QCOMPARE(Burst::status(reply), 200);
        const QString status =
            str(Burst::body(reply).value(QLatin1String("results")).toArray().first().toObject(),
                "status");
        invited += status == QLatin1String("invited");
        noSeats += status == QLatin1String("no_seats");
    }
    QCOMPARE(invited, free);
    QCOMPARE(noSeats, attempts - free);
    const QJsonObject after = pool();
    QCOMPARE(after.value(QLatin1String("seatsUsed")).toInt() +
                 after.value(QLatin1String("seatsReserved")).toInt(),
             total);
}

void TestMultipleInstances::everyInvitationIsMailedOnce()
{
    // 300 invitations: 30 requests of 10 addresses, spread over the servers.
    Burst burst;
    for (int r = 0; r < 30; ++r) {
        QJsonArray emails;
        for (int i = 0; i < 10; ++i)
            emails.append(QStringLiteral("mail-%1-%2@example.net").arg(r).arg(i));
        burst.post(org(r % 3, QStringLiteral("/invitations")), {{QStringLiteral("emails"), emails}},
                   m_owner);
    }
    QVERIFY(burst.waitAll(60000));
    for (QNetworkReply *reply : std::as_const(burst.replies))
        QCOMPARE(Burst::status(reply), 200);
    auto mailed = [this]() {
        int count = 0;
        const QHash<QString, int> all = recipients();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            count += it.key().startsWith(QLatin1String("mail-")) ? it.value() : 0;
        return count;
    };
    QTRY_VERIFY_WITH_TIMEOUT(mailed() >= 300, 120000);
    QTest::qWait(1000); // a second copy, if any, would arrive now
    QCOMPARE(mailed(), 300);
    QStringList repeated;
    const QHash<QString, int> all = recipients(&repeated);
    for (int r = 0; r < 30; ++r) {
        for (int i = 0; i < 10; ++i)
            QCOMPARE(all.value(QStringLiteral("mail-%1-%2@example.net").arg(r).arg(i)), 1);
    }
    QVERIFY2(repeated.isEmpty(), qPrintable(repeated.join(u' ')));
    // Every server took part.
    for (const ServerProcess *server : {&m_demo.process(), &m_others[0], &m_others[1]}) {
        QVERIFY2(
            const_cast<ServerProcess *>(server)->serverLog().contains(QLatin1String("delivered")),
            "each server delivers its share");
    }
}

void TestMultipleInstances::killedServerLosesNoCommittedInvitation()
{
    // 150 invitations, one per request, to all three servers; server 2 is
    // killed (SIGKILL, as in a crash) after a third of the answers.
    Burst burst;
    for (int i = 0; i < 150; ++i)
        burst.post(
            org(i % 3, QStringLiteral("/invitations")),
            {{QStringLiteral("emails"), QJsonArray{QStringLiteral("crash-%1@example.net").arg(i)}}},
            m_owner);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::count_if(burst.replies.cbegin(), burst.replies.cend(),
                      [](const QNetworkReply *reply) { return reply->isFinished(); }) >= 50,
        60000);
    m_others[1].kill();
    QVERIFY(burst.waitAll(60000));

    // What was answered "invited" is there; what the killed server had
    // committed is there too, unanswered or not.
    QSet<QString> answered;
    for (QNetworkReply *reply : std::as_const(burst.replies)) {
        if (Burst::status(reply) == 200)
            answered.insert(
                str(Burst::body(reply).value(QLatin1String("results")).toArray().first().toObject(),
                    "email"));
    }
    QVERIFY(answered.size() >= 100);
    QSet<QString> committed;
    for (const QJsonObject &invitation : m_demo.allInvitations(QStringLiteral("pending"))) {
        if (str(invitation, "email").startsWith(QLatin1String("crash-")))
            committed.insert(str(invitation, "email"));
    }
    for (const QString &email : std::as_const(answered))
        QVERIFY2(committed.contains(email), qPrintable(email));

    // Every committed invitation gets its email, those the killed server had
    // claimed after its lease (the delivery timeout plus 10 s). At most the
    // one it was sending may go out twice.
    auto unmailed = [&]() {
        const QHash<QString, int> all = recipients();
        QStringList missing;
        for (const QString &email : std::as_const(committed)) {
            if (all.value(email) == 0)
                missing.append(email);
        }
        return missing;
    };
    QTRY_VERIFY_WITH_TIMEOUT(unmailed().isEmpty(), 90000);
    const QHash<QString, int> all = recipients();
    int extra = 0;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("crash-"))) {
            QVERIFY2(committed.contains(it.key()), qPrintable(it.key()));
            extra += it.value() - 1;
        }
    }
    QVERIFY2(extra <= 1, qPrintable(QString::number(extra)));
}

QTEST_GUILESS_MAIN(TestMultipleInstances)
#include "TestMultipleInstances.moc"
