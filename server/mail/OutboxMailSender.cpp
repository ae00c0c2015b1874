#include "OutboxMailSender.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>

namespace {

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7e || (c.unicode() < 0x20 && c != QLatin1Char('\t')))
            return false;
    }
    return true;
}

// RFC 5322 date-time, always in UTC ("+0000"), English names whatever the locale.
QByteArray rfc5322Date(const QDateTime &time)
{
    return QLocale::c()
               .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " +0000";
}

// Strips line breaks so that no value can inject a header.
QString singleLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QByteArray mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return singleLine(address).toUtf8();
    QByteArray display = OutboxMailSender::encodeHeaderWord(singleLine(name));
    if (display == singleLine(name).toUtf8()) {
        display.replace('\\', "\\\\");
        display.replace('"', "\\\"");
        display = '"' + display + '"';
    }
    return display + " <" + singleLine(address).toUtf8() + '>';
}

} // namespace

OutboxMailSender::OutboxMailSender(const QString &directory) : m_directory(directory) {}

QByteArray OutboxMailSender::encodeHeaderWord(const QString &text)
{
    if (isAscii(text))
        return text.toLatin1();
    // Encoded-words are at most 75 characters: split the UTF-8 into chunks of
    // whole characters, each its own word, joined by folding white space.
    QByteArray result;
    QString chunk;
    auto flush = [&]() {
        if (chunk.isEmpty())
            return;
        if (!result.isEmpty())
            result += "\r\n ";
        result += "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
        chunk.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        QString character(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            character += text.at(++i);
        if ((chunk + character).toUtf8().size() > 45)
            flush();
        chunk += character;
    }
    flush();
    return result;
}

QByteArray OutboxMailSender::encode(const MailMessage &message, const QByteArray &messageId)
{
    QByteArray out;
    out += "Date: " + rfc5322Date(message.date) + "\r\n";
    out += "Message-ID: <" + messageId + ">\r\n";
    out += "From: " + mailbox(message.fromName, message.fromAddress) + "\r\n";
    out += "To: " + mailbox({}, message.toAddress) + "\r\n";
    out += "Subject: " + encodeHeaderWord(singleLine(message.subject)) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "\r\n";
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    out += body.toUtf8();
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

QString OutboxMailSender::send(const MailMessage &message)
{
    if (!QDir().mkpath(m_directory))
        return QStringLiteral("cannot create the outbox folder %1").arg(m_directory);
    const QString random =
        QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    const QString stamp =
        QLocale::c().toString(message.date.toUTC(), QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QString tag = message.tag;
    for (QChar &c : tag) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    const QString fileName =
        stamp + QLatin1Char('-') + tag + QLatin1Char('-') + random + QStringLiteral(".eml");
    const QByteArray domain = message.fromAddress.section(QLatin1Char('@'), 1).toUtf8();
    const QByteArray messageId = stamp.toLatin1() + '.' + random.toLatin1() + '@' +
                                 (domain.isEmpty() ? QByteArray("localhost") : domain);
    // Written under a ".part" name and renamed, so that a reader of the
    // outbox never sees half a message. No fsync per message (QSaveFile would
    // do one): an outbox of a thousand invitations is written in a moment.
    const QString finalPath = QDir(m_directory).filePath(fileName);
    QFile file(finalPath + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        file.write(encode(message, messageId)) < 0) {
        const QString error = file.errorString();
        file.remove();
        return QStringLiteral("cannot write %1: %2").arg(file.fileName(), error);
    }
    file.close();
    if (!file.rename(finalPath)) {
        const QString error = file.errorString();
        file.remove();
        return QStringLiteral("cannot write %1: %2").arg(finalPath, error);
    }
    return {};
}
