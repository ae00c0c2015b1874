#include "DataGenerator.h"

#include <QStringList>

namespace {

const char *const firstNames[] = {
    "José",   "Zoë",     "Łukasz", "Søren", "Ångström", "François", "Müller", "Ana",
    "John",   "Mary",    "Olivia", "Liam",  "Noah",     "Emma",     "Ava",    "Sophia",
    "Ivan",   "Дмитрий", "Анна",   "Νίκος", "Ελένη",    "伟",       "娜",     "明",
    "민준",   "서연",    "Aarav",  "Chloé", "Renée",    "Íñigo",    "Đorđe",  "Şule",
    "Mateus", "Björn",   "Jürgen", "Nuño",  "Zoltán",   "Ørjan",    "Kenji",  "Yuki",
};
const char *const lastNames[] = {
    "García", "Smith",   "Nguyễn", "Müller",    "O'Brien",     "Kowalski",     "Dubois",
    "Rossi",  "Johnson", "Brown",  "Petrov",    "Иванова",     "Papadopoulos", "王",
    "李",     "佐藤",    "김",     "Fernández", "Søndergaard", "Hernández",    "Lefèvre",
    "Novák",  "Černý",   "Yılmaz", "Walker",    "Lee",         "Martin",       "Schmidt",
    "Wójcik", "Jensen",  "Costa",  "Silva",
};
const char *const asciiFirst[] = {"jose",   "zoe", "lukasz", "soren", "angstrom", "francois",
                                  "muller", "ana", "john",   "mary",  "olivia",   "liam"};
const char *const domains[] = {"example.com", "example.org", "test.example", "corp.example.net"};
const char *const licenseCodes[] = {"KSE", "KRE", "TESTOPS", "TESTCLOUD"};
const char *const teamNames[] = {"QA", "Mobile", "Web", "Platform", "Payments"};

constexpr qint64 dayMs = 24LL * 3600 * 1000;

} // namespace

DataGenerator::DataGenerator(quint32 seed, const QDateTime &now)
    : m_state(seed * 2654435761ULL + 1), m_nowMs(now.toMSecsSinceEpoch())
{}

quint32 DataGenerator::next()
{
    // xorshift64*: fast, deterministic, good enough for sample data.
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return static_cast<quint32>((m_state * 2685821657736338717ULL) >> 32);
}

QString DataGenerator::fullName()
{
    const QString first = QString::fromUtf8(firstNames[below(std::size(firstNames))]);
    const QString last = QString::fromUtf8(lastNames[below(std::size(lastNames))]);
    switch (below(8)) {
    case 0:
        return last + first; // East Asian order, no space
    case 1:
        return first + QLatin1Char(' ') + last + QStringLiteral(" (contractor)");
    default:
        return first + QLatin1Char(' ') + last;
    }
}

QString DataGenerator::email(qint64 id)
{
    QString local = QString::fromLatin1(asciiFirst[below(std::size(asciiFirst))]);
    local += QLatin1Char('.') + QString::number(id);
    if (below(10) == 0)
        local += QStringLiteral("+tag");
    return local + QLatin1Char('@') + QString::fromLatin1(domains[below(std::size(domains))]);
}

QList<Member> DataGenerator::members(int count, qint64 firstId, MemberStatus status)
{
    QList<Member> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Member m;
        m.userId = firstId + i;
        m.fullName = fullName();
        m.email = email(m.userId);
        const int r = below(100);
        m.role = r < 1 ? Role::Admin : (r < 6 ? Role::BillingManager : Role::Member);
        if (i == 0)
            m.role = Role::Owner;
        m.status = status;
        m.joinedAt = QDateTime::fromMSecsSinceEpoch(
            m_nowMs - below(5 * 365) * dayMs - below(86400) * 1000LL, Qt::UTC);
        if (below(10) != 0)
            m.lastAccessAt = QDateTime::fromMSecsSinceEpoch(
                m_nowMs - below(60) * dayMs - below(86400) * 1000LL, Qt::UTC);
        const int licenseCount = below(4);
        for (int l = 0; l < licenseCount; ++l)
            m.licenses.append(QString::fromLatin1(licenseCodes[l]));
        m.machineCount = below(4);
        if (below(3) == 0)
            m.teams.append(QString::fromLatin1(teamNames[below(std::size(teamNames))]));
        if (status == MemberStatus::Removed) {
            m.removedAt = QDateTime::fromMSecsSinceEpoch(
                m_nowMs - below(365) * dayMs - below(86400) * 1000LL, Qt::UTC);
            m.removedBy = UserRef{1 + below(5), QStringLiteral("Admin %1").arg(1 + below(5))};
        }
        list.append(std::move(m));
    }
    return list;
}

QList<Invitation> DataGenerator::invitations(int count, qint64 firstId)
{
    QList<Invitation> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Invitation inv;
        inv.id = firstId + i;
        inv.email = email(900000 + inv.id);
        inv.role = below(10) == 0 ? Role::BillingManager : Role::Member;
        const int licenseCount = below(3);
        for (int l = 0; l < licenseCount; ++l)
            inv.licenses.append(QString::fromLatin1(licenseCodes[l]));
        inv.invitedBy = UserRef{1 + below(5), QStringLiteral("Admin %1").arg(1 + below(5))};
        const qint64 sent = m_nowMs - below(30 * 3600) * 1000LL;
        inv.createdAt = QDateTime::fromMSecsSinceEpoch(sent, Qt::UTC);
        inv.expiresAt = QDateTime::fromMSecsSinceEpoch(sent + dayMs, Qt::UTC);
        inv.status = inv.expiresAt.toMSecsSinceEpoch() <= m_nowMs ? InvitationStatus::Expired
                                                                  : InvitationStatus::Pending;
        inv.activationUrl = QStringLiteral("http://127.0.0.1/activate/%1").arg(inv.id);
        list.append(std::move(inv));
    }
    return list;
}
