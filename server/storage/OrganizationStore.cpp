#include "OrganizationStore.h"

#include "Database.h"
#include "MemberStore.h"
#include "SqlTime.h"

namespace {

std::optional<MembershipRecord> readMembership(QSqlQuery &query)
{
    std::optional<MembershipRecord> record;
    if (query.next()) {
        record = MembershipRecord{
            query.value(0).toLongLong(), static_cast<Role>(query.value(1).toInt()),
            query.value(2).toInt() == 0 ? MemberStatus::Active : MemberStatus::Removed,
            query.value(3).toString(), query.value(4).toString()};
    }
    query.finish();
    return record;
}

} // namespace

bool OrganizationStore::exists(qint64 organizationId)
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM organizations WHERE id = ?"), {organizationId})
        .isValid();
}

bool OrganizationStore::lock(qint64 organizationId)
{
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM organizations WHERE id = ?") +
                    m_db.dialect().forUpdate(),
                {organizationId})
        .isValid();
}

std::optional<Organization> OrganizationStore::organization(qint64 organizationId,
                                                            const QDateTime &now, int inactiveDays)
{
    const QVariant name = m_db.scalar(QStringLiteral("SELECT name FROM organizations WHERE id = ?"),
                                      {organizationId});
    if (!name.isValid())
        return std::nullopt;
    Organization organization;
    organization.id = organizationId;
    organization.name = name.toString();
    organization.inactiveDays = inactiveDays;
    const QVariant cutoff = SqlTime::fromDateTime(Inactivity::cutoff(now, inactiveDays));
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT p.product, p.name, p.seats_total,"
                       " (SELECT count(*) FROM member_licenses ml WHERE ml.pool_id = p.id),"
                       " (SELECT count(*) FROM invitation_licenses il"
                       "   JOIN invitations i ON i.id = il.invitation_id"
                       "   WHERE il.pool_id = p.id AND i.state = 0 AND i.expires_at > ?),"
                       " (SELECT count(*) FROM member_licenses ml"
                       "   JOIN memberships m ON m.org_id = p.org_id AND m.user_id = ml.user_id"
                       "   WHERE ml.pool_id = p.id AND m.status = 0 AND ") +
            MemberStore::inactiveCondition(QStringLiteral("m.")) +
            QStringLiteral(") FROM license_pools p WHERE p.org_id = ? ORDER BY p.product"),
        {SqlTime::fromDateTime(now), cutoff, cutoff, organizationId});
    while (query.next()) {
        LicensePool pool;
        pool.product = query.value(0).toString();
        pool.name = query.value(1).toString();
        pool.seatsTotal = query.value(2).toInt();
        pool.seatsUsed = query.value(3).toInt();
        pool.seatsReserved = query.value(4).toInt();
        pool.seatsHeldByInactive = query.value(5).toInt();
        organization.licensePools.append(pool);
    }
    query.finish();
    return organization;
}

QHash<QString, qint64> OrganizationStore::poolIds(qint64 organizationId)
{
    QHash<QString, qint64> ids;
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT product, id FROM license_pools WHERE org_id = ?"), {organizationId});
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    query.finish();
    return ids;
}

std::optional<MembershipRecord> OrganizationStore::membership(qint64 organizationId, qint64 userId)
{
    return readMembership(
        m_db.exec(QStringLiteral("SELECT m.user_id, m.role, m.status, u.full_name, u.email"
                                 " FROM memberships m JOIN users u ON u.id = m.user_id"
                                 " WHERE m.org_id = ? AND m.user_id = ?"),
                  {organizationId, userId}));
}

std::optional<MembershipRecord> OrganizationStore::membershipByEmailKey(qint64 organizationId,
                                                                        const QString &emailKey)
{
    return readMembership(
        m_db.exec(QStringLiteral("SELECT m.user_id, m.role, m.status, u.full_name, u.email"
                                 " FROM users u JOIN memberships m ON m.user_id = u.id"
                                 " WHERE m.org_id = ? AND u.email_key = ?"),
                  {organizationId, emailKey}));
}

qint64 OrganizationStore::createOrganization(const QString &name, const QDateTime &now)
{
    return m_db.insert(QStringLiteral("INSERT INTO organizations (name, created_at) VALUES (?, ?)"),
                       {name, SqlTime::fromDateTime(now)});
}

qint64 OrganizationStore::createPool(qint64 organizationId, const QString &product,
                                     const QString &name, int seatsTotal)
{
    return m_db.insert(QStringLiteral("INSERT INTO license_pools (org_id, product, name,"
                                      " seats_total) VALUES (?, ?, ?, ?)"),
                       {organizationId, product, name, seatsTotal});
}

bool OrganizationStore::isEmpty()
{
    return !m_db.scalar(QStringLiteral("SELECT 1 FROM organizations LIMIT 1")).isValid();
}
