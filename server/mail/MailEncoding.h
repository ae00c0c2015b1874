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
/// (`<messageId>`), From (`"name" <address>`), To, Subject, MIME-Version,
/// Auto-Submitted. The From name and the Subject are user text: when such
/// text has anything but printable ASCII, or "=?" (which a mail client could
/// take for an encoded-word and decode into other text), all of it is sent
/// as RFC 2047 "B" encoded-words (UTF-8), so that no user text is ever
/// interpreted as an encoded-word; otherwise it goes as it is (the name as a
/// quoted-string). Header lines are folded before a space to at most 78
/// octets (RFC 5322, 2.1.1); text with a run too long to fold that way is
/// encoded-words too, which fold anywhere. Only a To or From address longer
/// than a line stays whole. Line breaks in header values become spaces (no
/// header injection). With an HTML body: multipart/alternative with a
/// text/plain and a text/html part, both UTF-8 quoted-printable (7-bit safe
/// for any SMTP server); without one: a single text/plain part, UTF-8, 8bit.
QByteArray encode(const MailMessage &message, const QByteArray &messageId);

/// A new, globally unique Message-ID value (without angle brackets):
/// `<UTC time>.<64 random bits in hex>@<domain of fromAddress, else localhost>`.
QByteArray newMessageId(const MailMessage &message);

/// RFC 2047 "B" encoded-words (UTF-8) for `text` when it has anything but
/// printable ASCII, or "=?": each word at most 75 characters, a character
/// never split, words joined by CRLF + space. Other text is returned
/// unchanged. Empty text gives an empty result.
QByteArray encodeHeaderWord(const QString &text);

/// RFC 2045 section 6.7 quoted-printable of UTF-8 `text` whose lines are
/// separated by "\n" (or "\r\n"): line breaks become CRLF, lines are at most
/// 76 characters (soft breaks "="), '=' and non-ASCII bytes become =XX, and
/// white space at a line's end is encoded.
QByteArray quotedPrintable(const QString &text);

/// `time` as an RFC 5322 date-time in UTC, e.g. "Sun, 29 Nov 2026 06:40:00 +0000".
QByteArray rfc5322Date(const QDateTime &time);

} // namespace MailEncoding
