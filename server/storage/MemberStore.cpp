#include "MemberStore.h"

#include "Database.h"
#include "Inactivity.h"
#include "SqlList.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QHash>

namespace {

// Columns of a member; `m` is memberships, `u` the user, `rb` who removed them.
const QString memberColumns = QStringLiteral(
    "SELECT u.id, u.full_name, u.email, m.role, m.status, m.joined_at, m.last_access_at,"
    " m.removed_at, m.removed_by, rb.full_name, m.machine_count");
const QString memberJoins = QStringLiteral(" JOIN users u ON u.id = m.user_id"
                                           " LEFT JOIN users rb ON rb.id = m.removed_by ");

Member readMember(const QSqlQuery &query)
{
    Member member;
    member.userId = query.value(0).toLongLong();
    member.fullName = query.value(1).toString();
    member.email = query.value(2).toString();
    member.role = static_cast<Role>(query.value(3).toInt());
    member.status = query.value(4).toInt() == 0 ? MemberStatus::Active : MemberStatus::Removed;
    member.joinedAt = SqlTime::toDateTime(query.value(5));
    member.lastAccessAt = SqlTime::toDateTime(query.value(6));
    member.removedAt = SqlTime::toDateTime(query.value(7));
    member.removedBy = UserRef{query.value(8).toLongLong(), query.value(9).toString()};
    member.machineCount = query.value(10).toInt();
    return member;
}

// The whitelist: API field → SQL expression. Only these fixed strings ever
// reach the ORDER BY clause.
QString sortExpression(const QString &field)
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("fullName"), QStringLiteral("name_key")},
        {QStringLiteral("email"), QStringLiteral("email_key")},
        {QStringLiteral("role"), QStringLiteral("role")},
        {QStringLiteral("joinedAt"), QStringLiteral("joined_at")},
        {QStringLiteral("lastAccessAt"), QStringLiteral("last_access_at")},
        {QStringLiteral("removedAt"), QStringLiteral("removed_at")},
        {QStringLiteral("machineCount"), QStringLiteral("machine_count")},
    };
    const QString expression = columns.value(field);
    if (expression.isEmpty())
        throw StorageError(QStringLiteral("unknown sort field %1").arg(field));
    return expression;
}

} // namespace

QStringList MemberStore::sortFields()
{
    return {QStringLiteral("fullName"),     QStringLiteral("email"),
            QStringLiteral("role"),         QStringLiteral("joinedAt"),
            QStringLiteral("lastAccessAt"), QStringLiteral("removedAt"),
            QStringLiteral("machineCount")};
}

QString MemberStore::inactiveCondition(const QString &prefix)
{
    // Never accessed since (re)joining counts from the join: a newcomer is
    // not inactive before the period has passed since they joined.
    return QStringLiteral(
               "(%1joined_at < ? AND (%1last_access_at IS NULL OR %1last_access_at < ?))")
        .arg(prefix);
}

