#include "AddressList.h"

#include "EmailAddress.h"

#include <QCoreApplication>

namespace {

// Messages are written out as QCoreApplication::translate("EmailAddress", …)
// at each use so that lupdate finds them; a local tr() helper would hide them.

/// One piece of a pasted line, between white space and separators.
struct Token
{
    enum Kind
    {
        Word,    ///< unquoted text, maybe with quoted pieces inside (`"a b"@x.com`)
        Quoted,  ///< a quoted string on its own: a display name, escapes kept
        Angle,   ///< the content of `<…>`: an angle-addr
        Comment, ///< the content of `(…)`: usually a name, sometimes the address
    };
    Kind kind = Word;
    QString text;
    qsizetype begin = 0;      ///< where it starts in the line (its opening delimiter)
    qsizetype end = 0;        ///< one past its last character
    bool spaceBefore = false; ///< white space or a separator comes before it
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

/// The index of the first unescaped `"` after `open` (RFC 5322 3.2.4: a
/// backslash escapes the next character), or -1 when the line has none.
qsizetype closingQuote(QStringView line, qsizetype open)
{
    for (qsizetype i = open + 1; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('\\'))
            ++i;
        else if (line.at(i) == QLatin1Char('"'))
            return i;
    }
    return -1;
}

/// The index of the `)` that closes the comment opened at `open`, comments
/// nesting and a backslash escaping the next character (RFC 5322 3.2.2), or
/// -1 when the line has none.
qsizetype closingParenthesis(QStringView line, qsizetype open)
{
    qsizetype depth = 0;
    for (qsizetype i = open; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\'))
            ++i;
        else if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && --depth == 0)
            return i;
    }
    return -1;
}

/// Cuts one line into cells, segments and tokens. Quotes, angle brackets and
/// comments never reach past the end of the line, so an unbalanced `"` or `<`
/// costs one line at most; an unclosed one is an ordinary character.
QList<Cell> tokenizeLine(QStringView line)
{
    QList<Cell> cells(1, Cell(1));
    QString word;
    qsizetype wordBegin = 0;
    bool wordIsQuote = false; // the word so far is exactly one quoted string
    bool space = true;        // white space or a separator since the last token
    auto append = [&](Token token) {
        token.spaceBefore = space;
        space = false;
        cells.last().last().append(std::move(token));
    };
    auto flush = [&](qsizetype end) {
        if (word.isEmpty())
            return;
        Token token;
        token.begin = wordBegin;
        token.end = end;
        if (wordIsQuote) {
            token.kind = Token::Quoted;
            token.text = word.sliced(1, word.size() - 2);
        } else {
            token.text = word;
        }
        append(std::move(token));
        word.clear();
        wordIsQuote = false;
    };
    // Once a search for a closing quote or bracket fails, every later one on
    // the line fails too (a later opener was skipped as escaped, so its scan
    // joins the failed one), so each is searched at most once per opener that
    // succeeds. Comments nest, so that does not hold for them: after one
    // unclosed `(` no later `(` opens a comment on the line. Either way the
    // whole line costs linear time, whatever is pasted.
    bool quoteCloses = true;
    bool angleCloses = true;
    bool commentCloses = true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype close = quoteCloses ? closingQuote(line, i) : -1;
            quoteCloses = close > 0;
            if (close > 0) {
                wordIsQuote = word.isEmpty();
                if (word.isEmpty())
                    wordBegin = i;
                word += line.sliced(i, close - i + 1);
                i = close;
                continue;
            }
        } else if (c == QLatin1Char('<')) {
            const qsizetype close = angleCloses ? line.indexOf(u'>', i + 1) : -1;
            angleCloses = close > 0;
            if (close > 0) {
                flush(i);
                append({Token::Angle, line.sliced(i + 1, close - i - 1).toString(), i, close + 1});
                i = close;
                continue;
            }
        } else if (c == QLatin1Char('(')) {
            const qsizetype close = commentCloses ? closingParenthesis(line, i) : -1;
            commentCloses = close > 0;
            if (close > 0) {
                flush(i);
                append(
                    {Token::Comment, line.sliced(i + 1, close - i - 1).toString(), i, close + 1});
                i = close;
                continue;
            }
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            flush(i);
            cells.last().append(Segment());
            space = true;
            continue;
        } else if (c == QLatin1Char('\t')) {
            flush(i);
            cells.append(Cell(1));
            space = true;
            continue;
        } else if (c.isSpace()) {
            flush(i);
            space = true;
            continue;
        }
        if (word.isEmpty())
            wordBegin = i;
        word += c;
        wordIsQuote = false;
    }
    flush(line.size());
    return cells;
}

