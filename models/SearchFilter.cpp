#include "SearchFilter.h"

#include <SearchKey.h>

namespace {

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QByteArray SearchFilter::fold(QStringView text)
{
    if (text.isEmpty())
        return {};
    if (isAscii(text)) {
        // ASCII has no marks and folds to lower case: skip normalisation,
        // which is most of the cost of loading 100,000 records.
        QByteArray out(text.size(), Qt::Uninitialized);
        char *p = out.data();
        for (QChar c : text) {
            const char ch = static_cast<char>(c.unicode());
            *p++ = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
        }
        return out;
    }
    return SearchKey::fold(text).toUtf8();
}

QByteArray SearchFilter::haystack(QStringView name, QStringView email)
{
    QByteArray out = fold(name);
    out.append('\0');
    out.append(fold(email));
    return out;
}

bool SearchFilter::setText(const QString &text)
{
    m_text = text;
    QByteArray needle = fold(QStringView(text).trimmed());
    needle.replace('\0', QByteArray()); // NUL separates records in the haystacks
    if (needle == m_needle)
        return false;
    if (!needle.contains(m_needle))
        m_narrowing = false;
    m_needle = needle;
    return true;
}

bool SearchFilter::setRole(std::optional<Role> role)
{
    if (role == m_role)
        return false;
    if (m_role) // from one role to another, or to all: rows may appear
        m_narrowing = false;
    m_role = role;
    return true;
}

bool SearchFilter::setStatus(StatusFilter status)
{
    if (status == m_status)
        return false;
    if (m_status != StatusFilter::All)
        m_narrowing = false;
    m_status = status;
    return true;
}
