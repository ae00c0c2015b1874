// libFuzzer target: the wire form of invitation emails (MailEncoding). For any
// sender name, addresses and subject: the header block is CRLF lines only (no
// CR or LF inside a header value: no header injection), each line at most 78
// octets (but for a line holding only an address) and never over RFC 5322's
// 998, no user text left where a client could take it for an encoded-word, and the
// From name and the Subject decode (RFC 2047, RFC 5322 quoted strings) back to
// what was given, line breaks read as spaces. Quoted-printable bodies decode
// back to their text.
#include "EmailAddress.h"
#include "MailEncoding.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QList>

#include <cstdio>
#include <cstdlib>

namespace {

void require(bool ok, const char *what, const QByteArray &detail)
{
    if (!ok) {
        std::fprintf(stderr, "FuzzMailEncoding: %s:\n%s\n", what, detail.constData());
        std::abort();
    }
}

QString singleLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

bool isWhiteSpace(char c)
{
    return c == ' ' || c == '\t';
}

/// One RFC 2047 encoded-word (`=?UTF-8?B?…?=` or `?Q?`), decoded to bytes;
/// nullopt when `word` is not one.
std::optional<QByteArray> decodeEncodedWord(const QByteArray &word)
{
    if (!word.startsWith("=?") || !word.endsWith("?=") || word.count('?') != 4)
        return std::nullopt;
    const QList<QByteArray> parts = word.mid(2, word.size() - 4).split('?');
    if (parts.size() != 3 || parts.at(0).toUpper() != "UTF-8")
        return std::nullopt;
    const QByteArray encoding = parts.at(1).toUpper();
    if (encoding == "B") {
        const auto decoded =
            QByteArray::fromBase64Encoding(parts.at(2), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        return *decoded;
    }
    if (encoding == "Q") {
        QByteArray text = parts.at(2);
        text.replace('_', ' ');
        return QByteArray::fromPercentEncoding(text, '=');
    }
    return std::nullopt;
}

/// An unstructured header value (RFC 5322 3.2.5 with RFC 2047 6.2): encoded
/// words decoded, white space between two encoded words dropped.
QString decodeUnstructured(const QByteArray &value)
{
    QByteArray out;
    QByteArray pendingSpace;
    bool lastWasEncoded = false;
    qsizetype i = 0;
    while (i < value.size()) {
        qsizetype end = i;
        if (isWhiteSpace(value.at(i))) {
            while (end < value.size() && isWhiteSpace(value.at(end)))
                ++end;
            pendingSpace += value.mid(i, end - i);
            i = end;
            continue;
        }
        while (end < value.size() && !isWhiteSpace(value.at(end)))
            ++end;
        const QByteArray word = value.mid(i, end - i);
        const std::optional<QByteArray> decoded = decodeEncodedWord(word);
        if (!(decoded && lastWasEncoded))
            out += pendingSpace;
        pendingSpace.clear();
        out += decoded ? *decoded : word;
        lastWasEncoded = decoded.has_value();
        i = end;
    }
    out += pendingSpace;
    return QString::fromUtf8(out);
}

/// `display-name <addr>` or `addr`: the name (quoted string unescaped, or
/// encoded words decoded) and the address.
std::pair<QString, QString> decodeMailbox(const QByteArray &value)
{
    if (!value.endsWith('>') || !value.contains('<'))
        return {QString(), QString::fromUtf8(value)};
    const qsizetype open = value.lastIndexOf('<');
    const QString address = QString::fromUtf8(value.mid(open + 1, value.size() - open - 2));
    QByteArray name = value.left(open);
    while (!name.isEmpty() && isWhiteSpace(name.back()))
        name.chop(1);
    if (name.startsWith('"') && name.endsWith('"') && name.size() >= 2) {
        QByteArray text;
        for (qsizetype i = 1; i + 1 < name.size(); ++i) {
            if (name.at(i) == '\\' && i + 2 < name.size())
                ++i;
            text += name.at(i);
        }
        return {QString::fromUtf8(text), address};
    }
    return {decodeUnstructured(name), address};
}

/// The headers of `message`, unfolded (RFC 5322 2.2.3), checked line by line.
QList<std::pair<QByteArray, QByteArray>> parseHeaders(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    require(end > 0, "no blank line after the headers", message);
    const QByteArray block = message.left(end + 2);
    for (qsizetype i = 0; i < block.size(); ++i) {
        if (block.at(i) == '\r')
            require(i + 1 < block.size() && block.at(i + 1) == '\n', "CR alone in a header", block);
        if (block.at(i) == '\n')
            require(i > 0 && block.at(i - 1) == '\r', "LF alone in a header", block);
    }
    QList<std::pair<QByteArray, QByteArray>> headers;
    const QList<QByteArray> lines = block.left(block.size() - 2).split('\n');
    for (QByteArray line : lines) {
        line.chop(1); // the CR
        require(line.size() <= 998, "header line over 998 octets", line);
        if (!line.isEmpty() && isWhiteSpace(line.front())) {
            require(!headers.isEmpty(), "folded line without a header", block);
            headers.last().second += line;
            continue;
        }
        const qsizetype colon = line.indexOf(": ");
        require(colon > 0, "header line without a name", line);
        headers.append({line.left(colon), line.mid(colon + 2)});
    }
    return headers;
}

QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers,
                       const QByteArray &name)
{
    qsizetype found = 0;
    QByteArray value;
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            ++found;
            value = header.second;
        }
    }
    require(found == 1, "header missing or repeated", name);
    return value;
}

