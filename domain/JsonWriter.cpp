#include "JsonWriter.h"

#include <charconv>

namespace {

// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
// days_from_civil inverse): no time zone data, no allocation.
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    *day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    *month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    *year = yearOfEra + era * 400 + (*month <= 2 ? 1 : 0);
}

char *twoDigits(char *out, int value)
{
    out[0] = static_cast<char>('0' + value / 10);
    out[1] = static_cast<char>('0' + value % 10);
    return out + 2;
}

} // namespace

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItem.isEmpty()) {
        if (m_hasItem.last())
            m_out->append(',');
        m_hasItem.last() = true;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out->append('{');
    m_hasItem.append(false);
}

void JsonWriter::endObject()
{
    m_out->append('}');
    m_hasItem.removeLast();
}

void JsonWriter::beginArray()
{
    separate();
    m_out->append('[');
    m_hasItem.append(false);
}

void JsonWriter::endArray()
{
    m_out->append(']');
    m_hasItem.removeLast();
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out->append('"');
    m_out->append(name);
    m_out->append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    appendEscaped(text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_out->append(buffer, result.ptr - buffer);
}

void JsonWriter::value(bool flag)
{
    separate();
    if (flag)
        m_out->append("true", 4);
    else
        m_out->append("false", 5);
}

void JsonWriter::null()
{
    separate();
    m_out->append("null", 4);
}

void JsonWriter::time(const QDateTime &time)
{
    if (!time.isValid()) {
        null();
        return;
    }
    const qint64 ms = time.toMSecsSinceEpoch();
    // Floor division: whole seconds, as Qt::ISODate drops the milliseconds.
    qint64 seconds = ms / 1000 - (ms % 1000 < 0 ? 1 : 0);
    qint64 days = seconds / 86400;
    qint64 secondOfDay = seconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 0 || year > 9999) {
        // Outside four-digit years: whatever Qt writes there.
        separate();
        appendEscaped(time.toUTC().toString(Qt::ISODate));
        return;
    }
    separate();
    char buffer[22];
    char *out = buffer;
    *out++ = '"';
    out = twoDigits(out, static_cast<int>(year / 100));
    out = twoDigits(out, static_cast<int>(year % 100));
    *out++ = '-';
    out = twoDigits(out, month);
    *out++ = '-';
    out = twoDigits(out, day);
    *out++ = 'T';
    out = twoDigits(out, static_cast<int>(secondOfDay / 3600));
    *out++ = ':';
    out = twoDigits(out, static_cast<int>(secondOfDay / 60 % 60));
    *out++ = ':';
    out = twoDigits(out, static_cast<int>(secondOfDay % 60));
    *out++ = 'Z';
    *out++ = '"';
    m_out->append(buffer, out - buffer);
}

void JsonWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(QStringView(text));
    endArray();
}

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out->append(json);
}

void JsonWriter::appendEscaped(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    // At most 6 bytes per UTF-16 unit (\u00XX), plus the quotes.
    const qsizetype start = m_out->size();
    m_out->resize(start + text.size() * 6 + 2);
    char *out = m_out->data() + start;
    *out++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') {
                *out++ = static_cast<char>(c);
                continue;
            }
            *out++ = '\\';
            switch (c) {
            case '"':
                *out++ = '"';
                break;
            case '\\':
                *out++ = '\\';
                break;
            case '\b':
                *out++ = 'b';
                break;
            case '\f':
                *out++ = 'f';
                break;
            case '\n':
                *out++ = 'n';
                break;
            case '\r':
                *out++ = 'r';
                break;
            case '\t':
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[c >> 4];
                *out++ = hex[c & 0xf];
                break;
            }
        } else if (c < 0x800) {
            *out++ = static_cast<char>(0xc0 | (c >> 6));
            *out++ = static_cast<char>(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t code = QChar::surrogateToUcs4(c, *p++);
            *out++ = static_cast<char>(0xf0 | (code >> 18));
            *out++ = static_cast<char>(0x80 | ((code >> 12) & 0x3f));
            *out++ = static_cast<char>(0x80 | ((code >> 6) & 0x3f));
            *out++ = static_cast<char>(0x80 | (code & 0x3f));
        } else {
            const char16_t unit = QChar::isSurrogate(c) ? char16_t(0xfffd) : c;
            *out++ = static_cast<char>(0xe0 | (unit >> 12));
            *out++ = static_cast<char>(0x80 | ((unit >> 6) & 0x3f));
            *out++ = static_cast<char>(0x80 | (unit & 0x3f));
        }
    }
    *out++ = '"';
    m_out->resize(out - m_out->data());
}
