// Invitation emails over real SMTP: the server (started with --smtp-url)
// delivers to a real SMTP server on loopback — tests/data/smtp_sink.py on
// Debian's python3-aiosmtpd — which parses each message with Python's email
// package. Checks what a user would notice: the mail arrives with the right
// recipient, subject and link in both MIME parts; a refusal shows as
// deliveryError on the invitation; a retry (automatic or Resend) delivers
// and clears it; the queue survives a restart; STARTTLS with credentials from
// the environment, and smtps:// that refuses an untrusted certificate.
#include "DemoServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

constexpr int DeliveryTimeoutMs = 20000;
const QString Sender = QStringLiteral("invitations@testops.example");

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Debian's interpreter first: a python3 earlier on PATH (pyenv, a venv) may
// lack the system's python3-aiosmtpd.
QString pythonWithAiosmtpd()
{
    QStringList candidates;
    if (QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
        candidates << QStringLiteral("/usr/bin/python3");
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!onPath.isEmpty())
        candidates << onPath;
    for (const QString &python : std::as_const(candidates)) {
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        if (probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit &&
            probe.exitCode() == 0)
            return python;
    }
    return {};
}

// The SMTP server: tests/data/smtp_sink.py on a free loopback port.
class SmtpSink
{
public:
    ~SmtpSink() { stop(); }

    /// `options`: smtp_sink.py's --starttls/--tls CERT KEY, --auth USER:PASSWORD.
    bool start(const QString &python, const QStringList &options = {})
    {
        if (!m_dir.isValid())
            return false;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(python, QStringList{QStringLiteral(TESTOPS_TEST_DATA_DIR "/smtp_sink.py"),
                                            m_dir.path()} +
                                    options);
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression portLine(QStringLiteral("^PORT (\\d+)"));
        for (int i = 0; i < 100 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(200);
        const QRegularExpressionMatch match =
            portLine.match(QString::fromUtf8(m_process.readLine()).trimmed());
        m_port = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (m_port == 0)
            qWarning("smtp_sink.py: %s", m_process.readAllStandardError().constData());
        return m_port > 0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel(); // the sink ends when its stdin closes
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString url(const QString &scheme = QStringLiteral("smtp")) const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port);
    }

    /// Answer RCPT TO with `reply` (e.g. "550 5.1.1 …") until accept().
    void refuse(const QByteArray &reply)
    {
        QFile flag(m_dir.filePath(QStringLiteral("refuse")));
        QVERIFY(flag.open(QIODevice::WriteOnly | QIODevice::Truncate));
        flag.write(reply + '\n');
    }
    void accept() { QFile::remove(m_dir.filePath(QStringLiteral("refuse"))); }

    /// Every message received so far, in order, as smtp_sink.py summarized it.
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> result;
        QStringList names = QDir(m_dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files);
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return a.section(QLatin1Char('.'), 0, 0).toInt() <
                   b.section(QLatin1Char('.'), 0, 0).toInt();
        });
        for (const QString &name : std::as_const(names)) {
            QFile file(m_dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                result.append(QJsonDocument::fromJson(file.readAll()).object());
        }
        return result;
    }

    /// The decoded text of the part with `contentType` ("text/plain", "text/html").
    static QString part(const QJsonObject &message, const QString &contentType)
    {
        for (const QJsonValue &value : message.value(QLatin1String("parts")).toArray()) {
            if (str(value.toObject(), "contentType") == contentType)
                return str(value.toObject(), "text");
        }
        return {};
    }

    static QStringList recipients(const QJsonObject &message)
    {
        QStringList result;
        for (const QJsonValue &value : message.value(QLatin1String("rcptTos")).toArray())
            result.append(value.toString());
        return result;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

// A loopback port with nothing listening on it (taken, then released).
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

// A self-signed certificate for 127.0.0.1 made with the openssl command:
// the SMTP server's certificate and, for --smtp-ca-file, its own authority.
struct TestCertificate
{
    QString certificate;
    QString key;
};

std::optional<TestCertificate> makeCertificate(const QTemporaryDir &dir)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return std::nullopt;
    const TestCertificate made{dir.filePath(QStringLiteral("cert.pem")),
                               dir.filePath(QStringLiteral("key.pem"))};
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   made.key, QStringLiteral("-out"), made.certificate, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0 ||
        !QFileInfo::exists(made.certificate))
        return std::nullopt;
    return made;
}

} // namespace

