#include "CsvWriter.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace {

bool isFormulaStart(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' ||
           c == u'\0';
}

template<typename Char> bool needsQuotes(const Char *s, qsizetype n)
{
    if (n == 0)
        return false;
    if (s[0] == ' ' || s[n - 1] == ' ')
        return true;
    for (qsizetype i = 0; i < n; ++i) {
        const Char c = s[i];
        // One comparison rules out every character above '"' but the comma,
        // which keeps the scan cheap on ordinary text.
        if (c <= Char(',') &&
            (c == Char(',') || c == Char('"') || c == Char('\r') || c == Char('\n')))
            return true;
    }
    return false;
}

/// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
/// civil_from_days), exact for the whole qint64 range we use.
void civilFromDays(qint64 z, qint64 &year, unsigned &month, unsigned &day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<qint64>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
}

/// 1 for the ASCII characters that make RFC 4180 quote a field: a table
/// lookup, with no branch to mispredict on text that mixes letters, digits
/// and spaces.
struct QuoteTable
{
    quint8 needs[128] = {};
    constexpr QuoteTable()
    {
        needs[int(',')] = needs[int('"')] = needs[int('\r')] = needs[int('\n')] = 1;
    }
};
constexpr QuoteTable quoteTable;

/// Writes s[0, n) as UTF-8 at `p` and returns the end. Inside a quoted field
/// (`quoted`) each '"' is written twice; otherwise `special` gets a non-zero
/// bit for any character that would need quotes. An unpaired surrogate is
/// not text: it becomes U+FFFD (where QString::toUtf8() writes "?"). Needs room for 3
/// bytes per UTF-16 unit.
template<bool quoted>
inline char *encodeUtf8(char *p, const char16_t *s, qsizetype n, quint64 &special)
{
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            *p++ = static_cast<char>(c);
            if (quoted) {
                if (c == u'"')
                    *p++ = '"';
            } else {
                special |= quoteTable.needs[c];
            }
        } else if (c < 0x800) {
            *p++ = static_cast<char>(0xC0 | (c >> 6));
            *p++ = static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0xD800 || c > 0xDFFF) {
            *p++ = static_cast<char>(0xE0 | (c >> 12));
            *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *p++ = static_cast<char>(0x80 | (c & 0x3F));
        } else if (c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            const char32_t u = 0x10000 + ((char32_t(c) - 0xD800) << 10) + (s[i + 1] - 0xDC00);
            ++i;
            *p++ = static_cast<char>(0xF0 | (u >> 18));
            *p++ = static_cast<char>(0x80 | ((u >> 12) & 0x3F));
            *p++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            *p++ = static_cast<char>(0x80 | (u & 0x3F));
        } else {
            *p++ = '\xEF';
            *p++ = '\xBF';
            *p++ = '\xBD';
        }
    }
    return p;
}

char *twoDigits(char *p, unsigned v)
{
    *p++ = static_cast<char>('0' + v / 10);
    *p++ = static_cast<char>('0' + v % 10);
    return p;
}

} // namespace

CsvWriter::CsvWriter(FormulaGuard guard, qsizetype reserveBytes) : m_guard(guard)
{
    if (reserveBytes > 0)
        m_buffer.resize(reserveBytes);
}

bool CsvWriter::looksLikeFormula(QStringView text)
{
    return !text.isEmpty() && isFormulaStart(text.front().unicode());
}

inline char *CsvWriter::room(qsizetype bytes)
{
    if (m_size + bytes > m_buffer.size())
        m_buffer.resize(std::max(2 * m_buffer.size(), m_size + bytes + 4096));
    return m_buffer.data() + m_size;
}

inline void CsvWriter::beginField()
{
    if (!m_atRecordStart) {
        *room(1) = ',';
        ++m_size;
    }
    m_atRecordStart = false;
}

void CsvWriter::addField(QStringView text)
{
    beginField();
    const qsizetype n = text.size();
    if (n == 0)
        return;
    const char16_t *s = text.utf16();
    if ((m_guard == FormulaGuard::Neutralise && isFormulaStart(s[0])) || s[0] == u' ' ||
        s[n - 1] == u' ') {
        addFieldSlow(text);
        return;
    }
    // One pass: encode as if no quotes were needed, noting on the way any
    // character that needs them; the rare field that does is encoded again.
    // Worst case 3 bytes per UTF-16 unit (a surrogate pair: 4 for 2 units).
    char *const begin = room(3 * n);
    quint64 special = 0;
    char *const end = encodeUtf8<false>(begin, s, n, special);
    if (special) {
        addFieldSlow(text);
        return;
    }
    m_size += end - begin;
}

void CsvWriter::addFieldSlow(QStringView text)
{
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    const bool neutralise = m_guard == FormulaGuard::Neutralise && isFormulaStart(s[0]);
    const bool quote = needsQuotes(s, n);
    // A doubled quote takes 2 bytes, within the 3 per unit; 2 quotes and
    // the apostrophe besides.
    char *p = room(3 * n + 3);
    if (quote)
        *p++ = '"';
    if (neutralise)
        *p++ = '\'';
    quint64 special = 0;
    p = quote ? encodeUtf8<true>(p, s, n, special) : encodeUtf8<false>(p, s, n, special);
    if (quote)
        *p++ = '"';
    m_size = p - m_buffer.constData();
}

