#include "MailEncoding.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRandomGenerator>

namespace {

// RFC 5322, 2.1.1: a line SHOULD be at most 78 octets, CRLF excluded.
constexpr qsizetype MaxLineOctets = 78;
// RFC 2047, 2: an encoded-word is at most 75 characters.
constexpr qsizetype MaxEncodedWord = 75;

// Printable ASCII (U+0020…U+007E) only: what a header may carry as it is.
bool isPrintableAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Text that a mail client shows exactly as written: printable ASCII with no
// "=?", which a client could take for the start of an encoded-word and
// decode into text the server would never have let through.
bool isLiteralSafe(const QString &text)
{
    return isPrintableAscii(text) && !text.contains(QLatin1String("=?"));
}

// Strips line breaks so that no value can inject a header.
QString singleLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// The length of the last line of `text` (after its last LF).
qsizetype lastLineLength(const QByteArray &text)
{
    return text.size() - (text.lastIndexOf('\n') + 1);
}

// Folds printable-ASCII `text` that starts `column` octets into its line:
// CRLF goes before a space (RFC 5322, 2.2.3: unfolding gives the text back)
// wherever the next word would pass 78 octets. False when a word is too long
// for a line of its own.
bool foldAtSpaces(const QByteArray &text, qsizetype column, QByteArray *folded)
{
    QByteArray out;
    const QList<QByteArray> words = text.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &word = words.at(i);
        if (i == 0) {
            out += word;
            column += word.size();
        } else if (column + 1 + word.size() <= MaxLineOctets || word.isEmpty()) {
            // An empty word (two spaces) stays: a line of white space alone is no fold.
            out += ' ' + word;
            column += 1 + word.size();
        } else {
            out += "\r\n " + word;
            column = 1 + word.size();
        }
        if (column > MaxLineOctets)
            return false;
    }
    *folded = out;
    return true;
}

// RFC 2047 "B" encoded-words (UTF-8) for all of `text`, the first starting
// `column` octets into its line, the others each on a folded line of its
// own; no line passes 78 octets and no word 75 characters. A character is
// never split between words.
QByteArray encodedWords(const QString &text, qsizetype column)
{
    // "=?UTF-8?B?" + base64 + "?=": 12 characters around 4 per 3 bytes.
    const auto bytesFor = [](qsizetype room) {
        // At least one character of up to 4 bytes per word, however little room.
        return qMax<qsizetype>(4, 3 * ((qMin(room, MaxEncodedWord) - 12) / 4));
    };
    QByteArray result;
    qsizetype budget = bytesFor(MaxLineOctets - column);
    QByteArray chunk;
    const auto flush = [&]() {
        if (!result.isEmpty())
            result += "\r\n ";
        result += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
        budget = bytesFor(MaxLineOctets - 1);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString character(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            character += text.at(++i);
        const QByteArray bytes = character.toUtf8();
        if (!chunk.isEmpty() && chunk.size() + bytes.size() > budget)
            flush();
        chunk += bytes;
    }
    if (!chunk.isEmpty() || result.isEmpty())
        flush();
    return result;
}

// A header field whose body is unstructured text (RFC 5322, 3.2.5), such
// as Subject, with its CRLF.
QByteArray unstructuredField(const QByteArray &name, const QString &value)
{
    const QString text = singleLine(value);
    const qsizetype column = name.size() + 2;
    QByteArray body;
    if (!isLiteralSafe(text) || !foldAtSpaces(text.toLatin1(), column, &body))
        body = encodedWords(text, column);
    return name + ": " + body + "\r\n";
}

// A header field of one mailbox (RFC 5322, 3.4): `"Name" <address>` or the
// name as encoded-words, with its CRLF.
QByteArray mailboxField(const QByteArray &name, const QString &displayName, const QString &address)
{
    const QByteArray angle = '<' + singleLine(address).toUtf8() + '>';
    const qsizetype column = name.size() + 2;
    if (displayName.isEmpty())
        return name + ": " + singleLine(address).toUtf8() + "\r\n";
    const QString text = singleLine(displayName);
    QByteArray display;
    bool folded = false;
    if (isLiteralSafe(text)) {
        // A quoted-string (RFC 5322, 3.2.4), folded at its spaces.
        QByteArray quoted = text.toLatin1();
        quoted.replace('\\', "\\\\");
        quoted.replace('"', "\\\"");
        folded = foldAtSpaces('"' + quoted + '"', column, &display);
    }
    if (!folded)
        display = encodedWords(text, column);
    // The address on the same line when it fits, else on a folded line.
    const qsizetype last =
        display.contains('\n') ? lastLineLength(display) : column + display.size();
    return name + ": " + display + (last + 1 + angle.size() > MaxLineOctets ? "\r\n " : " ") +
           angle + "\r\n";
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
    if (isLiteralSafe(text))
        return text.toLatin1();
    return encodedWords(text, 0);
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
    out += mailboxField("From", message.fromName, message.fromAddress);
    out += mailboxField("To", {}, message.toAddress);
    out += unstructuredField("Subject", message.subject);
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