class TestSmtpDelivery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void invitationArrivesOverSmtp();
    void refusedEmailShowsUntilResendDelivers();
    void temporaryFailureIsRetriedWithBackOff();
    void logLinesShowAddressesVerbatim();
    void queuedEmailSurvivesARestart();
    void starttlsWithCredentialsFromTheEnvironment();
    void implicitTlsVerifiesTheCertificate();
    void helpAndBadSmtpOptions();

private:
    QStringList smtpArguments(const QString &url, const QString &caFile = {}) const;
    bool startServer(const QString &url, const QString &caFile = {});
    QJsonObject inviteOne(const QString &email);
    QString deliveryError(qint64 invitationId);
    QString organizationName();
    QString ownerName();

    QString m_python;
    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<DemoServer> m_demo;
    QString m_owner;
};

void TestSmtpDelivery::initTestCase()
{
    m_python = pythonWithAiosmtpd();
    if (m_python.isEmpty())
        QSKIP("python3 with aiosmtpd is missing (Debian: python3-aiosmtpd; "
              "scripts/install-deps.sh --test installs it)");
}

void TestSmtpDelivery::cleanup()
{
    m_demo.reset();
    m_sink.reset();
}

QStringList TestSmtpDelivery::smtpArguments(const QString &url, const QString &caFile) const
{
    QStringList arguments{QStringLiteral("--smtp-url"),        url,
                          QStringLiteral("--smtp-from"),       Sender,
                          QStringLiteral("--smtp-retry-base"), QStringLiteral("1")};
    if (!caFile.isEmpty())
        arguments << QStringLiteral("--smtp-ca-file") << caFile;
    return arguments;
}

bool TestSmtpDelivery::startServer(const QString &url, const QString &caFile)
{
    m_demo = std::make_unique<DemoServer>();
    if (!m_demo->start(smtpArguments(url, caFile))) {
        qWarning("%s", qPrintable(m_demo->errorString()));
        return false;
    }
    m_owner = m_demo->ownerToken();
    return true;
}

QJsonObject TestSmtpDelivery::inviteOne(const QString &email)
{
    const QJsonObject result = m_demo->invite(email, m_owner);
    return str(result, "status") == QLatin1String("invited")
               ? result.value(QLatin1String("invitation")).toObject()
               : QJsonObject();
}

QString TestSmtpDelivery::deliveryError(qint64 invitationId)
{
    return str(m_demo->openInvitation(invitationId), "deliveryError");
}

QString TestSmtpDelivery::organizationName()
{
    return str(m_demo->http().get(m_demo->org(), m_owner).object(), "name");
}

QString TestSmtpDelivery::ownerName()
{
    return str(m_demo->get(QStringLiteral("/me"), m_owner).object(), "fullName");
}

