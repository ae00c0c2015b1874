#pragma once

#include "MailMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// The wire form of a MailMessage: RFC 5322 headers, RFC 2047 encoded-words,
/// RFC 2045/2046 MIME with quoted-printable parts. Lines end in CRLF. Shared
/// by the outbox and SMTP delivery, so that both carry the same message.
namespace MailEncoding {

/// The whole message. Headers: Date (RFC 5322 date-time in UTC), Message-ID
/// (`<messageId>`), From, To, Subject (RFC 2047 when not ASCII),
/// MIME-Version, Auto-Submitted. With an HTML body: multipart/alternative
/// with a text/plain and a text/html part, both UTF-8 quoted-printable (7-bit
/// safe for any SMTP server); without one: a single text/plain part, UTF-8,
/// 8bit. Line breaks in header values become spaces (no header injection).
QByteArray encode(const MailMessage &message, const QByteArray &messageId);

/// A new, globally unique Message-ID value (without angle brackets):
/// `<UTC time>.<64 random bits in hex>@<domain of fromAddress, else localhost>`.
QByteArray newMessageId(const MailMessage &message);

/// RFC 2047 "B" encoded-words (UTF-8) for `text` when it has non-ASCII or
/// control characters, each word at most 75 characters, folded with
/// CRLF + space; ASCII text is returned unchanged.
QByteArray encodeHeaderWord(const QString &text);

/// RFC 2045 section 6.7 quoted-printable of UTF-8 `text` whose lines are
/// separated by "\n" (or "\r\n"): line breaks become CRLF, lines are at most
/// 76 characters (soft breaks "="), '=' and non-ASCII bytes become =XX, and
/// white space at a line's end is encoded.
QByteArray quotedPrintable(const QString &text);

/// `time` as an RFC 5322 date-time in UTC, e.g. "Sun, 29 Nov 2026 06:40:00 +0000".
QByteArray rfc5322Date(const QDateTime &time);

} // namespace MailEncoding
