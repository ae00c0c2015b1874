#include "EmailAddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace {

constexpr qsizetype MaxAddressLength = 254; // RFC 5321 4.5.3.1.3 path limit minus "<>"
constexpr qsizetype MaxLocalLength = 64;    // RFC 5321 4.5.3.1.1
constexpr qsizetype MaxLabelLength = 63;    // RFC 1035 2.3.4

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

/// The code point that ends just before `end`.
char32_t codePointBefore(QStringView text, qsizetype end, qsizetype *length)
{
    const QChar c = text.at(end - 1);
    if (c.isLowSurrogate() && end >= 2 && text.at(end - 2).isHighSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(text.at(end - 2), c);
    }
    *length = 1;
    return c.unicode();
}

/// Characters a user cannot see or tell apart from a space: every Unicode space
/// (incl. U+00A0, U+2000…U+200A, U+3000), line breaks and controls, format
/// characters (U+200B…U+200F, U+2060…U+2064, U+FEFF, U+00AD, bidi controls),
/// and the fillers that render blank.
bool isInvisible(char32_t c)
{
    if (QChar::isSpace(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
        return true;
    default:
        break;
    }
    switch (c) {
    case 0x034F: // combining grapheme joiner
    case 0x115F: // Hangul choseong filler
    case 0x1160: // Hangul jungseong filler
    case 0x180E: // Mongolian vowel separator (a space before Unicode 6.3)
    case 0x2800: // Braille pattern blank
    case 0x3164: // Hangul filler
    case 0xFFA0: // halfwidth Hangul filler
        return true;
    default:
        return false;
    }
}

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

/// True for a domain written as IPv4 numbers ("192.0.2.1").
bool looksLikeIpv4(QStringView domain)
{
    for (const QChar c : domain) {
        if (!isAsciiDigit(c) && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

/// Checks an ASCII (already punycode-converted) domain per RFC 1035 / RFC 5321
/// 4.1.2 with the top-level rule of product.md; `shown` is the domain as typed,
/// for the message. Empty when valid.
QString domainError(QStringView ace, QStringView shown)
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

/// One piece of a pasted line, between separators.
struct Token
{
    enum Kind
    {
        Word,    ///< unquoted text, maybe with quoted pieces inside (`"a b"@x.com`)
        Quoted,  ///< a quoted string on its own: a display name, unescaped
        Angle,   ///< the content of `<…>`: an angle-addr
        Comment, ///< the content of `(…)`: usually a name, sometimes the address
    };
    Kind kind = Word;
    QString text;
};

using Segment = QList<Token>; // between commas and semicolons
using Cell = QList<Segment>;  // between tabs

bool isLineBreak(QChar c)
{
    switch (c.unicode()) {
    case '\n':
    case '\r':
    case 0x000B:
    case 0x000C:
    case 0x0085:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return false;
    }
}

/// The index of the first unescaped `close` after `open` (RFC 5322 3.2.4:
/// a backslash escapes the next character), or -1 when the line has none.
/// Comments do not nest here: `(a (b) c)` ends at the first `)`, which keeps
/// the scan simple and its cost linear.
qsizetype closingDelimiter(QStringView line, qsizetype open, QChar close)
{
    for (qsizetype i = open + 1; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('\\'))
            ++i;
        else if (line.at(i) == close)
            return i;
    }
    return -1;
}

QString unescaped(QStringView quotedContent)
{
    QString text;
    text.reserve(quotedContent.size());
    for (qsizetype i = 0; i < quotedContent.size(); ++i) {
        if (quotedContent.at(i) == QLatin1Char('\\') && i + 1 < quotedContent.size())
            ++i;
        text += quotedContent.at(i);
    }
    return text;
}

/// Cuts one line into cells, segments and tokens. Quotes, angle brackets and
/// comments never reach past the end of the line, so an unbalanced `"` or `<`
/// costs one line at most; an unclosed one is an ordinary character.
QList<Cell> tokenizeLine(QStringView line)
{
    QList<Cell> cells(1, Cell(1));
    QString word;
    bool wordIsQuote = false; // the word so far is exactly one quoted string
    auto flush = [&] {
        if (word.isEmpty())
            return;
        Token token;
        if (wordIsQuote) {
            token.kind = Token::Quoted;
            token.text = unescaped(QStringView(word).sliced(1, word.size() - 2));
        } else {
            token.text = word;
        }
        cells.last().last().append(std::move(token));
        word.clear();
        wordIsQuote = false;
    };
    // Once a search for a closing delimiter fails, every later one on the line
    // fails too (a later opener was skipped as escaped, so its scan joins the
    // failed one), so each is searched at most once per opener that succeeds:
    // the whole line costs linear time whatever is pasted.
    bool quoteCloses = true;
    bool angleCloses = true;
    bool commentCloses = true;
    auto find = [line](bool *closes, qsizetype open, QChar close, bool escapes) {
        if (!*closes)
            return qsizetype(-1);
        const qsizetype found =
            escapes ? closingDelimiter(line, open, close) : line.indexOf(close, open + 1);
        *closes = found > 0;
        return found;
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype close = find(&quoteCloses, i, u'"', true);
            if (close > 0) {
                wordIsQuote = word.isEmpty();
                word += line.sliced(i, close - i + 1);
                i = close;
                continue;
            }
        } else if (c == QLatin1Char('<')) {
            const qsizetype close = find(&angleCloses, i, u'>', false);
            if (close > 0) {
                flush();
                cells.last().last().append(
                    {Token::Angle, line.sliced(i + 1, close - i - 1).toString()});
                i = close;
                continue;
            }
        } else if (c == QLatin1Char('(')) {
            const qsizetype close = find(&commentCloses, i, u')', true);
            if (close > 0) {
                flush();
                cells.last().last().append(
                    {Token::Comment, line.sliced(i + 1, close - i - 1).toString()});
                i = close;
                continue;
            }
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            flush();
            cells.last().append(Segment());
            continue;
        } else if (c == QLatin1Char('\t')) {
            flush();
            cells.append(Cell(1));
            continue;
        } else if (c.isSpace()) {
            flush();
            continue;
        }
        word += c;
        wordIsQuote = false;
    }
    flush();
    return cells;
}

bool hasAt(const Token &token)
{
    return token.text.contains(QLatin1Char('@'));
}

/// True for the "Last" of an unquoted Outlook-style `Last, First <addr>`:
/// words without @ followed, after the comma, by display-name words and an angle-addr.
bool isSurnameBeforeMailbox(const Segment &segment, const Segment *next)
{
    if (!next || next->isEmpty() || next->first().kind == Token::Angle)
        return false;
    for (const Token &token : segment) {
        if (token.kind != Token::Word || hasAt(token))
            return false;
    }
    for (const Token &token : *next) {
        if (token.kind == Token::Angle || (token.kind == Token::Comment && hasAt(token)))
            return true;
        if (token.kind == Token::Word && hasAt(token))
            return false;
    }
    return false;
}

/// Appends a bare token (one not inside angle brackets): words as they are, a
/// quoted string only when it holds an @ (`"jane@example.com"` pasted alone).
void appendBare(const Token &token, QStringList *candidates)
{
    switch (token.kind) {
    case Token::Word:
        // "Team:" opens an RFC 5322 group ("Team: a@example.com, b@example.org;").
        if (hasAt(token) || !token.text.endsWith(QLatin1Char(':')))
            candidates->append(token.text);
        break;
    case Token::Quoted:
        if (hasAt(token))
            candidates->append(token.text);
        break;
    case Token::Angle:
    case Token::Comment:
        break;
    }
}

/// The segment with its address in a comment (`Jane Doe (jane@example.com)`, as
/// some clients copy it) read as an angle-addr, when nothing else in the
/// segment is an address. Other comments are names or remarks, never addresses.
Segment withAddressFromComment(const Segment &segment)
{
    qsizetype comment = -1;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const Token &token = segment.at(i);
        if (token.kind == Token::Angle || (token.kind == Token::Word && hasAt(token)))
            return segment;
        if (comment < 0 && token.kind == Token::Comment && hasAt(token))
            comment = i;
    }
    if (comment < 0)
        return segment;
    Segment promoted = segment;
    promoted[comment].kind = Token::Angle;
    return promoted;
}

/// The candidates of one segment: `[display-name] <addr>` gives addr; other words
/// are bare candidates. Words right before an angle-addr are its display name,
/// except words with an @ that are followed by more display-name words
/// (`alice@example.com Bob <bob@example.org>` gives both addresses).
void segmentCandidates(const Segment &pieces, QStringList *candidates)
{
    const Segment segment = withAddressFromComment(pieces);
    qsizetype bareFrom = 0;
    for (qsizetype a = 0; a < segment.size(); ++a) {
        if (segment.at(a).kind != Token::Angle)
            continue;
        qsizetype displayFrom = a;
        while (displayFrom > bareFrom) {
            const Token &token = segment.at(displayFrom - 1);
            if (token.kind == Token::Word && hasAt(token) && displayFrom != a)
                break;
            --displayFrom;
        }
        for (qsizetype i = bareFrom; i < displayFrom; ++i)
            appendBare(segment.at(i), candidates);
        candidates->append(segment.at(a).text);
        bareFrom = a + 1;
    }
    for (qsizetype i = bareFrom; i < segment.size(); ++i)
        appendBare(segment.at(i), candidates);
}

/// Removes a `mailto:` scheme and its `?subject=…` query (RFC 6068), then
/// invisible characters at the ends.
QString cleanCandidate(QStringView text)
{
    QString candidate = EmailAddress::trimmed(text);
    if (candidate.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
        candidate.remove(0, 7);
        const qsizetype query = candidate.indexOf(QLatin1Char('?'));
        if (query >= 0)
            candidate.truncate(query);
        candidate = EmailAddress::trimmed(candidate);
    }
    return candidate;
}

/// The candidates of one pasted line.
struct LineCandidates
{
    QStringList candidates;
    bool isTableRowWithoutAddress = false; ///< tab-separated cells, none with an @
};

LineCandidates lineCandidates(QStringView line)
{
    const QList<Cell> cells = tokenizeLine(line);
    QStringList candidates;
    int filledCells = 0;
    for (const Cell &cell : cells) {
        const qsizetype before = candidates.size();
        for (qsizetype s = 0; s < cell.size(); ++s) {
            const Segment *next = s + 1 < cell.size() ? &cell.at(s + 1) : nullptr;
            if (!isSurnameBeforeMailbox(cell.at(s), next))
                segmentCandidates(cell.at(s), &candidates);
        }
        if (candidates.size() > before)
            ++filledCells;
    }
    bool anyAt = false;
    for (QString &candidate : candidates) {
        candidate = cleanCandidate(candidate);
        anyAt = anyAt || candidate.contains(QLatin1Char('@'));
    }
    // A spreadsheet row (name, address, role… separated by tabs): only the
    // cells holding an address are addresses.
    const bool tableRow = filledCells > 1;
    LineCandidates result;
    result.isTableRowWithoutAddress = tableRow && !anyAt;
    for (QString &candidate : candidates) {
        if (candidate.isEmpty())
            continue;
        if (tableRow && anyAt && !candidate.contains(QLatin1Char('@')))
            continue;
        result.candidates.append(std::move(candidate));
    }
    return result;
}

} // namespace

