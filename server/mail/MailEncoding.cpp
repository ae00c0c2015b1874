#include "MailEncoding.h"

#include <QCryptographicHash>
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
    QByteArray display = MailEncoding::encodeHeaderWord(singleLine(name));
    if (display == singleLine(name).toUtf8()) {
        display.replace('\\', "\\\\");
        display.replace('"', "\\\"");
        display = '"' + display + '"';
    }
    // Fold before the address when the line would pass 78 characters
    // ("From: " is 6 of them); folding white space may stand there.
    const QByteArray angle = '<' + singleLine(address).toUtf8() + '>';
    const qsizetype lastLine = display.size() - (display.lastIndexOf('\n') + 1);
    return display + (6 + lastLine + 1 + angle.size() > 78 ? "\r\n " : " ") + angle;
}

QByteArray crlfLines(const QString &text)
{
    QString body = text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QByteArray out = body.toUtf8();
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

} // namespace

namespace MailEncoding {

QByteArray rfc5322Date(const QDateTime &time)
{
    return QLocale::c()
               .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " +0000";
}

QByteArray encodeHeaderWord(const QString &text)
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
        // 36 bytes are 48 in base64: with "=?UTF-8?B?…?=" a 60-character
        // word, so that "Subject: " and the word fit in 78 (RFC 5322, 2.1.1).
        if ((chunk + character).toUtf8().size() > 36)
            flush();
        chunk += character;
    }
    flush();
    return result;
}

QByteArray quotedPrintable(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    QByteArray out;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        if (n == lines.size() - 1 && line.isEmpty())
            break; // the text ended with a line break
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto byte = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray token;
            if ((byte >= 33 && byte <= 126 && byte != '=') ||
                ((byte == ' ' || byte == '\t') && !last)) {
                token = QByteArray(1, char(byte));
            } else {
                token = QByteArray("=") + hex[byte >> 4] + hex[byte & 0xf];
            }
            // 76 characters at most, the soft break "=" included.
            if (column + token.size() > 75) {
                out += "=\r\n";
                column = 0;
            }
            out += token;
            column += static_cast<int>(token.size());
        }
        out += "\r\n";
    }
    return out;
}

QByteArray newMessageId(const MailMessage &message)
{
    const QString stamp =
        QLocale::c().toString(message.date.toUTC(), QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString random =
        QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    const QByteArray domain = message.fromAddress.section(QLatin1Char('@'), 1).toUtf8();
    return stamp.toLatin1() + '.' + random.toLatin1() + '@' +
           (domain.isEmpty() ? QByteArray("localhost") : domain);
}

QByteArray encode(const MailMessage &message, const QByteArray &messageId)
{
    QByteArray out;
    out += "Date: " + rfc5322Date(message.date) + "\r\n";
    out += "Message-ID: <" + singleLine(QString::fromLatin1(messageId)).toLatin1() + ">\r\n";
    out += "From: " + mailbox(message.fromName, message.fromAddress) + "\r\n";
    out += "To: " + mailbox({}, message.toAddress) + "\r\n";
    out += "Subject: " + encodeHeaderWord(singleLine(message.subject)) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    // RFC 3834: no vacation replies to a machine's message.
    out += "Auto-Submitted: auto-generated\r\n";
    if (message.htmlBody.isEmpty()) {
        out += "Content-Type: text/plain; charset=UTF-8\r\n";
        out += "Content-Transfer-Encoding: 8bit\r\n";
        out += "\r\n";
        out += crlfLines(message.body);
        return out;
    }
    // "=_" never occurs in quoted-printable text, so the boundary cannot
    // appear inside a part (RFC 2045, 6.7; RFC 2046, 5.1.1).
    const QByteArray boundary =
        "=_testops_" +
        QCryptographicHash::hash(messageId, QCryptographicHash::Sha256).toHex().left(24);
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "This is a MIME message with a plain-text and an HTML version.\r\n";
    const auto part = [&](const char *type, const QString &text) {
        out += "\r\n--" + boundary + "\r\n";
        out += QByteArray("Content-Type: ") + type + "; charset=UTF-8\r\n";
        out += "Content-Transfer-Encoding: quoted-printable\r\n";
        out += "\r\n";
        out += quotedPrintable(text);
    };
    part("text/plain", message.body);
    part("text/html", message.htmlBody);
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

} // namespace MailEncoding
