#include "MemberStore.h"

#include "Database.h"
#include "SqlList.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QHash>

namespace {

const QString selectMember = QStringLiteral(
    "SELECT u.id, u.full_name, u.email, m.role, m.status, m.joined_at, u.last_access_at,"
    " m.removed_at, m.removed_by, rb.full_name,"
    " (SELECT count(*) FROM machines mc WHERE mc.org_id = m.org_id AND mc.user_id = m.user_id)"
    " AS machine_count"
    " FROM memberships m JOIN users u ON u.id = m.user_id"
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
        {QStringLiteral("fullName"), QStringLiteral("u.name_key")},
        {QStringLiteral("email"), QStringLiteral("u.email_key")},
        {QStringLiteral("role"), QStringLiteral("m.role")},
        {QStringLiteral("joinedAt"), QStringLiteral("m.joined_at")},
        {QStringLiteral("lastAccessAt"), QStringLiteral("u.last_access_at")},
        {QStringLiteral("removedAt"), QStringLiteral("m.removed_at")},
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

QList<Member> MemberStore::list(const MemberFilter &filter, const PageRequest &page, qint64 *total)
{
    QString where = QStringLiteral("WHERE m.org_id = ? AND m.status = ?");
    QVariantList values{filter.organizationId, filter.status == MemberStatus::Active ? 0 : 1};
    if (filter.role) {
        where += QStringLiteral(" AND m.role = ?");
        values.append(static_cast<int>(*filter.role));
    }
    if (!page.foldedQuery.isEmpty()) {
        // instr, not LIKE: the query is literal, '%' and '_' are plain characters.
        where += QStringLiteral(" AND instr(u.search_key, ?) > 0");
        values.append(page.foldedQuery);
    }
    *total = m_db.scalar(QStringLiteral("SELECT count(*) FROM memberships m"
                                        " JOIN users u ON u.id = m.user_id ") +
                             where,
                         values)
                 .toLongLong();

    QString sortField = page.sortField;
    bool descending = page.descending;
    if (sortField.isEmpty()) {
        // Removed Users are sorted by join date by default (product.md, Removal).
        sortField = filter.status == MemberStatus::Active ? QStringLiteral("fullName")
                                                          : QStringLiteral("joinedAt");
        descending = false;
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql = selectMember + where + QStringLiteral(" ORDER BY ") +
                        sortExpression(sortField) + direction + QStringLiteral(", u.id") +
                        direction + QStringLiteral(" LIMIT ? OFFSET ?");
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
        m_db.exec(selectMember + QStringLiteral("WHERE m.org_id = ? AND m.user_id = ?"),
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
    m_db.exec(QStringLiteral("INSERT INTO memberships (org_id, user_id, role, status, joined_at)"
                             " VALUES (?, ?, ?, 0, ?)"
                             " ON CONFLICT (org_id, user_id) DO UPDATE SET role = excluded.role,"
                             " status = 0, joined_at = excluded.joined_at, removed_at = NULL,"
                             " removed_by = NULL"),
              {organizationId, userId, static_cast<int>(role), SqlTime::fromDateTime(now)});
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
        m_db.exec(QStringLiteral("INSERT OR IGNORE INTO member_licenses (pool_id, user_id,"
                                 " assigned_at) VALUES (?, ?, ?)"),
                  {poolId, userId, SqlTime::fromDateTime(now)});
    }
}

QStringList MemberStore::releaseLicenses(qint64 organizationId, qint64 userId)
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
    m_db.exec(QStringLiteral("DELETE FROM member_licenses WHERE user_id = ? AND pool_id IN"
                             " (SELECT id FROM license_pools WHERE org_id = ?)"),
              {userId, organizationId});
    return products;
}
