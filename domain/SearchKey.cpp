#include "SearchKey.h"

namespace {

// Letters that NFKD leaves alone although users type them without the stroke.
QString baseLetters(QChar c)
{
    switch (c.unicode()) {
    case 0x0141: // Ł
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x00D8: // Ø
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x0110: // Đ
    case 0x0111: // đ
        return QStringLiteral("d");
    case 0x00DF: // ß
    case 0x1E9E: // ẞ
        return QStringLiteral("ss");
    case 0x00C6: // Æ
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0152: // Œ
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x0131: // dotless ı
        return QStringLiteral("i");
    default:
        return {};
    }
}

} // namespace

namespace SearchKey {

QString fold(QStringView text)
{
    if (text.isEmpty())
        return {};
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        const QString base = baseLetters(c);
        if (base.isEmpty())
            stripped.append(c);
        else
            stripped.append(base);
    }
    return stripped.toCaseFolded();
}

QString forPerson(QStringView fullName, QStringView email)
{
    return fold(fullName) + QLatin1Char('\n') + fold(email);
}

} // namespace SearchKey
