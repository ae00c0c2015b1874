// MailEncoding: the bytes every invitation email is made of — RFC 2045
// quoted-printable, RFC 2046 multipart/alternative, RFC 5322 headers with
// RFC 2047 words — and MailQueue's retry schedule.
#include "MailEncoding.h"
#include "MailQueue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestMailEncoding : public QObject
{
    Q_OBJECT
private slots:
    void quotedPrintableKeepsLinesShortAndDecodes_data();
    void quotedPrintableKeepsLinesShortAndDecodes();
    void htmlMessageIsMultipartAlternative();
    void plainMessageStaysSinglePart();
    void headersDecodeBackToTheirText();
    void retryScheduleGrowsAndIsCapped();
};

namespace {

// RFC 2045, 6.7 decoding: soft breaks, then =XX escapes.
QByteArray decodeQuotedPrintable(QByteArray text)
{
    text.replace("=\r\n", "");
    QByteArray decoded;
    for (qsizetype i = 0; i < text.size(); ++i) {
        bool ok = false;
        const int value = text.at(i) == '=' ? text.mid(i + 1, 2).toInt(&ok, 16) : 0;
        if (ok) {
            decoded += char(value);
            i += 2;
        } else {
            decoded += text.at(i);
        }
    }
    return decoded;
}

MailMessage invitation()
{
    MailMessage message;
    message.fromName = QStringLiteral("Nguyễn Thị Minh Khai via TestOps");
    message.fromAddress = QStringLiteral("invitations@testops.example");
    message.toAddress = QStringLiteral("user@xn--bcher-kva.example");
    message.subject =
        QStringLiteral("Nguyễn Thị Minh Khai invited you to join Société Générale QA");
    message.body = QStringLiteral("Hello,\nopen http://127.0.0.1:1/join?token=abc=def\n");
    message.htmlBody = QStringLiteral("<p><a href=\"http://127.0.0.1:1/join?token=abc=def\">"
                                      "Accept</a></p>\n");
    message.date = QDateTime::fromString(QStringLiteral("2026-11-29T06:40:00Z"), Qt::ISODate);
    return message;
}

} // namespace

void TestMailEncoding::quotedPrintableKeepsLinesShortAndDecodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("link") << QStringLiteral("https://users.example.com/join?token=") +
                                 QString(120, QLatin1Char('x')) + QStringLiteral("\n");
    QTest::newRow("unicode") << QStringLiteral("Chào mừng — 山田太郎 invited you 👋\n").repeated(4);
    QTest::newRow("trailing space") << QStringLiteral("ends with space \nand tab\t\n");
    QTest::newRow("equals and dots") << QStringLiteral("a=b\n.\n..leading dots\n");
}

void TestMailEncoding::quotedPrintableKeepsLinesShortAndDecodes()
{
    QFETCH(QString, text);
    const QByteArray encoded = MailEncoding::quotedPrintable(text);
    for (const QByteArray &line : encoded.split('\n')) {
        QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
        const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
        QVERIFY2(!content.endsWith(' ') && !content.endsWith('\t'), line.constData());
        for (char c : content)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
    }
    QVERIFY(encoded.endsWith("\r\n"));
    QVERIFY(!encoded.contains("=_"));
    QString expected = text;
    expected.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(encoded)), expected);
}

void TestMailEncoding::htmlMessageIsMultipartAlternative()
{
    const QByteArray text = MailEncoding::encode(invitation(), "id.1@testops.example");
    const qsizetype headerEnd = text.indexOf("\r\n\r\n");
    QVERIFY(headerEnd > 0);
    const QByteArray headers = text.left(headerEnd);
    QVERIFY(headers.startsWith("Date: Sun, 29 Nov 2026 06:40:00 +0000\r\n"));
    QVERIFY(headers.contains("\r\nMessage-ID: <id.1@testops.example>\r\n"));
    QVERIFY(headers.contains("\r\nFrom: =?UTF-8?B?"));
    QVERIFY(headers.contains("<invitations@testops.example>"));
    QVERIFY(headers.contains("\r\nTo: user@xn--bcher-kva.example\r\n"));
    QVERIFY(headers.contains("\r\nSubject: =?UTF-8?B?"));
    QVERIFY(headers.contains("\r\nMIME-Version: 1.0\r\n"));
    static const QRegularExpression typePattern(
        QStringLiteral("Content-Type: multipart/alternative;\r\n boundary=\"([^\"]+)\""));
    const QRegularExpressionMatch type = typePattern.match(QString::fromLatin1(headers));
    QVERIFY(type.hasMatch());
    const QByteArray boundary = "--" + type.captured(1).toLatin1();

    // Two parts, plain text first (RFC 2046, 5.1.4: the richest last), then the close.
    QCOMPARE(text.count("\r\n" + boundary + "\r\n"), 2);
    QVERIFY(text.endsWith("\r\n" + boundary + "--\r\n"));
    const qsizetype plain = text.indexOf("Content-Type: text/plain; charset=UTF-8");
    const qsizetype html = text.indexOf("Content-Type: text/html; charset=UTF-8");
    QVERIFY(plain > headerEnd && html > plain);
    QCOMPARE(text.count("Content-Transfer-Encoding: quoted-printable\r\n"), 2);
    const QByteArray decoded = decodeQuotedPrintable(text);
    QVERIFY(decoded.contains("open http://127.0.0.1:1/join?token=abc=def\r\n"));
    QVERIFY(decoded.contains("href=\"http://127.0.0.1:1/join?token=abc=def\""));
    for (char c : text)
        QVERIFY(static_cast<unsigned char>(c) < 0x80); // 7-bit: any SMTP server takes it
    for (const QByteArray &line : text.split('\n'))
        QVERIFY2(line.size() <= 79, line.constData()); // 78 + the CR (RFC 5322, 2.1.1)
}

