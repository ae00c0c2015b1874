#include "EmailAddress.h"

#include "AddressList.h"
#include "DomainName.h"
#include "VisibleText.h"

#include <QCoreApplication>
#include <QHash>

namespace {

constexpr qsizetype MaxAddressLength = 254; // RFC 5321 4.5.3.1.3 path limit minus "<>"
constexpr qsizetype MaxLocalLength = 64;    // RFC 5321 4.5.3.1.1

// Messages are written out as QCoreApplication::translate("EmailAddress", …)
// at each use so that lupdate finds them; a local tr() helper would hide them.

/// Reads the code point at `i` (a surrogate pair counts as one) and tells its length.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype *length)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *length = 1;
    return c.unicode();
}

// One notion of invisible for addresses and names alike.
using VisibleText::isInvisible;

/// atext of RFC 5322 3.2.3, ASCII only (no RFC 6531 internationalized local parts:
/// many mail servers still refuse them).
bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    switch (u) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '/':
    case '=':
    case '?':
    case '^':
    case '_':
    case '`':
    case '{':
    case '|':
    case '}':
    case '~':
        return true;
    default:
        return false;
    }
}

QString quoted(QStringView text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

/// Checks the dot-atom local part (RFC 5322 3.4.1); empty when valid.
QString localPartError(QStringView local)
{
    if (local.isEmpty())
        return QCoreApplication::translate("EmailAddress", "The part before @ is empty.");
    if (local.size() > MaxLocalLength)
        return QCoreApplication::translate("EmailAddress",
                                           "The part before @ is longer than 64 characters.");
    if (local.contains(QLatin1Char('"')))
        return QCoreApplication::translate(
            "EmailAddress", "Quoted addresses such as \"john doe\"@example.com are not supported.");
    if (local.startsWith(QLatin1Char('.')))
        return QCoreApplication::translate("EmailAddress", "The part before @ starts with a dot.");
    if (local.endsWith(QLatin1Char('.')))
        return QCoreApplication::translate("EmailAddress", "The part before @ ends with a dot.");
    if (local.contains(QLatin1String("..")))
        return QCoreApplication::translate("EmailAddress",
                                           "The part before @ has two dots in a row.");
    for (qsizetype i = 0; i < local.size();) {
        qsizetype length = 1;
        const char32_t c = codePointAt(local, i, &length);
        if (c != '.' && !(length == 1 && isAtext(local.at(i)))) {
            return QCoreApplication::translate(
                       "EmailAddress",
                       "The part before @ contains %1, which is not allowed in an address.")
                .arg(quoted(local.mid(i, length)));
        }
        i += length;
    }
    return {};
}

} // namespace

namespace EmailAddress {

QString trimmed(QStringView text)
{
    return VisibleText::trimmed(text);
}

EmailCheck check(QStringView text)
{
    EmailCheck result;
    result.input = trimmed(text);
    const QStringView input(result.input);
    auto fail = [&result](const QString &error) {
        result.error = error;
        return result;
    };

    if (input.isEmpty())
        return fail(QCoreApplication::translate("EmailAddress", "The address is empty."));
    if (input.startsWith(QLatin1Char('"')))
        return fail(QCoreApplication::translate(
            "EmailAddress",
            "Quoted addresses such as \"john doe\"@example.com are not supported."));
    for (qsizetype i = 0; i < input.size();) {
        qsizetype length = 1;
        const char32_t c = codePointAt(input, i, &length);
        if (c == ' ')
            return fail(
                QCoreApplication::translate("EmailAddress", "The address contains a space."));
        if (isInvisible(c))
            return fail(QCoreApplication::translate(
                            "EmailAddress", "The address contains an invisible character (%1).")
                            .arg(codePointName(c)));
        i += length;
    }
    const qsizetype at = input.indexOf(QLatin1Char('@'));
    if (at < 0 || input.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return fail(QCoreApplication::translate("EmailAddress", "An address needs exactly one @."));

    const QStringView local = input.first(at);
    const QStringView domain = input.sliced(at + 1);
    if (QString error = localPartError(local); !error.isEmpty())
        return fail(error);
    if (domain.startsWith(QLatin1Char('[')))
        return fail(QCoreApplication::translate(
            "EmailAddress",
            "Addresses with an IP address in brackets, such as user@[192.0.2.1], are "
            "not accepted."));
    const DomainNameCheck checkedDomain = DomainName::check(domain);
    if (!checkedDomain.isValid())
        return fail(checkedDomain.error);

    QString address = local.toString() + QLatin1Char('@') + checkedDomain.ace;
    if (address.size() > MaxAddressLength)
        return fail(QCoreApplication::translate("EmailAddress",
                                                "The address is longer than 254 characters."));
    result.address = std::move(address);
    return result;
}

QString duplicateKey(QStringView address)
{
    const EmailCheck checked = check(address);
    return (checked.isValid() ? checked.address : checked.input).toLower();
}

QStringList splitList(QStringView text)
{
    QStringList candidates;
    for (AddressListPiece &piece : AddressList::split(text))
        candidates.append(std::move(piece.text));
    return candidates;
}

QList<EmailCheck> checkList(QStringView text)
{
    const QList<AddressListPiece> pieces = AddressList::split(text);
    QList<EmailCheck> checks;
    checks.reserve(pieces.size());
    for (const AddressListPiece &piece : pieces) {
        if (piece.error.isEmpty())
            checks.append(check(piece.text));
        else
            checks.append({piece.text, QString(), piece.error});
    }
    return checks;
}

QList<EmailCheck> parseList(QStringView text)
{
    QList<EmailCheck> checks = checkList(text);
    QList<EmailCheck> merged;
    merged.reserve(checks.size());
    QHash<QString, bool> seen;
    seen.reserve(checks.size());
    for (EmailCheck &checked : checks) {
        const QString key = (checked.isValid() ? checked.address : checked.input).toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key, true);
        merged.append(std::move(checked));
    }
    return merged;
}

} // namespace EmailAddress
