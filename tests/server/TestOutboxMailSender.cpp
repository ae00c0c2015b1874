// OutboxMailSender: invitation emails as RFC 5322 files, headers in RFC 2047
// when they are not ASCII.
#include "OutboxMailSender.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestOutboxMailSender : public QObject
{
    Q_OBJECT
private slots:
    void asciiHeaderStaysPlain();
    void unicodeHeaderIsEncodedWords();
    void writesOneRfc5322FilePerMessage();
    void lineBreaksCannotInjectHeaders();
};

namespace {

MailMessage sample()
{
    MailMessage message;
    message.fromName = QStringLiteral("José Álvarez via TestOps");
    message.fromAddress = QStringLiteral("no-reply@testops.example");
    message.toAddress = QStringLiteral("new.person@example.com");
    message.subject = QStringLiteral("José Álvarez invited you to join Société Générale QA");
    message.body = QStringLiteral("Hello,\nopen http://127.0.0.1:1/join?token=abc\n");
    message.date = QDateTime::fromString(QStringLiteral("2026-11-29T06:40:00Z"), Qt::ISODate);
    message.tag = QStringLiteral("invitation-7");
    return message;
}

// Decodes one "=?UTF-8?B?…?=" word.
QString decodeWord(const QByteArray &word)
{
    static const QRegularExpression pattern(QStringLiteral("^=\\?UTF-8\\?B\\?([^?]*)\\?=$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(word));
    return match.hasMatch()
               ? QString::fromUtf8(QByteArray::fromBase64(match.captured(1).toLatin1()))
               : QString();
}

} // namespace

void TestOutboxMailSender::asciiHeaderStaysPlain()
{
    QCOMPARE(OutboxMailSender::encodeHeaderWord(QStringLiteral("Join Acme on TestOps")),
             QByteArray("Join Acme on TestOps"));
}

void TestOutboxMailSender::unicodeHeaderIsEncodedWords()
{
    const QString text = QStringLiteral("山田太郎 invited you to join Zoë's very long organization "
                                        "name that needs more than one encoded word");
    const QByteArray encoded = OutboxMailSender::encodeHeaderWord(text);
    QString decoded;
    for (const QByteArray &word : encoded.split('\n')) {
        const QByteArray trimmed = word.trimmed();
        QVERIFY2(trimmed.size() <= 75, trimmed.constData()); // RFC 2047, 2
        decoded += decodeWord(trimmed);
    }
    QCOMPARE(decoded, text);
}

void TestOutboxMailSender::writesOneRfc5322FilePerMessage()
{
    QTemporaryDir dir;
    OutboxMailSender sender(dir.filePath(QStringLiteral("outbox")));
    QueuedMail mail;
    mail.invitationId = 7;
    mail.message = OutboxMailSender::encode(sample(), "1.abc@testops.example");
    mail.queuedAt = sample().date;
    for (qint64 id : {1, 2}) {
        mail.id = id;
        const MailTransport::Result result = sender.deliver(mail, nullptr);
        QVERIFY2(result.delivered, qPrintable(result.reason));
    }
    // The same message again (after a crash before its record) replaces its file.
    QVERIFY(sender.deliver(mail, nullptr).delivered);
    const QStringList files =
        QDir(sender.directory()).entryList({QStringLiteral("*.eml")}, QDir::Files);
    QCOMPARE(files, (QStringList{QStringLiteral("20261129T064000000Z-invitation-7-1.eml"),
                                 QStringLiteral("20261129T064000000Z-invitation-7-2.eml")}));
    QFile file(QDir(sender.directory()).filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("Date: Sun, 29 Nov 2026 06:40:00 +0000\r\n"));
    QVERIFY(text.contains("\r\nMessage-ID: <"));
    QVERIFY(text.contains("\r\nTo: new.person@example.com\r\n"));
    QVERIFY(text.contains("\r\nFrom: =?UTF-8?B?"));
    QVERIFY(text.contains("\r\nSubject: =?UTF-8?B?"));
    QVERIFY(text.contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n"));
    QVERIFY(text.contains("\r\n\r\nHello,\r\nopen http://127.0.0.1:1/join?token=abc\r\n"));
    QVERIFY(!text.contains("\n\n")); // every line ends in CRLF
#ifdef Q_OS_UNIX
    // The files hold live activation links: nobody but the server's user
    // reads them, as with the secret file.
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(file.permissions() & others, QFile::Permissions());
    QCOMPARE(QFileInfo(sender.directory()).permissions() & others, QFile::Permissions());
#endif
}

void TestOutboxMailSender::lineBreaksCannotInjectHeaders()
{
    MailMessage message = sample();
    message.subject = QStringLiteral("Hi\r\nBcc: victim@example.com");
    const QByteArray text = OutboxMailSender::encode(message, "id@testops.example");
    QVERIFY(!text.contains("\r\nBcc:"));
}

QTEST_APPLESS_MAIN(TestOutboxMailSender)
#include "TestOutboxMailSender.moc"