bool hasAt(const Token &token)
{
    return token.text.contains(QLatin1Char('@'));
}

/// A word that holds an @: an address, or a piece of one.
bool isAddressWord(const Token &token)
{
    return token.kind == Token::Word && hasAt(token);
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
        if (isAddressWord(token))
            return false;
    }
    return false;
}

/// The segment with its address in a comment (`Jane Doe (jane@example.com)`, as
/// some clients copy it) read as an angle-addr, when nothing else in the
/// segment is an address. Other comments are names or remarks, never addresses.
Segment withAddressFromComment(const Segment &segment)
{
    qsizetype comment = -1;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const Token &token = segment.at(i);
        if (token.kind == Token::Angle || isAddressWord(token))
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

/// Tokens with no white space between them (comments in between do not
/// separate, RFC 5322 CFWS): `Jane<jane@example.com>`, `a(note)@example.com`,
/// `carol@example.org]<dave@example.com>`. Words that white space splits at an
/// @ or a dot (`jane @ example.com`, `jane. doe@example.com`) are one unit too,
/// so that an address with white space inside is one invalid piece, not
/// fragments. What is in one unit belongs to one piece.
struct Unit
{
    QList<qsizetype> tokens; ///< indexes of its tokens other than comments, in order
    qsizetype begin = 0;     ///< where it starts in the line
    qsizetype end = 0;       ///< one past its end in the line
};

/// True when white space between two words is inside an address: next to an
/// @, before a dot, or after a dot in a local part (`jane. doe@…`; after a dot
/// that ends a domain, `ann@example.com. bob@example.org` is two pieces).
bool joinsOverSpace(const Token &before, const Token &after)
{
    if (before.kind != Token::Word || after.kind != Token::Word)
        return false;
    const QChar last = before.text.back();
    const QChar first = after.text.front();
    return last == QLatin1Char('@') || first == QLatin1Char('@') || first == QLatin1Char('.') ||
           (last == QLatin1Char('.') && !hasAt(before));
}

QList<Unit> unitsOf(const Segment &segment)
{
    QList<Unit> units;
    bool spaceSince = true;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const Token &token = segment.at(i);
        spaceSince = spaceSince || token.spaceBefore;
        if (token.kind == Token::Comment)
            continue;
        const bool glued =
            !units.isEmpty() &&
            (!spaceSince || joinsOverSpace(segment.at(units.last().tokens.last()), token));
        if (!glued)
            units.append(Unit{{}, token.begin, token.end});
        units.last().tokens.append(i);
        units.last().end = token.end;
        spaceSince = false;
    }
    return units;
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

/// Turns the units of one segment into pieces. A segment reads as a sequence
/// of bare addresses (`a@example.com b@example.org`), mailboxes (`[display
/// name] <addr>`) and group openers (`Team:`), separated by white space.
class SegmentReader
{
public:
    SegmentReader(QStringView line, const Segment &tokens, QList<AddressListPiece> *pieces)
        : m_line(line), m_tokens(tokens), m_units(unitsOf(tokens)), m_pieces(pieces)
    {}

    void read()
    {
        qsizetype from = 0; // the first unit not yet in a piece
        for (qsizetype u = 0; u < m_units.size(); ++u) {
            if (angleIndex(m_units.at(u)) >= 0) {
                readMailbox(from, u);
                from = u + 1;
            } else if (isGroupOpener(m_units.at(u))) {
                readGroupName(from, u);
                from = u + 1;
            }
        }
        for (qsizetype u = from; u < m_units.size(); ++u)
            readBare(u);
    }

private:
    const Token &token(qsizetype index) const { return m_tokens.at(index); }

    /// Where the unit's first angle-addr is among its tokens, or -1.
    qsizetype angleIndex(const Unit &unit) const
    {
        for (qsizetype i = 0; i < unit.tokens.size(); ++i) {
            if (token(unit.tokens.at(i)).kind == Token::Angle)
                return i;
        }
        return -1;
    }

    bool isBareAddress(const Unit &unit) const
    {
        return unit.tokens.size() == 1 && isAddressWord(token(unit.tokens.first()));
    }

    /// `Team:` or `"Group 2":` opens an RFC 5322 group; its name came before.
    bool isGroupOpener(const Unit &unit) const
    {
        if (unit.tokens.size() != 1)
            return false;
        const Token &word = token(unit.tokens.first());
        return word.kind == Token::Word && word.text.endsWith(QLatin1Char(':')) && !hasAt(word);
    }

    bool hasAddressWord(qsizetype fromUnit, qsizetype toUnit) const
    {
        for (qsizetype u = fromUnit; u < toUnit; ++u) {
            for (const qsizetype t : m_units.at(u).tokens) {
                if (isAddressWord(token(t)))
                    return true;
            }
        }
        return false;
    }

    void addCandidate(QStringView text)
    {
        QString candidate = cleanCandidate(text);
        if (!candidate.isEmpty())
            m_pieces->append({std::move(candidate), QString()});
    }

    /// The units from `fromUnit` to `lastUnit` (included) as pasted, as one piece.
    void addWhole(qsizetype fromUnit, qsizetype lastUnit, const QString &error)
    {
        const qsizetype begin = m_units.at(fromUnit).begin;
        QString text =
            EmailAddress::trimmed(m_line.sliced(begin, m_units.at(lastUnit).end - begin));
        if (!text.isEmpty())
            m_pieces->append({std::move(text), error});
    }

    /// Leading bare addresses before a display name or a group name
    /// (`alice@example.com Bob <bob@example.org>`); returns the first unit of
    /// the name. Units from `last` on are the name whatever they hold.
    qsizetype readLeadingAddresses(qsizetype from, qsizetype last)
    {
        while (from < last && isBareAddress(m_units.at(from)))
            readBare(from++);
        return from;
    }

    void readBare(qsizetype index)
    {
        const Unit &unit = m_units.at(index);
        if (unit.tokens.size() > 1) {
            // Glued by a comment (`a(note)@example.com`: an address with a
            // comment inside, obsolete syntax) or split by white space at an
            // @ or a dot: one piece, refused whole.
            const bool comment = unit.tokens.last() - unit.tokens.first() >= unit.tokens.size();
            addWhole(index, index,
                     comment && hasAddressWord(index, index + 1)
                         ? QCoreApplication::translate(
                               "EmailAddress",
                               "A comment in parentheses inside an address is not supported.")
                         : QString());
            return;
        }
        const Token &single = token(unit.tokens.first());
        // A quoted string alone is a name, unless it holds an address
        // (`"jane@example.com"` pasted alone); its escapes are kept, so that
        // check() refuses them rather than an address appearing that was not
        // pasted.
        if (single.kind == Token::Word || (single.kind == Token::Quoted && hasAt(single)))
            addCandidate(single.text);
    }

    /// `[display name] <addr>` ending at unit `u`. A display name never
    /// gives an address: one holding an address word makes the whole mailbox
    /// one invalid piece (`carol@example.org]<dave@example.com>`, `John
    /// x@evil.example Doe <jdoe@example.com>`), except a name that is the
    /// address itself (`bob@example.org <bob@example.org>`, as clients copy it).
    void readMailbox(qsizetype from, qsizetype u)
    {
        const Unit &mailbox = m_units.at(u);
        const qsizetype angle = angleIndex(mailbox);
        const qsizetype name = readLeadingAddresses(from, angle > 0 ? u : u - 1);
        const Token &addr = token(mailbox.tokens.at(angle));
        const QString candidate = cleanCandidate(addr.text);
        if (angle != mailbox.tokens.size() - 1) {
            addWhole(name, u,
                     QCoreApplication::translate(
                         "EmailAddress", "Text follows the address in angle brackets without a "
                                         "separator. Separate addresses with a comma."));
            return;
        }
        QList<qsizetype> nameTokens;
        for (qsizetype n = name; n < u; ++n)
            nameTokens += m_units.at(n).tokens;
        nameTokens += mailbox.tokens.first(angle);
        bool nameHasAddress = false;
        for (const qsizetype t : nameTokens)
            nameHasAddress = nameHasAddress || isAddressWord(token(t));
        if (nameHasAddress && !(nameTokens.size() == 1 &&
                                EmailAddress::duplicateKey(token(nameTokens.first()).text) ==
                                    EmailAddress::duplicateKey(candidate))) {
            addWhole(name, u,
                     QCoreApplication::translate(
                         "EmailAddress",
                         "The name before the address in angle brackets contains an @. Put the "
                         "name in quotes, or separate addresses with a comma."));
            return;
        }
        if (candidate.isEmpty()) {
            addWhole(
                name, u,
                QCoreApplication::translate("EmailAddress", "The angle brackets hold no address."));
            return;
        }
        m_pieces->append({candidate, QString()});
    }

    /// The name of a group opened at unit `u`: dropped, unless it holds an
    /// address word after other words, which makes it one invalid piece.
    void readGroupName(qsizetype from, qsizetype u)
    {
        const qsizetype name = readLeadingAddresses(from, u);
        if (hasAddressWord(name, u)) {
            addWhole(name, u,
                     QCoreApplication::translate("EmailAddress",
                                                 "The group name before the colon contains an @. "
                                                 "Separate addresses with a comma."));
        }
    }

    QStringView m_line;
    const Segment &m_tokens;
    const QList<Unit> m_units;
    QList<AddressListPiece> *m_pieces;
};

/// The pieces of one pasted line.
struct LinePieces
{
    QList<AddressListPiece> pieces;
    bool isTableRowWithoutAddress = false; ///< tab-separated cells, none with an @
};

LinePieces linePieces(QStringView line)
{
    const QList<Cell> cells = tokenizeLine(line);
    QList<AddressListPiece> pieces;
    int filledCells = 0;
    for (const Cell &cell : cells) {
        const qsizetype before = pieces.size();
        for (qsizetype s = 0; s < cell.size(); ++s) {
            const Segment *next = s + 1 < cell.size() ? &cell.at(s + 1) : nullptr;
            if (isSurnameBeforeMailbox(cell.at(s), next))
                continue;
            const Segment tokens = withAddressFromComment(cell.at(s));
            SegmentReader(line, tokens, &pieces).read();
        }
        if (pieces.size() > before)
            ++filledCells;
    }
    bool anyAt = false;
    for (const AddressListPiece &piece : std::as_const(pieces))
        anyAt = anyAt || piece.text.contains(QLatin1Char('@'));
    // A spreadsheet row (name, address, role… separated by tabs): only the
    // cells holding an address are addresses.
    const bool tableRow = filledCells > 1;
    LinePieces result;
    result.isTableRowWithoutAddress = tableRow && !anyAt;
    for (AddressListPiece &piece : pieces) {
        if (tableRow && anyAt && !piece.text.contains(QLatin1Char('@')))
            continue;
        result.pieces.append(std::move(piece));
    }
    return result;
}

} // namespace