QByteArray decodeQuotedPrintable(const QByteArray &encoded)
{
    QByteArray out;
    for (const QByteArray &line : encoded.split('\n')) {
        if (line.isEmpty())
            continue;
        require(line.endsWith('\r'), "quoted-printable line without CRLF", encoded);
        require(line.size() - 1 <= 76, "quoted-printable line over 76 characters", line);
        QByteArray text = line.left(line.size() - 1);
        const bool soft = text.endsWith('=');
        if (soft)
            text.chop(1);
        out += QByteArray::fromPercentEncoding(text, '=');
        if (!soft)
            out += "\r\n";
    }
    return out;
}

/// RFC 5322, 2.1.1: every header line at most 78 octets, except a line that
/// holds nothing but an address (an address is never folded) or the
/// Message-ID, which ends in the sender's domain.
void requireFoldedAt78(const MailMessage &message, const QByteArray &encoded)
{
    const QByteArray block = encoded.left(encoded.indexOf("\r\n\r\n"));
    const QByteArray from = singleLine(message.fromAddress).toUtf8();
    const QByteArray to = singleLine(message.toAddress).toUtf8();
    for (QByteArray line : block.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() <= 78)
            continue;
        const QByteArray text = line.trimmed();
        require(text == "<" + from + ">" || text == "From: " + from || text == "To: " + to ||
                    text.startsWith("Message-ID: "),
                "header line over 78 octets that folding could have shortened", encoded);
    }
}

void fuzzMessage(const MailMessage &message, const QByteArray &input)
{
    const QByteArray encoded = MailEncoding::encode(message, "fuzz.1@example.com");
    const auto headers = parseHeaders(encoded);
    requireFoldedAt78(message, encoded);
    const QString subject = decodeUnstructured(headerValue(headers, "Subject"));
    require(subject == singleLine(message.subject), "Subject does not decode to the subject",
            encoded + "\n" + input.toHex());
    const auto [fromName, fromAddress] = decodeMailbox(headerValue(headers, "From"));
    require(fromName == singleLine(message.fromName), "From does not decode to the name",
            encoded + "\n" + input.toHex());
    require(fromAddress == singleLine(message.fromAddress), "From does not hold the address",
            encoded);
    const auto [toName, toAddress] = decodeMailbox(headerValue(headers, "To"));
    require(toAddress == singleLine(message.toAddress), "To does not hold the address", encoded);
}

void fuzzQuotedPrintable(const QString &text)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QByteArray expected = lines.toUtf8();
    expected.replace("\n", "\r\n");
    if (!expected.isEmpty() && !expected.endsWith("\r\n"))
        expected += "\r\n";
    const QByteArray encoded = MailEncoding::quotedPrintable(text);
    require(decodeQuotedPrintable(encoded) == expected, "quoted-printable does not decode back",
            encoded);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    FuzzedDataProvider provider(data, size);
    auto text = [&provider](size_t maxLength) {
        const std::string bytes = provider.ConsumeRandomLengthString(maxLength);
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    };
    // Addresses reach the encoder checked (the invitation's, the server's
    // --smtp-from); anything else stands in for a valid one.
    auto address = [&text] {
        const EmailCheck checked = EmailAddress::check(text(80));
        return checked.isValid() ? checked.address : QStringLiteral("invitations@example.com");
    };
    MailMessage message;
    message.fromName = text(300);
    message.fromAddress = address();
    message.toAddress = address();
    message.subject = text(400);
    message.body = text(2000);
    message.htmlBody = provider.ConsumeBool() ? text(2000) : QString();
    message.date = QDateTime::fromSecsSinceEpoch(provider.ConsumeIntegral<uint32_t>(), Qt::UTC);
    fuzzMessage(message, input);
    fuzzQuotedPrintable(message.body);
    return 0;
}
