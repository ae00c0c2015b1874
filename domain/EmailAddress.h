#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// The outcome of checking one typed address (product.md, Invitations).
struct EmailCheck
{
    QString input;   ///< what was typed, with invisible characters at the ends removed
    QString address; ///< the addr-spec to send (domain in ASCII/punycode); empty when invalid
    QString error;   ///< why it is invalid, a translated sentence; empty when valid

    bool isValid() const { return error.isEmpty(); }
};

/// Email addresses per RFC 5321 / RFC 5322 addr-spec (dot-atom local part,
/// no quoted strings or comments), for server and app alike. Error messages
/// are translated in the "EmailAddress" context. All functions take linear
/// time in the length of their input, whatever it holds.
namespace EmailAddress {

/// Removes white space and invisible characters from both ends: every Unicode
/// space (U+0020, U+00A0, U+2000…U+200A, U+202F, U+3000…), line breaks and
/// other controls, format characters (U+200B…U+200F, U+2060, U+FEFF, U+00AD,
/// bidi controls) and blank fillers (U+3164…). Characters inside are kept.
/// Empty or all-invisible input gives an empty string.
QString trimmed(QStringView text);

/// Checks one address. Valid: at most 254 characters in all and 64 in the local
/// part; dot-atom local part (no leading, trailing or doubled dot; plus
/// addressing allowed); a domain of at least two labels, each 1–63 characters
/// of letters, digits and inner hyphens, with an alphabetic top-level label of
/// any length; a Unicode domain is accepted and converted with QUrl::toAce.
/// An invisible character inside the address makes it invalid. Empty input
/// is invalid ("The address is empty."). Case is kept as typed, except in a
/// Unicode domain, which IDNA lower-cases. The 254 and 64 limits apply to
/// the converted (punycode) form, which is what is sent.
///
/// Refused, each with its reason: quoted local parts (`"john doe"@…`),
/// non-ASCII local parts (RFC 6531 needs SMTPUTF8, which many mail servers
/// lack), IP literals (`user@[192.0.2.1]`) and bare IPv4 domains (invitations
/// go to people, whose mail is hosted under a name), single-label domains
/// (`user@localhost`), a top-level label of one letter or with digits (unless
/// punycode, `xn--…`), and a trailing dot in the domain.
EmailCheck check(QStringView text);

/// The key for duplicate detection: the checked address (domain in punycode),
/// lower-cased; for an invalid address, the trimmed text lower-cased. Two
/// addresses with equal keys are the same invitation, so
/// `User@Bücher.example` and `user@xn--bcher-kva.example` are one.
QString duplicateKey(QStringView address);

/// Splits pasted text into candidate addresses: separators are comma,
/// semicolon, white space (space, tab, new line, CR LF, any Unicode space such
/// as U+00A0) outside of quotes and angle brackets; an RFC 5322 mailbox
/// `"Display Name" <addr>` or `Name <addr>` gives just addr, never a piece of
/// the display name. Empty pieces are dropped; order is kept; nothing is
/// checked or deduplicated here; invisible characters at the ends of each
/// piece are removed (those inside are kept, for check() to refuse).
///
/// Also understood: the unquoted `Doe, Jane <addr>` (no entry "Doe"), comments
/// (`addr (Jane)` gives addr; `Jane (addr)` gives addr), RFC 5322 group names
/// (`Team: a, b;`), `mailto:` links (RFC 6068, query dropped), and spreadsheet
/// rows: on a line of tab-separated cells where some cell holds an @, only
/// such cells count; a first row of cells without any @ is a header and is
/// dropped when later rows hold addresses. Quotes, brackets and comments end
/// at the end of their line; an unclosed one is an ordinary character.
///
/// `"Doe, Jane" <jane@example.com>; "Roe, Bob" <bob@example.org>` gives two
/// candidates; `alice@example.com bob@example.com` gives two; a pasted
/// spreadsheet column gives one per line.
QStringList splitList(QStringView text);

/// splitList, then check each, then merge duplicates (by duplicateKey; the
/// first spelling wins). Invalid entries are kept (with their error) so that
/// the user sees them.
QList<EmailCheck> parseList(QStringView text);

} // namespace EmailAddress
