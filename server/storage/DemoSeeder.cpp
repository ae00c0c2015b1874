#include "DemoSeeder.h"

#include "AuditLog.h"
#include "Database.h"
#include "DemoNames.h"
#include "EmailAddress.h"
#include "Migrations.h"
#include "SearchKey.h"
#include "ServerSecret.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace {

constexpr quint32 Seed = 20261129;
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

enum RoleRank
{
    Owner = 0,
    Admin = 1,
    BillingManager = 2,
    Member = 3,
};

struct Seeded
{
    qint64 id;
    int role;
};

class Writer
{
public:
    Writer(Database &db, qint64 nowMs) : m_db(db), m_nowMs(nowMs) {}

    qint64 user(const QString &fullName, const QString &email, QVariant lastAccess,
                qint64 createdMs)
    {
        return m_db.insert(
            QStringLiteral("INSERT INTO users (email, email_key, full_name, name_key,"
                           " search_key, created_at, last_access_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {email, EmailAddress::duplicateKey(email), fullName, SearchKey::fold(fullName),
             SearchKey::forPerson(fullName, email), createdMs, lastAccess});
    }

    void membership(qint64 org, qint64 user, int role, qint64 joinedMs, QVariant removedMs = {},
                    QVariant removedBy = {})
    {
        m_db.exec(QStringLiteral("INSERT INTO memberships (org_id, user_id, role, status,"
                                 " joined_at, removed_at, removed_by, name_key, email_key,"
                                 " search_key, last_access_at) SELECT CAST(? AS BIGINT), id,"
                                 " CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS BIGINT),"
                                 " CAST(? AS BIGINT), CAST(? AS BIGINT),"
                                 " name_key, email_key, search_key, last_access_at"
                                 " FROM users WHERE id = ?"),
                  {org, role, removedMs.isNull() ? 0 : 1, joinedMs, removedMs, removedBy, user});
    }

    void countMachines(qint64 org)
    {
        m_db.exec(QStringLiteral("UPDATE memberships SET machine_count = (SELECT count(*)"
                                 " FROM machines mc WHERE mc.org_id = memberships.org_id"
                                 " AND mc.user_id = memberships.user_id) WHERE org_id = ?"),
                  {org});
    }

    void license(qint64 pool, qint64 user, qint64 assignedMs)
    {
        m_db.exec(QStringLiteral("INSERT INTO member_licenses (pool_id, user_id, assigned_at)"
                                 " VALUES (?, ?, ?)"),
                  {pool, user, assignedMs});
    }

    void machine(qint64 org, qint64 user, const QString &machineId, qint64 registeredMs)
    {
        m_db.exec(QStringLiteral("INSERT INTO machines (org_id, user_id, machine_id,"
                                 " registered_at) VALUES (?, ?, ?, ?)"),
                  {org, user, machineId, registeredMs});
    }

    qint64 org(const QString &name)
    {
        return m_db.insert(
            QStringLiteral("INSERT INTO organizations (name, created_at) VALUES (?, ?)"),
            {name, m_nowMs - 1000 * DayMs});
    }

    qint64 pool(qint64 org, const QString &product, const QString &name, int total)
    {
        return m_db.insert(QStringLiteral("INSERT INTO license_pools (org_id, product, name,"
                                          " seats_total) VALUES (?, ?, ?, ?)"),
                           {org, product, name, total});
    }

    qint64 team(qint64 org, const QString &name)
    {
        return m_db.insert(QStringLiteral("INSERT INTO teams (org_id, name) VALUES (?, ?)"),
                           {org, name});
    }

    void teamMember(qint64 team, qint64 user)
    {
        m_db.exec(QStringLiteral("INSERT INTO team_members (team_id, user_id) VALUES (?, ?)"
                                 " ON CONFLICT DO NOTHING"),
                  {team, user});
    }

private:
    Database &m_db;
    qint64 m_nowMs;
};

} // namespace