QList<Member> MemberStore::list(const MemberFilter &filter, const PageRequest &page, qint64 *total)
{
    // Filter, count and page on memberships alone (its indexes hold every
    // sort key); only the page's rows are joined with users.
    QString where = QStringLiteral(" WHERE org_id = ? AND status = ?");
    QVariantList values{filter.organizationId, filter.status == MemberStatus::Active ? 0 : 1};
    if (filter.role) {
        where += QStringLiteral(" AND role = ?");
        values.append(static_cast<int>(*filter.role));
    }
    if (filter.inactiveDays) {
        const QVariant cutoff =
            SqlTime::fromDateTime(Inactivity::cutoff(filter.now, *filter.inactiveDays));
        where += QStringLiteral(" AND ") + inactiveCondition(QString());
        values << cutoff << cutoff;
    }
    if (filter.licensePoolId) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM member_licenses ml"
                                " WHERE ml.pool_id = ? AND ml.user_id = memberships.user_id)");
        values.append(*filter.licensePoolId);
    }
    if (filter.withoutLicense) {
        where += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM member_licenses ml"
                                " JOIN license_pools p ON p.id = ml.pool_id"
                                " WHERE p.org_id = memberships.org_id"
                                " AND ml.user_id = memberships.user_id)");
    }
    if (!page.foldedQuery.isEmpty()) {
        // instr, not LIKE: the query is literal, '%' and '_' are plain characters.
        where += QStringLiteral(" AND ") + m_db.dialect().contains(QStringLiteral("search_key"));
        values.append(page.foldedQuery);
    }
    *total = m_db.scalar(QStringLiteral("SELECT count(*) FROM memberships") + where, values)
                 .toLongLong();

    QString sortField = page.sortField;
    bool descending = page.descending;
    if (sortField.isEmpty()) {
        // Removed Users are sorted by join date by default, as the app shows them.
        sortField = filter.status == MemberStatus::Active ? QStringLiteral("fullName")
                                                          : QStringLiteral("joinedAt");
        descending = false;
    }
    const SqlDialect &dialect = m_db.dialect();
    const QString column = sortExpression(sortField);
    const bool nullable =
        sortField == QLatin1String("lastAccessAt") || sortField == QLatin1String("removedAt");
    auto order = [&](const QString &prefix) {
        const QString term = prefix + column;
        return (nullable ? dialect.orderTerm(term, descending)
                         : term + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"))) +
               QStringLiteral(", ") + prefix + QStringLiteral("user_id") +
               (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    };
    const QString sql = memberColumns +
                        QStringLiteral(" FROM (SELECT org_id, user_id FROM memberships") +
                        // A search scans the organization's rows in key order and sorts the
                        // matches; walking a sort index would look up every row instead.
                        (page.foldedQuery.isEmpty() ? QString() : m_db.dialect().searchScanHint()) +
                        where + QStringLiteral(" ORDER BY ") + order(QString()) +
                        QStringLiteral(" LIMIT ? OFFSET ?) AS page"
                                       " JOIN memberships m ON m.org_id = page.org_id"
                                       " AND m.user_id = page.user_id") +
                        memberJoins + QStringLiteral("ORDER BY ") + order(QStringLiteral("m."));
    values.append(page.size);
    values.append(page.offset());
    QSqlQuery &query = m_db.exec(sql, values);
    QList<Member> members;
    members.reserve(page.size);
    while (query.next())
        members.append(readMember(query));
    query.finish();
    fillLicensesAndTeams(filter.organizationId, members);
    return members;
}

void MemberStore::fillLicensesAndTeams(qint64 organizationId, QList<Member> &members)
{
    if (members.isEmpty())
        return;
    QHash<qint64, int> indexById;
    QList<qint64> userIds;
    for (int i = 0; i < members.size(); ++i) {
        indexById.insert(members.at(i).userId, i);
        userIds.append(members.at(i).userId);
    }
    QVariantList values{organizationId};
    const QString ids = SqlList::bind(userIds, values);
    QSqlQuery &licenses =
        m_db.exec(QStringLiteral("SELECT ml.user_id, p.product FROM member_licenses ml"
                                 " JOIN license_pools p ON p.id = ml.pool_id"
                                 " WHERE p.org_id = ? AND ml.user_id IN (") +
                      ids + QStringLiteral(") ORDER BY p.product"),
                  values);
    while (licenses.next()) {
        const int index = indexById.value(licenses.value(0).toLongLong(), -1);
        if (index >= 0)
            members[index].licenses.append(licenses.value(1).toString());
    }
    licenses.finish();
    QSqlQuery &teams = m_db.exec(QStringLiteral("SELECT tm.user_id, t.name FROM team_members tm"
                                                " JOIN teams t ON t.id = tm.team_id"
                                                " WHERE t.org_id = ? AND tm.user_id IN (") +
                                     ids + QStringLiteral(") ORDER BY t.name"),
                                 values);
    while (teams.next()) {
        const int index = indexById.value(teams.value(0).toLongLong(), -1);
        if (index >= 0)
            members[index].teams.append(teams.value(1).toString());
    }
    teams.finish();
}

std::optional<Member> MemberStore::member(qint64 organizationId, qint64 userId)
{
    QSqlQuery &query =
        m_db.exec(memberColumns + QStringLiteral(" FROM memberships m") + memberJoins +
                      QStringLiteral("WHERE m.org_id = ? AND m.user_id = ?"),
                  {organizationId, userId});
    QList<Member> members;
    if (query.next())
        members.append(readMember(query));
    query.finish();
    if (members.isEmpty())
        return std::nullopt;
    fillLicensesAndTeams(organizationId, members);
    return members.first();
}

void MemberStore::activate(qint64 organizationId, qint64 userId, Role role, const QDateTime &now)
{
    // last_access_at starts empty: it is the member's use of this
    // organization, and what they do elsewhere is none of its business.
    m_db.exec(QStringLiteral("INSERT INTO memberships (org_id, user_id, role, status, joined_at,"
                             " name_key, email_key, search_key, last_access_at, machine_count)"
                             " SELECT CAST(? AS BIGINT), id, CAST(? AS INTEGER), 0,"
                             " CAST(? AS BIGINT), name_key, email_key, search_key,"
                             " CAST(NULL AS BIGINT), 0 FROM users WHERE id = ?"
                             " ON CONFLICT (org_id, user_id) DO UPDATE SET role = excluded.role,"
                             " status = 0, joined_at = excluded.joined_at, removed_at = NULL,"
                             " removed_by = NULL, name_key = excluded.name_key,"
                             " search_key = excluded.search_key"),
              {organizationId, static_cast<int>(role), SqlTime::fromDateTime(now), userId});
}

void MemberStore::touch(qint64 organizationId, qint64 userId, const QDateTime &now)
{
    m_db.exec(QStringLiteral("UPDATE memberships SET last_access_at = ?"
                             " WHERE org_id = ? AND user_id = ?"),
              {SqlTime::fromDateTime(now), organizationId, userId});
}

void MemberStore::setRole(qint64 organizationId, qint64 userId, Role role)
{
    m_db.exec(QStringLiteral("UPDATE memberships SET role = ? WHERE org_id = ? AND user_id = ?"),
              {static_cast<int>(role), organizationId, userId});
}

void MemberStore::markRemoved(qint64 organizationId, qint64 userId, qint64 removedBy,
                              const QDateTime &now)
{
    m_db.exec(QStringLiteral("UPDATE memberships SET status = 1, removed_at = ?, removed_by = ?"
                             " WHERE org_id = ? AND user_id = ?"),
              {SqlTime::fromDateTime(now), removedBy, organizationId, userId});
}

void MemberStore::assignLicenses(qint64 userId, const QList<qint64> &poolIds, const QDateTime &now)
{
    for (qint64 poolId : poolIds) {
        m_db.exec(QStringLiteral("INSERT INTO member_licenses (pool_id, user_id, assigned_at)"
                                 " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                  {poolId, userId, SqlTime::fromDateTime(now)});
    }
}

QStringList MemberStore::licenses(qint64 organizationId, qint64 userId)
{
    QStringList products;
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT p.product FROM member_licenses ml"
                                                " JOIN license_pools p ON p.id = ml.pool_id"
                                                " WHERE p.org_id = ? AND ml.user_id = ?"
                                                " ORDER BY p.product"),
                                 {organizationId, userId});
    while (query.next())
        products.append(query.value(0).toString());
    query.finish();
    return products;
}

void MemberStore::removeLicenses(qint64 userId, const QList<qint64> &poolIds)
{
    for (qint64 poolId : poolIds) {
        m_db.exec(QStringLiteral("DELETE FROM member_licenses WHERE pool_id = ? AND user_id = ?"),
                  {poolId, userId});
    }
}

QStringList MemberStore::releaseLicenses(qint64 organizationId, qint64 userId)
{
    const QStringList products = licenses(organizationId, userId);
    m_db.exec(QStringLiteral("DELETE FROM member_licenses WHERE user_id = ? AND pool_id IN"
                             " (SELECT id FROM license_pools WHERE org_id = ?)"),
              {userId, organizationId});
    return products;
}