void TestSmtpDelivery::invitationArrivesOverSmtp()
{
    m_sink = std::make_unique<SmtpSink>();
    QVERIFY(m_sink->start(m_python));
    QVERIFY(startServer(m_sink->url()));
    const QString address = QStringLiteral("smtp-arrives@example.net");
    const QJsonObject invitation = inviteOne(address);
    QVERIFY(!invitation.isEmpty());
    QVERIFY(!invitation.contains(QLatin1String("deliveryError")));
    const QString link = str(invitation, "activationUrl");
    QVERIFY(link.contains(QLatin1String("/join?token=")));

    QTRY_COMPARE_WITH_TIMEOUT(m_sink->messages().size(), 1, DeliveryTimeoutMs);
    const QJsonObject mail = m_sink->messages().first();
    QCOMPARE(SmtpSink::recipients(mail), QStringList{address});
    QCOMPARE(str(mail, "mailFrom"), Sender);
    const QJsonObject headers = mail.value(QLatin1String("headers")).toObject();
    QCOMPARE(str(headers, "To"), address);
    QVERIFY(str(headers, "From").contains(Sender));
    QVERIFY(!str(headers, "Date").isEmpty());
    QVERIFY(str(headers, "Message-ID").contains(QLatin1Char('@')));
    const QString subject = str(mail, "subject");
    QVERIFY2(subject.contains(organizationName()) && subject.contains(ownerName()),
             qPrintable(subject));

    // Both MIME parts carry the link that the API gives, the organization and the inviter.
    QCOMPARE(str(mail, "contentType"), QStringLiteral("multipart/alternative"));
    const QString text = SmtpSink::part(mail, QStringLiteral("text/plain"));
    const QString html = SmtpSink::part(mail, QStringLiteral("text/html"));
    QVERIFY2(text.contains(link), qPrintable(text));
    QVERIFY2(html.contains(QStringLiteral("href=\"%1\"").arg(link)), qPrintable(html));
    for (const QString &part : {text, html}) {
        QVERIFY(part.contains(organizationName()));
        QVERIFY(part.contains(ownerName()));
    }

    // Delivered: nothing went to the outbox, and the invitation shows no error.
    QVERIFY(QDir(m_demo->process().outboxPath())
                .entryList({QStringLiteral("*.eml")}, QDir::Files)
                .isEmpty());
    QCOMPARE(deliveryError(qint64(invitation.value(QLatin1String("id")).toDouble())), QString());

    // Once sent, the message (and its live link) leaves the database: a copy
    // of the file alone must not be enough to accept the invitation.
    const QString token = DemoServer::linkToken(link);
    const QString path = m_demo->process().databasePath();
    {
        QSqlDatabase db = m_demo->process().openDirect(QStringLiteral("inspect"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        auto sentAndEmptied = [&query]() {
            return query.exec(QStringLiteral("SELECT count(*) FROM mail_queue WHERE state = 1 AND "
                                             "length(message) = 0")) &&
                   query.next() && query.value(0).toInt() == 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sentAndEmptied(), DeliveryTimeoutMs);
        query.finish();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    if (ServerProcess::usesPostgreSql())
        return;     // the emptied column above is the whole check; there is no file to read
    m_demo->stop(); // a clean stop checkpoints the log into the file
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(bytes.size() > 4096);
    QVERIFY2(!bytes.contains(token.toUtf8()), "a sent message's link stays in the database file");
}

void TestSmtpDelivery::refusedEmailShowsUntilResendDelivers()
{
    m_sink = std::make_unique<SmtpSink>();
    QVERIFY(m_sink->start(m_python));
    QVERIFY(startServer(m_sink->url()));
    m_sink->refuse("550 5.1.1 Mailbox unavailable");
    const QJsonObject invitation = inviteOne(QStringLiteral("smtp-refused@example.net"));
    QVERIFY(!invitation.isEmpty());
    const qint64 id = qint64(invitation.value(QLatin1String("id")).toDouble());

    QTRY_VERIFY_WITH_TIMEOUT(!deliveryError(id).isEmpty(), DeliveryTimeoutMs);
    QCOMPARE(deliveryError(id),
             QStringLiteral("email not delivered: 550 5.1.1 Mailbox unavailable"));
    // A 5xx answer is final: the server does not try again by itself.
    QTRY_VERIFY_WITH_TIMEOUT(m_demo->process().serverLog().contains(QLatin1String("giving up")),
                             5000);
    QVERIFY(m_sink->messages().isEmpty());

    // The admin fixes the address's mailbox and presses Resend.
    m_sink->accept();
    const HttpTestResponse resent =
        m_demo->http().postJson(m_demo->org(QStringLiteral("/invitations/resend")),
                                {{QStringLiteral("ids"), QJsonArray{id}}}, m_owner);
    QVERIFY2(resent.status == 200, resent.describe().constData());
    const QJsonObject result = resent.results().first().toObject();
    QCOMPARE(str(result, "status"), QStringLiteral("resent"));
    const QString newLink =
        str(result.value(QLatin1String("invitation")).toObject(), "activationUrl");
    QVERIFY(!newLink.isEmpty());
    QVERIFY(newLink != str(invitation, "activationUrl"));

    QTRY_COMPARE_WITH_TIMEOUT(m_sink->messages().size(), 1, DeliveryTimeoutMs);
    const QJsonObject mail = m_sink->messages().first();
    QCOMPARE(SmtpSink::recipients(mail), QStringList{QStringLiteral("smtp-refused@example.net")});
    QVERIFY(SmtpSink::part(mail, QStringLiteral("text/plain")).contains(newLink));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryError(id), QString(), DeliveryTimeoutMs);
}

void TestSmtpDelivery::temporaryFailureIsRetriedWithBackOff()
{
    m_sink = std::make_unique<SmtpSink>();
    QVERIFY(m_sink->start(m_python));
    QVERIFY(startServer(m_sink->url()));
    m_sink->refuse("451 4.3.0 Try again later");
    const QJsonObject invitation = inviteOne(QStringLiteral("smtp-later@example.net"));
    QVERIFY(!invitation.isEmpty());
    const qint64 id = qint64(invitation.value(QLatin1String("id")).toDouble());

    QTRY_VERIFY_WITH_TIMEOUT(!deliveryError(id).isEmpty(), DeliveryTimeoutMs);
    QCOMPARE(deliveryError(id), QStringLiteral("email not delivered: 451 4.3.0 Try again later"));
    QVERIFY(m_demo->process().serverLog().contains(QLatin1String("next attempt at")));

    // No Resend: the queue tries again by itself (1 s, 4 s, … with --smtp-retry-base 1).
    m_sink->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->messages().size(), 1, DeliveryTimeoutMs);
    QVERIFY(SmtpSink::part(m_sink->messages().first(), QStringLiteral("text/plain"))
                .contains(str(invitation, "activationUrl")));
    QTRY_COMPARE_WITH_TIMEOUT(deliveryError(id), QString(), DeliveryTimeoutMs);
}

void TestSmtpDelivery::logLinesShowAddressesVerbatim()
{
    // "%1" is valid in a local part, and SMTP answers are the remote
    // server's text: neither may be read as a placeholder of the log line.
    m_sink = std::make_unique<SmtpSink>();
    QVERIFY(m_sink->start(m_python));
    QVERIFY(startServer(m_sink->url()));
    m_sink->refuse("451 4.3.0 Try %1 later %2");
    const QString address = QStringLiteral("per%1cent%2@example.net");
    const QJsonObject invitation = inviteOne(address);
    QVERIFY(!invitation.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_demo->process().serverLog().contains(QLatin1String("next attempt")),
                             DeliveryTimeoutMs);
    const QString failed =
        QStringLiteral(" to ") + address +
        QStringLiteral(" not delivered (attempt 1): 451 4.3.0 Try %1 later %2; next attempt at ");
    QVERIFY2(m_demo->process().serverLog().contains(failed),
             qPrintable(m_demo->process().serverLog()));
    m_sink->accept();
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->messages().size(), 1, DeliveryTimeoutMs);
    const QString delivered = QStringLiteral(" to ") + address + QStringLiteral(" delivered.");
    QTRY_VERIFY_WITH_TIMEOUT(m_demo->process().serverLog().contains(delivered), DeliveryTimeoutMs);
    QCOMPARE(SmtpSink::recipients(m_sink->messages().first()), QStringList{address});
}