void DemoSeeder::seed(int activeMembers, qint64 invitationTtlSeconds, const QDateTime &now)
{
    activeMembers = std::max(activeMembers, 10);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QRandomGenerator random(Seed);
    auto daysAgo = [&](int minDays, int maxDays) {
        return nowMs - DayMs * minDays -
               static_cast<qint64>(random.bounded(static_cast<quint32>(maxDays - minDays + 1))) *
                   DayMs -
               static_cast<qint64>(random.bounded(static_cast<quint32>(DayMs)));
    };

    Transaction transaction(m_db);
    // Without the sort indexes during the bulk insert, then rebuilt in one
    // pass each: seconds instead of tens of seconds for 100,000 members.
    static const QRegularExpression indexName(QStringLiteral("CREATE INDEX (\\w+)"));
    const QStringList indexes = Migrations::memberListIndexes();
    for (const QString &statement : indexes)
        m_db.execRaw(QStringLiteral("DROP INDEX IF EXISTS ") +
                     indexName.match(statement).captured(1));
    Writer write(m_db, nowMs);
    AuditLog audit(m_db);

    // Organization 1 — the demo organization.
    const qint64 org = write.org(QStringLiteral("Katalon Demo Org"));
    const int kseTotal = activeMembers * 6 / 10 + 40;
    const int kreTotal = activeMembers * 3 / 10 + 20;
    const qint64 kse = write.pool(org, QStringLiteral("KSE"),
                                  QStringLiteral("Katalon Studio Enterprise"), kseTotal);
    const qint64 kre =
        write.pool(org, QStringLiteral("KRE"), QStringLiteral("Katalon Runtime Engine"), kreTotal);

    QList<Seeded> active;
    active.reserve(activeMembers);
    struct Fixed
    {
        const char16_t *name;
        const char *email;
        int role;
    };
    const Fixed fixed[] = {
        {u"Amelia Hartmann", "owner@example.com", Owner},
        {u"José Álvarez", "admin@example.com", Admin},
        {u"Zoë Dubois", "billing@example.com", BillingManager},
        {u"Łukasz Nowak", "member@example.com", Member},
    };
    for (const Fixed &person : fixed) {
        const qint64 id =
            write.user(QString::fromUtf16(person.name), QString::fromLatin1(person.email),
                       daysAgo(0, 2), daysAgo(700, 900));
        write.membership(org, id, person.role, daysAgo(600, 900));
        active.append({id, person.role});
    }
    const QStringList domains{QStringLiteral("example.com"), QStringLiteral("example.org"),
                              QStringLiteral("example.net"), QStringLiteral("qa.example.com"),
                              QStringLiteral("example.photography")};
    int serial = 0;
    auto nextPerson = [&]() {
        ++serial;
        const int showcase = serial - 1;
        DemoPerson person = showcase < DemoNames::showcaseCount()
                                ? DemoNames::showcase(showcase)
                                : DemoNames::person(random, serial);
        const QString &domain =
            domains.at(static_cast<int>(random.bounded(static_cast<quint32>(domains.size()))));
        return std::make_pair(person.fullName, person.emailLocal + QLatin1Char('@') + domain);
    };
    for (int i = static_cast<int>(active.size()); i < activeMembers; ++i) {
        const quint32 dice = random.bounded(100U);
        const int role = dice < 3 ? Admin : dice < 6 ? BillingManager : Member;
        const auto [name, email] = nextPerson();
        // About one in twenty never signed in; the rest spread over six months.
        const QVariant lastAccess =
            random.bounded(20U) == 0 ? QVariant() : QVariant(daysAgo(0, 180));
        const qint64 id = write.user(name, email, lastAccess, daysAgo(30, 900));
        write.membership(org, id, role, daysAgo(1, 900));
        active.append({id, role});
    }

    // Licenses within the pools (some seats stay free), and machines.
    int kseUsed = 0;
    int kreUsed = 0;
    for (const Seeded &member : std::as_const(active)) {
        if (member.role == BillingManager && member.id != active.at(2).id)
            continue;
        if (kseUsed < kseTotal - 30 && random.bounded(100U) < 60) {
            write.license(kse, member.id, daysAgo(1, 400));
            ++kseUsed;
        }
        if (kreUsed < kreTotal - 15 && random.bounded(100U) < 25) {
            write.license(kre, member.id, daysAgo(1, 400));
            ++kreUsed;
        }
        if (random.bounded(100U) < 55) {
            const int machines = 1 + static_cast<int>(random.bounded(3U));
            for (int m = 0; m < machines; ++m) {
                write.machine(org, member.id,
                              QStringLiteral("MACHINE-%1-%2")
                                  .arg(member.id, 6, 10, QLatin1Char('0'))
                                  .arg(m + 1),
                              daysAgo(1, 300));
            }
        }
    }

    write.countMachines(org);

    // Teams: Members and Admins only (a Billing Manager is in no team).
    const QStringList teamNames{
        QStringLiteral("QA Automation"), QStringLiteral("Mobile"), QStringLiteral("Web Platform"),
        QStringLiteral("Release Engineering"), QStringLiteral("Performance & Load")};
    QList<qint64> teams;
    for (const QString &name : teamNames)
        teams.append(write.team(org, name));
    write.teamMember(teams.at(0), active.at(3).id); // member@example.com
    write.teamMember(teams.at(0), active.at(1).id); // admin@example.com
    for (const Seeded &member : std::as_const(active)) {
        if (member.role == Member || member.role == Admin) {
            if (random.bounded(100U) < 15)
                write.teamMember(teams.at(static_cast<int>(random.bounded(5U))), member.id);
        }
    }

    // Removed members: about a fifth of the active count.
    const int removedCount = std::max(3, activeMembers / 5);
    for (int i = 0; i < removedCount; ++i) {
        const auto [name, email] = nextPerson();
        const qint64 joined = daysAgo(200, 900);
        const qint64 removedAt =
            std::min(nowMs - DayMs, joined + DayMs * (10 + random.bounded(180U)));
        const qint64 id = write.user(name, email, QVariant(removedAt - DayMs), joined);
        const quint32 dice = random.bounded(100U);
        write.membership(org, id,
                         dice < 5    ? Admin
                         : dice < 10 ? BillingManager
                                     : Member,
                         joined, removedAt, random.bounded(2U) ? active.at(0).id : active.at(1).id);
    }

    // Invitations: 28 pending, 12 expired; roles and licenses vary.
    for (int i = 0; i < 40; ++i) {
        const bool expired = i >= 28;
        // An invitation has an address, no name.
        const QString email = nextPerson().second;
        const qint64 created = expired ? daysAgo(3, 60) : nowMs - DayMs / 48 * (1 + i);
        const qint64 expires = expired
                                   ? created + invitationTtlSeconds * 1000
                                   : std::max(nowMs + 60000, created + invitationTtlSeconds * 1000);
        const quint32 dice = random.bounded(100U);
        const int role = dice < 10 ? Admin : dice < 25 ? BillingManager : Member;
        const QString nonce = ServerSecret::randomToken(16);
        const qint64 id = m_db.insert(
            QStringLiteral("INSERT INTO invitations (org_id, email, email_key, search_key,"
                           " role, invited_by, created_at, sent_at, expires_at, state,"
                           " link_nonce, link_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"),
            {org, email, EmailAddress::duplicateKey(email), SearchKey::fold(email), role,
             random.bounded(3U) ? active.at(0).id : active.at(1).id, created, created,
             std::min(expires, expired ? nowMs - 1000 : expires), nonce,
             QStringLiteral("unset:") + QUuid::createUuid().toString()});
        m_db.exec(QStringLiteral("UPDATE invitations SET link_hash = ? WHERE id = ?"),
                  {m_secret.linkHash(m_secret.linkToken(id, nonce)), id});
        if (!expired && random.bounded(100U) < 50)
            m_db.exec(QStringLiteral("INSERT INTO invitation_licenses (invitation_id, pool_id)"
                                     " VALUES (?, ?)"),
                      {id, kse});
    }
    AuditEvent created;
    created.organizationId = org;
    created.action = AuditAction::OrganizationCreated;
    created.target = {AuditTargetType::Organization, org, QStringLiteral("Katalon Demo Org"), {}};
    created.details.demo = true;
    created.details.activeMembers = activeMembers;
    created.details.removedMembers = removedCount;
    created.createdAt = now;
    audit.record(created);

    // Organization 2 — another organization with its own Admin.
    const qint64 other = write.org(QStringLiteral("Northwind QA"));
    write.pool(other, QStringLiteral("KSE"), QStringLiteral("Katalon Studio Enterprise"), 10);
    const qint64 otherOwner =
        write.user(QStringLiteral("Grace Northwind"), QStringLiteral("other-owner@example.org"),
                   daysAgo(0, 5), daysAgo(300, 400));
    write.membership(other, otherOwner, Owner, daysAgo(300, 400));
    const qint64 otherAdmin =
        write.user(QStringLiteral("Omar Haddad"), QStringLiteral("other-admin@example.org"),
                   daysAgo(0, 5), daysAgo(300, 400));
    write.membership(other, otherAdmin, Admin, daysAgo(200, 300));
    for (int i = 0; i < 5; ++i) {
        const auto [name, email] = nextPerson();
        const qint64 id = write.user(name, email, QVariant(daysAgo(0, 60)), daysAgo(100, 300));
        write.membership(other, id, Member, daysAgo(10, 100));
    }
    audit.record({0,
                  other,
                  {},
                  QStringLiteral("organization.created"),
                  {QStringLiteral("organization"), other, QStringLiteral("Northwind QA"), {}},
                  {{QStringLiteral("demo"), true}},
                  now});
    for (const QString &statement : indexes)
        m_db.execRaw(m_db.dialect().schema(statement));
    transaction.commit();
}
