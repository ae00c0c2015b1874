#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// The outcome of checking one typed address.
struct EmailCheck
{
    QString input;   ///< what was typed, with invisible characters at the ends removed
    QString address; ///< the addr-spec to send (domain in ASCII/punycode); empty when invalid
    QString error;   ///< why it is invalid, a translated sentence; empty when valid

    bool isValid() const { return error.isEmpty(); }
};

/// Email addresses per RFC 5321 / RFC 5322 addr-spec (dot-atom local part,
/// no quoted strings or comments) with IDNA2008 / UTS #46 domains, and pasted
/// lists of them (RFC 5322 address-list, leniently), for server and app alike. Error messages
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
/// addressing allowed); a domain as DomainName::check accepts it: at least two
/// labels of letters, digits and inner hyphens, an alphabetic top-level label
/// of two letters or more, a Unicode domain converted per UTS #46 (full-width
/// forms mapped, then validated) with IDNA2008 validity (no label starting
/// with a combining mark, `--` in the third and fourth places only in `xn--`
/// labels, an `xn--` label decoding to a valid U-label that encodes back to it).
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
/// punycode, `xn--…`), a trailing dot in the domain, and the special-use
/// top-level names `.arpa`, `.invalid`, `.local`, `.localhost`, `.onion` and
/// `.test`, which never receive an invitation (`example.com`, `.org`, `.net`
/// and `.example` are valid).
EmailCheck check(QStringView text);

/// The key for duplicate detection: the checked address (domain in punycode),
/// lower-cased; for an invalid address, the trimmed text lower-cased. Two
/// addresses with equal keys are the same invitation, so
/// `User@Bücher.example` and `user@xn--bcher-kva.example` are one.
QString duplicateKey(QStringView address);

/// Splits pasted text into pieces: separators are comma, semicolon, white
/// space (space, tab, new line, CR LF, any Unicode space such as U+00A0)
/// outside of quotes, angle brackets and comments. Each piece is a bare
/// addr-spec, an RFC 5322 mailbox (`"Display Name" <addr>` or `Name <addr>`,
/// which gives just addr), or a piece that is neither as a whole: that one is
/// given whole, as pasted, for checkList to report with its reason; it never
/// gives part of itself as an address. Empty pieces are dropped; order is
/// kept; nothing is checked or deduplicated here; invisible characters at the
/// ends of each piece are removed (those inside are kept, for check() to refuse).
///
/// What stays one piece, and the rules that keep a list from hiding a
/// substitution (the class of CPython's CVE-2023-27043):
/// - Text with no white space in between is one piece; comments do not
///   separate. `carol@example.org]<dave@example.com>` (any character in place
///   of `]` but a separator) is one invalid piece; so are `<a@example.com>b`
///   (text after `>`) and `a(note)@example.com` (a comment inside an address).
/// - A display name never gives an address: a mailbox whose name holds a word
///   with @ is one invalid piece from the name's first word to `>`
///   (`John x@evil.example Doe <jdoe@example.com>`,
///   `carol@example.org] <dave@example.com>`), except when that word is the
///   address itself (`bob@example.org <bob@example.org>`). Words with @ before
///   the first word of a name are addresses of their own
///   (`alice@example.com Bob <bob@example.org>` gives both).
/// - A comma or a semicolon always separates: `alice@example.org;<bob@example.com>`
///   is two addresses, each shown.
///
/// Also understood: the unquoted `Doe, Jane <addr>` (no entry "Doe"), comments,
/// nested ones too (`addr (Jane (work))` gives addr; `Jane (addr)` gives addr
/// when nothing else in the piece is an address), RFC 5322 group names
/// (`Team: a, b;`, `Group 2: a;`; a group name holding an @ is one invalid
/// piece), `mailto:` links (RFC 6068, query dropped), and spreadsheet
/// rows: on a line of tab-separated cells where some cell holds an @, only
/// such cells count; a first row of cells without any @ is a header and is
/// dropped when later rows hold addresses. Quotes, brackets and comments end
/// at the end of their line; an unclosed one is an ordinary character (after
/// one unclosed `(`, every later `(` on the line is one too). Not supported,
/// and so one invalid piece: obsolete routes (`<@relay.example:a@example.com>`),
/// quoted local parts, comments or white space inside an addr-spec.
///
/// `"Doe, Jane" <jane@example.com>; "Roe, Bob" <bob@example.org>` gives two
/// candidates; `alice@example.com bob@example.com` gives two; a pasted
/// spreadsheet column gives one per line.
QStringList splitList(QStringView text);

/// splitList, then check() each piece, in order, duplicates kept. A piece
/// that is not a well-formed mailbox or addr-spec keeps the whole text as
/// `input` and the reason found while splitting as `error` ("The name before
/// the address in angle brackets contains an @. …").
QList<EmailCheck> checkList(QStringView text);

/// checkList, then merge duplicates (by duplicateKey; the first spelling
/// wins). Invalid entries are kept (with their error) so that the user sees them.
QList<EmailCheck> parseList(QStringView text);

} // namespace EmailAddress
