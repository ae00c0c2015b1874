#include "VisibleText.h"

namespace {

/// The code point at `i` (a surrogate pair counts as one) and its length.
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

/// The code point that ends just before `end`, and its length.
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

} // namespace

namespace VisibleText {

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

bool hasVisible(QStringView text)
{
    for (qsizetype i = 0; i < text.size();) {
        qsizetype length = 1;
        if (!isInvisible(codePointAt(text, i, &length)))
            return true;
        i += length;
    }
    return false;
}

} // namespace VisibleText