void TestSmtpDelivery::queuedEmailSurvivesARestart()
{
    // First run: no SMTP server listens; the email waits in the database.
    const int port = closedPort();
    QVERIFY(port > 0);
    QVERIFY(startServer(QStringLiteral("smtp://127.0.0.1:%1").arg(port)));
    const QJsonObject invitation = inviteOne(QStringLiteral("smtp-restart@example.net"));
    QVERIFY(!invitation.isEmpty());
    const qint64 id = qint64(invitation.value(QLatin1String("id")).toDouble());
    QTRY_VERIFY_WITH_TIMEOUT(deliveryError(id).startsWith(QLatin1String("email not delivered: ")),
                             DeliveryTimeoutMs);
    m_demo->stop();

    // Second run on the same database, now with a mail server.
    m_sink = std::make_unique<SmtpSink>();
    QVERIFY(m_sink->start(m_python));
    QVERIFY2(m_demo->process().start(smtpArguments(m_sink->url())),
             qPrintable(m_demo->process().errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->messages().size(), 1, DeliveryTimeoutMs);
    QCOMPARE(SmtpSink::recipients(m_sink->messages().first()),
             QStringList{QStringLiteral("smtp-restart@example.net")});
    QTRY_COMPARE_WITH_TIMEOUT(deliveryError(id), QString(), DeliveryTimeoutMs);
}

void TestSmtpDelivery::starttlsWithCredentialsFromTheEnvironment()
{
    QTemporaryDir dir;
    const auto certificate = makeCertificate(dir);
    if (!certificate)
        QSKIP("the openssl command cannot make a test certificate");
    m_sink = std::make_unique<SmtpSink>();
    QVERIFY(m_sink->start(m_python,
                          {QStringLiteral("--starttls"), certificate->certificate, certificate->key,
                           QStringLiteral("--auth"), QStringLiteral("mailer:s3cret pass")}));
    // The credentials reach the server through its environment only.
    qputenv("TESTOPS_SMTP_USERNAME", "mailer");
    qputenv("TESTOPS_SMTP_PASSWORD", "s3cret pass");
    const bool started = startServer(m_sink->url(), certificate->certificate);
    qunsetenv("TESTOPS_SMTP_USERNAME");
    qunsetenv("TESTOPS_SMTP_PASSWORD");
    QVERIFY(started);

    const QJsonObject invitation = inviteOne(QStringLiteral("smtp-tls@example.net"));
    QVERIFY(!invitation.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->messages().size(), 1, DeliveryTimeoutMs);
    const QJsonObject mail = m_sink->messages().first();
    QVERIFY(mail.value(QLatin1String("tls")).toBool());
    QVERIFY(mail.value(QLatin1String("authenticated")).toBool());
    QVERIFY(SmtpSink::part(mail, QStringLiteral("text/plain"))
                .contains(str(invitation, "activationUrl")));
    QVERIFY(!m_demo->process().serverLog().contains(QLatin1String("s3cret")));
}

void TestSmtpDelivery::implicitTlsVerifiesTheCertificate()
{
    QTemporaryDir dir;
    const auto certificate = makeCertificate(dir);
    if (!certificate)
        QSKIP("the openssl command cannot make a test certificate");
    m_sink = std::make_unique<SmtpSink>();
    QVERIFY(m_sink->start(m_python,
                          {QStringLiteral("--tls"), certificate->certificate, certificate->key}));

    // A certificate that no trusted authority signed is refused.
    QVERIFY(startServer(m_sink->url(QStringLiteral("smtps"))));
    const QJsonObject invitation = inviteOne(QStringLiteral("smtp-smtps@example.net"));
    QVERIFY(!invitation.isEmpty());
    const qint64 id = qint64(invitation.value(QLatin1String("id")).toDouble());
    QTRY_VERIFY_WITH_TIMEOUT(!deliveryError(id).isEmpty(), DeliveryTimeoutMs);
    QVERIFY2(deliveryError(id).contains(QLatin1String("certificate")),
             qPrintable(deliveryError(id)));
    QVERIFY(m_sink->messages().isEmpty());

    // Trusting its authority (--smtp-ca-file), the queued email goes out.
    m_demo->stop();
    QVERIFY2(m_demo->process().start(
                 smtpArguments(m_sink->url(QStringLiteral("smtps")), certificate->certificate)),
             qPrintable(m_demo->process().errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->messages().size(), 1, DeliveryTimeoutMs);
    QVERIFY(m_sink->messages().first().value(QLatin1String("tls")).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(deliveryError(id), QString(), DeliveryTimeoutMs);
}

void TestSmtpDelivery::helpAndBadSmtpOptions()
{
    const auto run = [](const QStringList &arguments, QByteArray *output) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(ServerProcess::binaryPath(), arguments);
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished(5000);
            return -1;
        }
        *output = process.readAll();
        return process.exitCode();
    };
    QByteArray output;
    QCOMPARE(run({QStringLiteral("--help")}, &output), 0);
    for (const char *expected : {"--smtp-url", "--smtp-from", "--smtp-retry-base", "--smtp-ca-file",
                                 "TESTOPS_SMTP_USERNAME", "TESTOPS_SMTP_PASSWORD", "STARTTLS"})
        QVERIFY2(output.contains(expected), expected);

    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("server.db"));
    const QStringList serve{QStringLiteral("serve"), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database};
    // Credentials never on the command line.
    QCOMPARE(run(serve + QStringList{QStringLiteral("--smtp-url"),
                                     QStringLiteral("smtp://user:secret@127.0.0.1:25"),
                                     QStringLiteral("--smtp-from"), Sender},
                 &output),
             2);
    QVERIFY2(output.contains("TESTOPS_SMTP_PASSWORD"), output.constData());
    QCOMPARE(
        run(serve + QStringList{QStringLiteral("--smtp-url"), QStringLiteral("http://127.0.0.1:25"),
                                QStringLiteral("--smtp-from"), Sender},
            &output),
        2);
    QCOMPARE(run(serve + QStringList{QStringLiteral("--smtp-url"),
                                     QStringLiteral("smtp://127.0.0.1:25")},
                 &output),
             2);
    QVERIFY(!QFileInfo::exists(database));
}

QTEST_GUILESS_MAIN(TestSmtpDelivery)
#include "TestSmtpDelivery.moc"