void CsvWriter::addUtf8Field(QByteArrayView utf8)
{
    beginField();
    const qsizetype n = utf8.size();
    if (n == 0)
        return;
    const char *s = utf8.data();
    const bool neutralise =
        m_guard == FormulaGuard::Neutralise && isFormulaStart(static_cast<unsigned char>(s[0]));
    const bool quote = needsQuotes(s, n);
    char *p = room(2 * n + 3);
    if (quote)
        *p++ = '"';
    if (neutralise)
        *p++ = '\'';
    if (!quote) {
        std::memcpy(p, s, static_cast<size_t>(n));
        p += n;
    } else {
        for (qsizetype i = 0; i < n; ++i) {
            *p++ = s[i];
            if (s[i] == '"')
                *p++ = '"';
        }
        *p++ = '"';
    }
    m_size = p - m_buffer.constData();
}

void CsvWriter::addJoinedField(const QStringList &items, QStringView separator)
{
    if (items.size() <= 1) {
        addField(items.isEmpty() ? QStringView() : QStringView(items.front()));
        return;
    }
    // The common case, encoded in place: no empty item (so the first and last
    // characters are those of the first and last items) and nothing to quote
    // or neutralise. Anything else is joined first and takes addField().
    qsizetype total = separator.size() * (items.size() - 1);
    bool simple = !separator.isEmpty();
    for (const QString &item : items) {
        total += item.size();
        simple = simple && !item.isEmpty();
    }
    if (simple) {
        const char16_t first = items.front().front().unicode();
        const char16_t last = items.back().back().unicode();
        simple = !(m_guard == FormulaGuard::Neutralise && isFormulaStart(first)) && first != u' ' &&
                 last != u' ';
    }
    if (simple) {
        beginField();
        char *const begin = room(3 * total);
        quint64 special = 0;
        char *p = begin;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                p = encodeUtf8<false>(p, separator.utf16(), separator.size(), special);
            p = encodeUtf8<false>(p, QStringView(items.at(i)).utf16(), items.at(i).size(), special);
        }
        if (!special) {
            m_size += p - begin;
            return;
        }
        m_atRecordStart = true; // beginField() has run: addField() must not run it again
    }
    m_scratch.resize(0); // keeps the capacity, unlike clear()
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            m_scratch.append(separator);
        m_scratch.append(items.at(i));
    }
    addField(m_scratch);
}

void CsvWriter::addNumberField(qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    // A negative number starts with '-': neutralised like any other text.
    addUtf8Field(QByteArrayView(digits, result.ptr - digits));
}

void CsvWriter::addUtcTimeField(const QDateTime &time)
{
    beginField();
    if (!time.isValid())
        return;
    const qint64 ms = time.toMSecsSinceEpoch();
    constexpr qint64 dayMs = 86400000;
    qint64 days = ms / dayMs;
    qint64 msOfDay = ms % dayMs;
    if (msOfDay < 0) {
        msOfDay += dayMs;
        --days;
    }
    qint64 year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999) {
        // Beyond four digits ISO 8601 needs a sign; Qt knows how.
        m_atRecordStart = true; // beginField() has run: addField() must not run it again
        addField(time.toUTC().toString(Qt::ISODate));
        return;
    }
    const auto secs = static_cast<unsigned>(msOfDay / 1000);
    // Digits, '-', ':', 'T' and 'Z' never need quotes nor a formula guard.
    char *p = room(20);
    char *const begin = p;
    p = twoDigits(p, static_cast<unsigned>(year / 100));
    p = twoDigits(p, static_cast<unsigned>(year % 100));
    *p++ = '-';
    p = twoDigits(p, month);
    *p++ = '-';
    p = twoDigits(p, day);
    *p++ = 'T';
    p = twoDigits(p, secs / 3600);
    *p++ = ':';
    p = twoDigits(p, secs / 60 % 60);
    *p++ = ':';
    p = twoDigits(p, secs % 60);
    *p++ = 'Z';
    m_size += p - begin;
}

void CsvWriter::endRecord()
{
    // No byte since the record began, yet a field: one empty field, which
    // only quotes tell from an empty line.
    const bool oneEmptyField = !m_atRecordStart && m_size == m_recordBegin;
    char *p = room(4);
    if (oneEmptyField) {
        *p++ = '"';
        *p++ = '"';
    }
    *p++ = '\r';
    *p++ = '\n';
    m_size = p - m_buffer.constData();
    m_atRecordStart = true;
    m_recordBegin = m_size;
}

void CsvWriter::appendRaw(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    std::memcpy(room(bytes.size()), bytes.data(), static_cast<size_t>(bytes.size()));
    m_size += bytes.size();
}

QByteArray CsvWriter::take()
{
    m_buffer.resize(m_size);
    m_recordBegin -= m_size;
    m_size = 0;
    return std::move(m_buffer);
}