namespace EmailAddress {

QString trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end) {
        qsizetype length = 1;
        if (!isInvisible(codePointAt(text, begin, &length)))
            break;
        begin += length;
    }
    while (end > begin) {
        qsizetype length = 1;
        if (!isInvisible(codePointBefore(text, end, &length)))
            break;
        end -= length;
    }
    return text.sliced(begin, end - begin).toString();
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
    if (domain.isEmpty())
        return fail(QCoreApplication::translate("EmailAddress", "The part after @ is empty."));
    if (domain.startsWith(QLatin1Char('[')))
        return fail(QCoreApplication::translate(
            "EmailAddress",
            "Addresses with an IP address in brackets, such as user@[192.0.2.1], are "
            "not accepted."));

    // ASCII domains keep their case as typed; Unicode ones go through IDNA
    // (UTS #46 in Qt), which also maps ideographic full stops to dots.
    QString ace;
    if (isAscii(domain)) {
        ace = domain.toString();
    } else {
        ace = QString::fromLatin1(QUrl::toAce(domain.toString()));
        if (ace.isEmpty() || !isAscii(ace))
            return fail(QCoreApplication::translate("EmailAddress", "The domain %1 is not valid.")
                            .arg(quoted(domain)));
    }
    if (QString error = domainError(ace, domain); !error.isEmpty())
        return fail(error);

    QString address = local.toString() + QLatin1Char('@') + ace;
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
    // A first row of tab-separated cells without any @ ("Name<TAB>Email") is a
    // spreadsheet's header when later rows hold addresses; otherwise it stays,
    // so that a typo is shown rather than dropped.
    QStringList header;
    bool firstLine = true;
    bool laterAt = false;
    qsizetype begin = 0;
    while (begin <= text.size()) {
        qsizetype end = begin;
        while (end < text.size() && !isLineBreak(text.at(end)))
            ++end;
        if (end > begin) {
            LineCandidates line = lineCandidates(text.sliced(begin, end - begin));
            if (firstLine && !line.candidates.isEmpty()) {
                firstLine = false;
                if (line.isTableRowWithoutAddress) {
                    header = std::move(line.candidates);
                    line.candidates.clear();
                }
            } else if (!header.isEmpty() && !laterAt) {
                for (const QString &candidate : std::as_const(line.candidates))
                    laterAt = laterAt || candidate.contains(QLatin1Char('@'));
            }
            candidates += line.candidates;
        }
        begin = end + 1;
    }
    if (!laterAt && !header.isEmpty())
        candidates = header + candidates;
    return candidates;
}

QList<EmailCheck> parseList(QStringView text)
{
    const QStringList candidates = splitList(text);
    QList<EmailCheck> checks;
    checks.reserve(candidates.size());
    QHash<QString, bool> seen;
    seen.reserve(candidates.size());
    for (const QString &candidate : candidates) {
        EmailCheck checked = check(candidate);
        const QString key = (checked.isValid() ? checked.address : checked.input).toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key, true);
        checks.append(std::move(checked));
    }
    return checks;
}

} // namespace EmailAddress