void TestMailEncoding::plainMessageStaysSinglePart()
{
    MailMessage message = invitation();
    message.htmlBody.clear();
    const QByteArray text = MailEncoding::encode(message, "id.2@testops.example");
    QVERIFY(text.contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n"));
    QVERIFY(!text.contains("multipart"));
}

void TestMailEncoding::headersDecodeBackToTheirText()
{
    // Names as the server lets them through: any visible text, up to 200
    // characters. Each goes into From and Subject as an invitation puts it.
    const QString longWord = QString(200, QLatin1Char('x'));
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words << QStringLiteral("Name%1").arg(i);
    const QStringList names{
        QStringLiteral("Amelia Hartmann"),
        words.join(QLatin1Char(' ')).left(200),
        longWord,
        // Text a mail client would decode into something the server refuses.
        QStringLiteral("=?UTF-8?B?PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==?="),
        QStringLiteral("=?utf-8?q?=E2=80=AEexe.pdf?= Mallory"),
        QStringLiteral("Price =? 5 =?"),
        QStringLiteral("Jane \"JJ\" O'Neil \\ Doe, <admin@example.com>"),
        QStringLiteral("Nguyễn Thị Minh Khai"),
        QString(200, QChar(0x5C71)), // 山 × 200: 600 bytes of UTF-8
        QStringLiteral("🧑\u200d💻 Ada ") + QString(60, QChar(0x00E9)),
        QStringLiteral("a b  c   d"),
    };
    QTemporaryDir dir;
    QStringList files;
    QList<MailMessage> messages;
    for (int i = 0; i < names.size(); ++i) {
        MailMessage message = invitation();
        message.fromName = names.at(i) + QStringLiteral(" via TestOps");
        message.subject = names.at(i) + QStringLiteral(" invited you to join Acme QA on TestOps");
        const QByteArray text = MailEncoding::encode(message, "id.3@testops.example");
        const QByteArray headers = text.left(text.indexOf("\r\n\r\n"));
        for (const QByteArray &line : headers.split('\n')) {
            // RFC 5322, 2.1.1: 78 octets and the CR at most; 7-bit.
            QVERIFY2(line.size() <= 79, qPrintable(QStringLiteral("%1: %2 octets: %3")
                                                       .arg(i)
                                                       .arg(line.size() - 1)
                                                       .arg(QString::fromLatin1(line))));
            for (char c : line)
                QVERIFY(static_cast<unsigned char>(c) < 0x80);
        }
        // No user text is ever left where a client could take it for an
        // encoded-word: every "=?" in the headers starts one of ours.
        for (qsizetype at = headers.indexOf("=?"); at >= 0; at = headers.indexOf("=?", at + 2)) {
            QVERIFY2(headers.mid(at, 10) == "=?UTF-8?B?", headers.constData());
            at = headers.indexOf("?=", at + 10);
            QVERIFY(at > 0);
        }
        QFile file(dir.filePath(QStringLiteral("%1.eml").arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        files << file.fileName();
        messages << message;
    }

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is missing (scripts/install-deps.sh --test installs it)");
    QProcess decoder;
    decoder.start(python,
                  QStringList{QStringLiteral(TESTOPS_TEST_DATA_DIR "/mail_headers.py")} + files);
    QVERIFY(decoder.waitForFinished(30000));
    QCOMPARE(decoder.exitCode(), 0);
    const QJsonArray decoded = QJsonDocument::fromJson(decoder.readAllStandardOutput()).array();
    QCOMPARE(decoded.size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        const QJsonObject headers = decoded.at(i).toObject();
        QCOMPARE(headers.value(QLatin1String("subject")).toString(), messages.at(i).subject);
        QCOMPARE(headers.value(QLatin1String("fromName")).toString(), messages.at(i).fromName);
        QCOMPARE(headers.value(QLatin1String("fromAddress")).toString(),
                 messages.at(i).fromAddress);
        QCOMPARE(headers.value(QLatin1String("to")).toString(), messages.at(i).toAddress);
        QCOMPARE(headers.value(QLatin1String("defects")).toArray(), QJsonArray());
    }
}

void TestMailEncoding::retryScheduleGrowsAndIsCapped()
{
    // Default base 30 s: 30 s, 2 min, 8 min, 32 min, then hourly.
    const QList<qint64> expected{30, 120, 480, 1920, 3600, 3600, 3600};
    for (int failure = 1; failure <= expected.size(); ++failure)
        QCOMPARE(MailQueue::retryDelaySeconds(30, failure), expected.at(failure - 1));
    QCOMPARE(MailQueue::retryDelaySeconds(1, 1), qint64(1));
    QCOMPARE(MailQueue::retryDelaySeconds(1, 3), qint64(16));
    QCOMPARE(MailQueue::retryDelaySeconds(1, 100), qint64(120));
    QCOMPARE(MailQueue::retryDelaySeconds(0, 1), qint64(1)); // never a busy loop
}

QTEST_APPLESS_MAIN(TestMailEncoding)
#include "TestMailEncoding.moc"
