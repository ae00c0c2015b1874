#include "DomainName.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace {

constexpr qsizetype MaxLabelLength = 63; // RFC 1035 2.3.4

// Messages are written out as QCoreApplication::translate("EmailAddress", …)
// at each use so that lupdate finds them; a local tr() helper would hide them.

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

QString quoted(QStringView text)
{
    return QStringLiteral("“%1”").arg(text);
}

/// UTS #46 label separators: full stop, ideographic full stop, full-width
/// full stop, halfwidth ideographic full stop.
bool isLabelSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case 0x3002:
    case 0xFF0E:
    case 0xFF61:
        return true;
    default:
        return false;
    }
}

bool isCombiningMark(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

QString reservedHyphensError(QStringView shown)
{
    return QCoreApplication::translate(
               "EmailAddress",
               "The domain %1 has a part with hyphens in the third and fourth places, which "
               "only international names written as xn--… may have.")
        .arg(quoted(shown));
}

/// The ASCII character a full-width form (U+FF01…U+FF5E) stands for,
/// lower-cased; other characters as they are.
QChar foldedWidth(QChar c)
{
    const char16_t u = c.unicode();
    return QChar(u >= 0xFF01 && u <= 0xFF5E ? char16_t(u - 0xFEE0) : u).toLower();
}

/// The labels of a Unicode domain as typed, checked for what UTS #46 mapping
/// (QUrl::toAce) lets pass but IDNA2008 refuses (RFC 5891 5.4): a label
/// starting with a combining mark, or with hyphens in its third and fourth
/// places. Empty when none.
QString typedLabelError(QStringView domain)
{
    qsizetype begin = 0;
    while (begin <= domain.size()) {
        qsizetype end = begin;
        while (end < domain.size() && !isLabelSeparator(domain.at(end)))
            ++end;
        const QStringView label = domain.sliced(begin, end - begin);
        if (!label.isEmpty()) {
            char32_t first = label.at(0).unicode();
            if (label.at(0).isHighSurrogate() && label.size() > 1 && label.at(1).isLowSurrogate())
                first = QChar::surrogateToUcs4(label.at(0), label.at(1));
            if (isCombiningMark(first))
                return QCoreApplication::translate(
                           "EmailAddress",
                           "The domain %1 has a part that starts with a combining mark.")
                    .arg(quoted(domain));
            // An xn-- label, full-width or not, is checked once decoded.
            const bool reserved = label.size() >= 4 && foldedWidth(label.at(2)) == u'-' &&
                                  foldedWidth(label.at(3)) == u'-';
            const bool ace =
                reserved && foldedWidth(label.at(0)) == u'x' && foldedWidth(label.at(1)) == u'n';
            if (reserved && !ace)
                return reservedHyphensError(domain);
        }
        begin = end + 1;
    }
    return {};
}

/// True for a domain written as IPv4 numbers ("192.0.2.1").
bool looksLikeIpv4(QStringView domain)
{
    for (const QChar c : domain) {
        if (!isAsciiDigit(c) && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

bool hasHyphensInThirdAndFourth(QStringView label)
{
    return label.size() >= 4 && label.at(2) == QLatin1Char('-') && label.at(3) == QLatin1Char('-');
}

/// Checks an ASCII (already punycode-converted) domain per RFC 1035 / RFC 5321
/// 4.1.2; `shown` is the domain as typed, for the message. Empty when valid.
QString letterDigitHyphenError(QStringView ace, QStringView shown)
{
    if (looksLikeIpv4(ace) && ace.contains(QLatin1Char('.')))
        return QCoreApplication::translate(
                   "EmailAddress", "The domain %1 is an IP address; a domain name is needed.")
            .arg(quoted(shown));
    const auto labels = ace.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return QCoreApplication::translate(
                   "EmailAddress", "The domain %1 needs at least two parts, as in example.com.")
            .arg(quoted(shown));
    for (const QStringView label : labels) {
        if (label.isEmpty())
            return QCoreApplication::translate("EmailAddress",
                                               "The domain %1 has an empty part between dots.")
                .arg(quoted(shown));
        if (label.size() > MaxLabelLength)
            return QCoreApplication::translate(
                       "EmailAddress", "The domain %1 has a part longer than 63 characters.")
                .arg(quoted(shown));
        for (const QChar c : label) {
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('-'))
                return QCoreApplication::translate(
                           "EmailAddress", "The domain %1 contains %2, which is not allowed.")
                    .arg(quoted(shown), quoted(QStringView(&c, 1)));
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return QCoreApplication::translate(
                       "EmailAddress",
                       "The domain %1 has a part that starts or ends with a hyphen.")
                .arg(quoted(shown));
    }
    const QStringView tld = labels.last();
    bool alphabetic = true;
    for (const QChar c : tld)
        alphabetic = alphabetic && isAsciiLetter(c);
    const bool punycode =
        tld.size() > 4 && tld.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive);
    // No top-level domain has a single letter; two or more letters, of any length.
    if (!(alphabetic && tld.size() >= 2) && !punycode)
        return QCoreApplication::translate(
                   "EmailAddress", "The domain %1 does not end in a valid top-level domain.")
            .arg(quoted(shown));
    return {};
}

/// IDNA2008 validity of each label of an ASCII domain that passed
/// letterDigitHyphenError. Empty when valid.
QString idnaError(QStringView ace, QStringView shown)
{
    for (const QStringView label : ace.split(QLatin1Char('.'))) {
        const QString lower = label.toString().toLower();
        if (!lower.startsWith(QLatin1String("xn--"))) {
            // "ab--…" is reserved for future ACE prefixes (RFC 5891 4.2.3.1).
            if (hasHyphensInThirdAndFourth(lower))
                return reservedHyphensError(shown);
            continue;
        }
        // An A-label must decode to a U-label that encodes back to it
        // (RFC 5891 5.4); Qt's fromAce returns its input when the decoded
        // label is not valid IDNA.
        const QString decoded = QUrl::fromAce(lower.toLatin1(), QUrl::IgnoreIDNWhitelist);
        const bool decodes = !decoded.isEmpty() && !isAscii(decoded) &&
                             !decoded.contains(QLatin1Char('.')) &&
                             QString::fromLatin1(QUrl::toAce(decoded)) == lower;
        if (!decodes)
            return QCoreApplication::translate(
                       "EmailAddress",
                       "The domain %1 has a part written as xn--… that is not a valid "
                       "international name.")
                .arg(quoted(shown));
        if (isCombiningMark(decoded.at(0).unicode()) ||
            (decoded.at(0).isHighSurrogate() && decoded.size() > 1 &&
             isCombiningMark(QChar::surrogateToUcs4(decoded.at(0), decoded.at(1)))))
            return QCoreApplication::translate(
                       "EmailAddress",
                       "The domain %1 has a part that starts with a combining mark.")
                .arg(quoted(shown));
        if (hasHyphensInThirdAndFourth(decoded))
            return reservedHyphensError(shown);
    }
    return {};
}

/// The special-use top-level name of `ace` (lower-case, without the dot), or
/// an empty string.
QString specialUseName(QStringView ace)
{
    static const QStringList names{
        QStringLiteral("arpa"),      // RFC 3172: infrastructure
        QStringLiteral("invalid"),   // RFC 6761 6.4
        QStringLiteral("local"),     // RFC 6762: multicast DNS
        QStringLiteral("localhost"), // RFC 6761 6.3
        QStringLiteral("onion"),     // RFC 7686: Tor
        QStringLiteral("test"),      // RFC 6761 6.2
    };
    const QString tld = ace.sliced(ace.lastIndexOf(QLatin1Char('.')) + 1).toString().toLower();
    return names.contains(tld) ? tld : QString();
}

} // namespace

namespace DomainName {

DomainNameCheck check(QStringView domain)
{
    DomainNameCheck result;
    auto fail = [&result](const QString &error) {
        result.error = error;
        return result;
    };
    if (domain.isEmpty())
        return fail(QCoreApplication::translate("EmailAddress", "The part after @ is empty."));

    QString ace;
    if (isAscii(domain)) {
        ace = domain.toString();
    } else {
        if (QString error = typedLabelError(domain); !error.isEmpty())
            return fail(error);
        ace = QString::fromLatin1(QUrl::toAce(domain.toString()));
        if (ace.isEmpty() || !isAscii(ace))
            return fail(QCoreApplication::translate("EmailAddress", "The domain %1 is not valid.")
                            .arg(quoted(domain)));
    }
    if (QString error = letterDigitHyphenError(ace, domain); !error.isEmpty())
        return fail(error);
    if (QString error = idnaError(ace, domain); !error.isEmpty())
        return fail(error);
    if (const QString name = specialUseName(ace); !name.isEmpty())
        return fail(QCoreApplication::translate(
                        "EmailAddress",
                        "The domain %1 ends in “.%2”, a name reserved for special use that "
                        "cannot receive invitations.")
                        .arg(quoted(domain), name));
    result.ace = std::move(ace);
    return result;
}

} // namespace DomainName
