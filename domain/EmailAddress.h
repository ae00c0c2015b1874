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
/// no quoted strings or comments), for server and app alike.
namespace EmailAddress {

/// Removes white space and invisible characters (U+00A0, U+200B…U+200D,
/// U+2060, U+FEFF, other Unicode spaces) from both ends.
QString trimmed(QStringView text);

/// Checks one address. Valid: at most 254 characters in all and 64 in the local
/// part; dot-atom local part (no leading, trailing or doubled dot; plus
/// addressing allowed); a domain of at least two labels, each 1–63 characters
/// of letters, digits and inner hyphens, with an alphabetic top-level label of
/// any length; a Unicode domain is accepted and converted with QUrl::toAce.
/// An invisible character inside the address makes it invalid. Empty input
/// is invalid ("The address is empty."). Case is kept as typed.
EmailCheck check(QStringView text);

/// The key for duplicate detection: the checked address, lower-cased. Two
/// addresses with equal keys are the same invitation.
QString duplicateKey(QStringView address);

/// Splits pasted text into candidate addresses: separators are comma,
/// semicolon, white space (space, tab, new line) outside of quotes and angle
/// brackets; an RFC 5322 mailbox `"Display Name" <addr>` or `Name <addr>`
/// gives just addr, never a piece of the display name. Empty pieces are
/// dropped; order is kept; nothing is checked or deduplicated here.
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
