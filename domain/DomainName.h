#pragma once

#include <QString>
#include <QStringView>

/// The outcome of checking the domain of an email address.
struct DomainNameCheck
{
    QString ace;   ///< the domain as sent: ASCII, Unicode labels as punycode; empty when invalid
    QString error; ///< why it is invalid, a translated sentence; empty when valid

    bool isValid() const { return error.isEmpty(); }
};

/// The domain rules of an email address (the part after @), for
/// EmailAddress::check. Messages are translated in the "EmailAddress" context.
namespace DomainName {

/// Checks `domain` as typed (no @, no white space; EmailAddress::check has
/// removed invisible characters at the ends and refused them inside).
///
/// An ASCII domain keeps its case as typed. A Unicode domain goes through
/// UTS #46 processing (QUrl::toAce, nontransitional): full-width forms and
/// ideographic full stops are mapped, letters lower-cased, labels converted
/// to punycode; what comes out is then validated as an ASCII domain.
///
/// Valid: at least two labels, each 1–63 characters of letters, digits and
/// inner hyphens (RFC 1035, RFC 5321 4.1.2); an alphabetic top-level label of
/// two letters or more, or a punycode one. IDNA2008 validity (RFC 5891
/// 5.4, UTS #46 section 4): a Unicode label may not start with a combining
/// mark; hyphens in the third and fourth places only in an `xn--` label
/// (and never in a U-label); an `xn--` label must decode to a valid U-label
/// that encodes back to it (compared case-insensitively).
///
/// Refused, each with its reason: IPv4 addresses (`192.0.2.1`), a single
/// label (`localhost`), empty labels (a leading, trailing or doubled dot),
/// and the special-use top-level names that never receive mail from the
/// Internet (RFC 6761, RFC 6762, RFC 7686, RFC 9476): `.arpa`, `.invalid`,
/// `.local`, `.localhost`, `.onion`, `.test`. `example.com`, `example.org`,
/// `example.net` and `.example` stay valid. Empty input is invalid.
DomainNameCheck check(QStringView domain);

} // namespace DomainName