namespace AddressList {

QList<AddressListPiece> split(QStringView text)
{
    QList<AddressListPiece> pieces;
    // A first row of tab-separated cells without any @ ("Name<TAB>Email") is a
    // spreadsheet's header when later rows hold addresses; otherwise it stays,
    // so that a typo is shown rather than dropped.
    QList<AddressListPiece> header;
    bool firstLine = true;
    bool laterAt = false;
    qsizetype begin = 0;
    while (begin <= text.size()) {
        qsizetype end = begin;
        while (end < text.size() && !isLineBreak(text.at(end)))
            ++end;
        if (end > begin) {
            LinePieces line = linePieces(text.sliced(begin, end - begin));
            if (firstLine && !line.pieces.isEmpty()) {
                firstLine = false;
                if (line.isTableRowWithoutAddress) {
                    header = std::move(line.pieces);
                    line.pieces.clear();
                }
            } else if (!header.isEmpty() && !laterAt) {
                for (const AddressListPiece &piece : std::as_const(line.pieces))
                    laterAt = laterAt || piece.text.contains(QLatin1Char('@'));
            }
            pieces += line.pieces;
        }
        begin = end + 1;
    }
    if (!laterAt && !header.isEmpty())
        pieces = header + pieces;
    return pieces;
}

} // namespace AddressList
