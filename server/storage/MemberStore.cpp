#include "MemberStore.h"

#include "Database.h"
#include "Inactivity.h"
#include "SqlList.h"
#include "SqlTime.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QHash>

#include <algorithm>

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

struct SortColumn
{
    QString column; ///< a memberships column
    bool nullable = false;
};

// The whitelist: API field → column. Only these fixed strings ever reach the
// ORDER BY clause.
SortColumn sortColumn(const QString &field)
{
    static const QHash<QString, SortColumn> columns{
        {QStringLiteral("fullName"), {QStringLiteral("name_key"), false}},
        {QStringLiteral("email"), {QStringLiteral("email_key"), false}},
        {QStringLiteral("role"), {QStringLiteral("role"), false}},
        {QStringLiteral("joinedAt"), {QStringLiteral("joined_at"), false}},
        {QStringLiteral("lastAccessAt"), {QStringLiteral("last_access_at"), true}},
        {QStringLiteral("removedAt"), {QStringLiteral("removed_at"), true}},
        {QStringLiteral("machineCount"), {QStringLiteral("machine_count"), false}},
    };
    const auto found = columns.constFind(field);
    if (found == columns.constEnd())
        throw StorageError(QStringLiteral("unknown sort field %1").arg(field));
    return *found;
}

int statusValue(MemberStatus status)
{
    return status == MemberStatus::Active ? 0 : 1;
}

// "status = ? [AND role = ?] [AND inactive] [AND license]" on the columns of
// `table` ("memberships" or an alias of it); binds its values. Whether a
// membership is in the list, whatever its organization.
QString listConditions(const MemberFilter &filter, const QString &table, QVariantList &values)
{
    const QString column = table + QLatin1Char('.');
    QString conditions = column + QStringLiteral("status = ?");
    values << statusValue(filter.status);
    if (filter.role) {
        conditions += QStringLiteral(" AND %1role = ?").arg(column);
        values << static_cast<int>(*filter.role);
    }
    if (filter.inactiveDays) {
        const QVariant cutoff =
            SqlTime::fromDateTime(Inactivity::cutoff(filter.now, *filter.inactiveDays));
        conditions += QStringLiteral(" AND ") + MemberStore::inactiveCondition(column);
        values << cutoff << cutoff;
    }
    if (filter.licensePoolId) {
        conditions += QStringLiteral(" AND EXISTS (SELECT 1 FROM member_licenses ml"
                                     " WHERE ml.pool_id = ? AND ml.user_id = %1user_id)")
                          .arg(column);
        values << *filter.licensePoolId;
    }
    if (filter.withoutLicense) {
        conditions += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM member_licenses ml"
                                     " JOIN license_pools p ON p.id = ml.pool_id"
                                     " WHERE p.org_id = %1org_id AND ml.user_id = %1user_id)")
                          .arg(column);
    }
    return conditions;
}

// " AND org_id = ? AND " listConditions on the columns of `table`; binds its values.
QString filterConditions(const MemberFilter &filter, const QString &table, QVariantList &values)
{
    values << filter.organizationId;
    return QStringLiteral(" AND %1.org_id = ? AND ").arg(table) +
           listConditions(filter, table, values);
}

// The list's sort: the request's, or the default of its status.
struct ListOrder
{
    QString field;
    SortColumn sort;
    bool descending = false;
};

ListOrder listOrder(const MemberFilter &filter, const PageRequest &page)
{
    ListOrder order;
    order.field = page.sortField;
    order.descending = page.descending;
    if (order.field.isEmpty()) {
        // Removed Users are sorted by join date by default (product.md, Removal).
        order.field = filter.status == MemberStatus::Active ? QStringLiteral("fullName")
                                                            : QStringLiteral("joinedAt");
        order.descending = false;
    }
    order.sort = sortColumn(order.field);
    return order;
}

// "expression ASC|DESC, tieBreak ASC|DESC", NULLs first ascending on both engines.
QString orderBy(const SqlDialect &dialect, const ListOrder &order, const QString &expression,
                const QString &tieBreak)
{
    const QString direction = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return (order.sort.nullable ? dialect.orderTerm(expression, order.descending)
                                : expression + direction) +
           QStringLiteral(", ") + tieBreak + direction;
}

// The page's rows (selected as `page` with org_id and user_id) joined with the member fields.
QString pageJoin(const QString &extraColumns, const QString &inner, const QString &order)
{
    return memberColumns + extraColumns + QStringLiteral(" FROM (") + inner +
           QStringLiteral(") AS page JOIN memberships m ON m.org_id = page.org_id"
                          " AND m.user_id = page.user_id") +
           memberJoins + QStringLiteral("ORDER BY ") + order;
}

} // namespace

QStringList MemberStore::sortFields()
{
    return {QStringLiteral("fullName"),     QStringLiteral("email"),
            QStringLiteral("role"),         QStringLiteral("joinedAt"),
            QStringLiteral("lastAccessAt"), QStringLiteral("removedAt"),
            QStringLiteral("machineCount")};
}

QString MemberStore::sortOf(const MemberFilter &filter, const PageRequest &page)
{
    const ListOrder order = listOrder(filter, page);
    return order.field + (order.descending ? QStringLiteral(",desc") : QStringLiteral(",asc"));
}

QString MemberStore::inactiveCondition(const QString &prefix)
{
    // Never accessed since (re)joining counts from the join: a newcomer is
    // not inactive before the period has passed since they joined.
    return QStringLiteral(
               "(%1joined_at < ? AND (%1last_access_at IS NULL OR %1last_access_at < ?))")
        .arg(prefix);
}

MemberPage MemberStore::list(const MemberFilter &filter, const PageRequest &page, qint64 change)
{
    MemberPage result =
        page.foldedQuery.isEmpty() ? browse(filter, page, change) : search(filter, page);
    fillLicensesAndTeams(filter.organizationId, result.members);
    return result;
}

MemberPage MemberStore::browse(const MemberFilter &filter, const PageRequest &page, qint64 change)
{
    const SqlDialect &dialect = m_db.dialect();
    const ListOrder order = listOrder(filter, page);
    QVariantList filterValues;
    const QString conditions =
        filterConditions(filter, QStringLiteral("memberships"), filterValues);
    // Inactivity moves with the clock, not with the change number: such a
    // list is never remembered.
    const bool cacheable = !filter.inactiveDays;
    const QString list = QStringLiteral("%1/%2/%3/%4")
                             .arg(filter.organizationId)
                             .arg(statusValue(filter.status))
                             .arg(filter.role ? static_cast<int>(*filter.role) : -1)
                             .arg(filter.withoutLicense ? -1 : filter.licensePoolId.value_or(0));
    MemberPage result;
    if (const auto known = cacheable ? m_pages.total(list, change) : std::nullopt) {
        result.total = *known;
    } else {
        result.total =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM memberships WHERE TRUE") + conditions,
                        filterValues)
                .toLongLong();
        if (cacheable)
            m_pages.setTotal(list, change, result.total);
    }

    // Keyset paging: after the client's key, or after the end of a page
    // already served at this change number (an index seek, not an OFFSET
    // walk; only for keys that are never NULL, which a row comparison
    // skips).
    const QString pageKey =
        list + QLatin1Char('/') + order.field +
        (order.descending ? QStringLiteral("/desc/") : QStringLiteral("/asc/")) +
        QString::number(page.size);
    const qint64 offset = page.after ? 0 : page.offset();
    std::optional<ListPageCache::Boundary> after;
    if (page.after)
        after = ListPageCache::Boundary{page.after->value, page.after->id};
    else if (cacheable && !order.sort.nullable && offset > 0)
        after = m_pages.boundary(pageKey, change, offset);
    QVariantList values;
    QString sql;
    if (after) {
        // After a known key: walk the sort index from there and join as we
        // go, LIMIT rows in all.
        const QString joinedConditions = filterConditions(filter, QStringLiteral("m"), values);
        sql = memberColumns + QStringLiteral(", m.%1 FROM memberships m").arg(order.sort.column) +
              memberJoins + QStringLiteral("WHERE TRUE") + joinedConditions +
              QStringLiteral(" AND ") +
              SqlDialect::keysetCondition(QStringLiteral("m.") + order.sort.column,
                                          QStringLiteral("m.user_id"), order.sort.nullable,
                                          order.descending, after->sortValue, after->id, values) +
              QStringLiteral(" ORDER BY ") +
              orderBy(dialect, order, QStringLiteral("m.") + order.sort.column,
                      QStringLiteral("m.user_id")) +
              QStringLiteral(" LIMIT ?");
        values << page.size;
    } else {
        // OFFSET rows are skipped on the covering sort index alone; only the
        // page's rows are joined with users.
        const QString inner =
            QStringLiteral("SELECT org_id, user_id, %1 AS sort_value FROM memberships WHERE TRUE")
                .arg(order.sort.column) +
            conditions + QStringLiteral(" ORDER BY ") +
            orderBy(dialect, order, order.sort.column, QStringLiteral("user_id")) +
            QStringLiteral(" LIMIT ? OFFSET ?");
        values = filterValues;
        values << page.size << offset;
        sql = pageJoin(QStringLiteral(", page.sort_value"), inner,
                       orderBy(dialect, order, QStringLiteral("m.") + order.sort.column,
                               QStringLiteral("m.user_id")));
    }
    QSqlQuery &query = m_db.exec(sql, values);
    result.members.reserve(page.size);
    ListPageCache::Boundary last;
    while (query.next()) {
        result.members.append(readMember(query));
        last.sortValue = query.value(11);
        last.id = result.members.constLast().userId;
    }
    query.finish();
    if (result.members.size() == page.size) {
        result.next = PageKey{sortOf(filter, page), last.sortValue, last.id};
        if (cacheable && !order.sort.nullable && !page.after)
            m_pages.setBoundary(pageKey, change, offset + page.size, last);
    }
    return result;
}

MemberPage MemberStore::search(const MemberFilter &filter, const PageRequest &page)
{
    const SqlDialect &dialect = m_db.dialect();
    const ListOrder order = listOrder(filter, page);
    const bool indexed = SqlDialect::isIndexable(page.foldedQuery);
    const qint64 cap = page.offset() + page.size + ShortSearchCountBeyondPage;
    QVariantList values;
    QString from;
    if (indexed) {
        // The index's matches, sorted and counted in one statement: the
        // window count sees every match before LIMIT takes the page.
        values << dialect.searchPattern(page.foldedQuery);
        from = QStringLiteral(" FROM ") +
               dialect.searchSource(SqlDialect::SearchIndex::Members, QStringLiteral("m")) +
               QStringLiteral(" WHERE ") +
               dialect.searchCondition(SqlDialect::SearchIndex::Members, QStringLiteral("m")) +
               filterConditions(filter, QStringLiteral("m"), values);
    } else {
        // One pass in primary-key order (never a sort index walk with a row
        // lookup each), keeping the first `cap` matches in sort order.
        const QString conditions = filterConditions(filter, QStringLiteral("memberships"), values);
        values << page.foldedQuery << cap;
        from = QStringLiteral(" FROM (SELECT org_id, user_id, %1 AS sort_value FROM memberships"
                              " WHERE TRUE")
                   .arg(order.sort.column) +
               conditions + QStringLiteral(" AND ") +
               dialect.contains(QStringLiteral("search_key")) + QStringLiteral(" ORDER BY ") +
               orderBy(dialect, order, dialect.unindexed(order.sort.column),
                       QStringLiteral("user_id")) +
               QStringLiteral(" LIMIT ?) AS m");
    }
    const QString sortValue =
        indexed ? QStringLiteral("m.") + order.sort.column : QStringLiteral("m.sort_value");
    const QString inner = QStringLiteral("SELECT m.org_id, m.user_id, count(*) OVER () AS total") +
                          from + QStringLiteral(" ORDER BY ") +
                          orderBy(dialect, order, sortValue, QStringLiteral("m.user_id")) +
                          QStringLiteral(" LIMIT ? OFFSET ?");
    const QVariantList countValues = values;
    values << page.size << page.offset();
    QSqlQuery &query =
        m_db.exec(pageJoin(QStringLiteral(", page.total"), inner,
                           orderBy(dialect, order, QStringLiteral("m.") + order.sort.column,
                                   QStringLiteral("m.user_id"))),
                  values);
    MemberPage result;
    result.members.reserve(page.size);
    while (query.next()) {
        result.members.append(readMember(query));
        result.total = query.value(11).toLongLong();
    }
    query.finish();
    if (result.members.isEmpty() && page.offset() > 0) {
        // Past the last page: no row carried the count.
        result.total =
            m_db.scalar(QStringLiteral("SELECT count(*)") + from, countValues).toLongLong();
    }
    result.totalIsLowerBound = !indexed && result.total >= cap;
    return result;
}

MemberChanges MemberStore::changes(const MemberFilter &filter, const PageRequest &page,
                                   qint64 since, const QDateTime &sinceTime)
{
    // Whether a changed member is in the list now, as one expression.
    QVariantList values;
    QString inList = listConditions(filter, QStringLiteral("memberships"), values);
    if (!page.foldedQuery.isEmpty()) {
        // A scan of the changed rows only: no index needed.
        inList += QStringLiteral(" AND ") + m_db.dialect().contains(QStringLiteral("search_key"));
        values << page.foldedQuery;
    }
    // Changed: stamped after `since`, or (an inactivity filter) inactive now
    // and not at `sinceTime`, less a minute for instances whose clocks
    // differ: the clock moved them into the list without a write.
    QString changed = QStringLiteral(" WHERE org_id = ? AND (change_seq > ?");
    QVariantList changedValues{filter.organizationId, since};
    if (filter.inactiveDays) {
        const QVariant now =
            SqlTime::fromDateTime(Inactivity::cutoff(filter.now, *filter.inactiveDays));
        const QVariant then =
            SqlTime::fromDateTime(Inactivity::cutoff(sinceTime.addSecs(-60), *filter.inactiveDays));
        changed += QStringLiteral(" OR (") + inactiveCondition(QString()) +
                   QStringLiteral(" AND NOT ") + inactiveCondition(QString()) + QLatin1Char(')');
        changedValues << now << now << then << then;
    }
    changed += QLatin1Char(')');
    values << changedValues << page.size << page.offset();
    const QString inner = QStringLiteral("SELECT org_id, user_id, CASE WHEN ") + inList +
                          QStringLiteral(" THEN 1 ELSE 0 END AS in_list, count(*) OVER () AS total"
                                         " FROM memberships") +
                          changed + QStringLiteral(" ORDER BY user_id LIMIT ? OFFSET ?");
    QSqlQuery &query = m_db.exec(
        pageJoin(QStringLiteral(", page.in_list, page.total"), inner, QStringLiteral("m.user_id")),
        values);
    MemberChanges result;
    while (query.next()) {
        if (query.value(11).toInt() == 1)
            result.members.append(readMember(query));
        else
            result.removedIds.append(query.value(0).toLongLong());
        result.total = query.value(12).toLongLong();
    }
    query.finish();
    if (result.members.isEmpty() && result.removedIds.isEmpty() && page.offset() > 0) {
        result.total =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM memberships") + changed, changedValues)
                .toLongLong();
    }
    fillLicensesAndTeams(filter.organizationId, result.members);
    return result;
}

void MemberStore::fillLicensesAndTeams(qint64 organizationId, QList<Member> &members)
{
    if (members.isEmpty())
        return;
    QHash<qint64, int> indexById;
    indexById.reserve(members.size());
    QList<qint64> userIds;
    userIds.reserve(members.size());
    for (int i = 0; i < members.size(); ++i) {
        indexById.insert(members.at(i).userId, i);
        userIds.append(members.at(i).userId);
    }
    QVariantList values;
    const QString ids = SqlList::bind(userIds, values);
    // Each member's pools and teams through the (user_id) indexes, named
    // from the organization's own few pools and teams: a join would look up
    // every pool or team once per member of the page instead.
    auto fill = [&](const QString &namesSql, const QString &linksSql, QStringList Member::*field) {
        QHash<qint64, int> rankById;
        QStringList names;
        QSqlQuery &named = m_db.exec(namesSql, {organizationId});
        while (named.next()) {
            rankById.insert(named.value(0).toLongLong(), static_cast<int>(names.size()));
            names.append(named.value(1).toString());
        }
        named.finish();
        if (names.isEmpty())
            return;
        QList<QList<int>> ranks(members.size());
        QSqlQuery &links = m_db.exec(linksSql + ids + QLatin1Char(')'), values);
        while (links.next()) {
            const int index = indexById.value(links.value(0).toLongLong(), -1);
            const int rank = rankById.value(links.value(1).toLongLong(), -1);
            if (index >= 0 && rank >= 0)
                ranks[index].append(rank);
        }
        links.finish();
        for (qsizetype i = 0; i < ranks.size(); ++i) {
            QList<int> &memberRanks = ranks[i];
            std::sort(memberRanks.begin(), memberRanks.end());
            QStringList &list = members[i].*field;
            list.reserve(memberRanks.size());
            for (int rank : std::as_const(memberRanks))
                list.append(names.at(rank));
        }
    };
    fill(QStringLiteral("SELECT id, product FROM license_pools WHERE org_id = ? ORDER BY product"),
         QStringLiteral("SELECT user_id, pool_id FROM member_licenses WHERE user_id IN ("),
         &Member::licenses);
    fill(QStringLiteral("SELECT id, name FROM teams WHERE org_id = ? ORDER BY name"),
         QStringLiteral("SELECT user_id, team_id FROM team_members WHERE user_id IN ("),
         &Member::teams);
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
    const qint64 change = m_changes.stamp(organizationId);
    m_db.exec(QStringLiteral("INSERT INTO memberships (org_id, user_id, role, status, joined_at,"
                             " name_key, email_key, search_key, last_access_at, machine_count,"
                             " change_seq)"
                             " SELECT CAST(? AS BIGINT), id, CAST(? AS INTEGER), 0,"
                             " CAST(? AS BIGINT), name_key, email_key, search_key,"
                             " CAST(NULL AS BIGINT), 0, CAST(? AS BIGINT) FROM users WHERE id = ?"
                             " ON CONFLICT (org_id, user_id) DO UPDATE SET role = excluded.role,"
                             " status = 0, joined_at = excluded.joined_at, removed_at = NULL,"
                             " removed_by = NULL, name_key = excluded.name_key,"
                             " search_key = excluded.search_key,"
                             " change_seq = excluded.change_seq"),
              {organizationId, static_cast<int>(role), SqlTime::fromDateTime(now), change, userId});
}

void MemberStore::touch(qint64 organizationId, qint64 userId, const QDateTime &now)
{
    // The stamp and the write commit together, or a reader could take the
    // new number and miss the write.
    Transaction transaction(m_db);
    m_db.exec(
        QStringLiteral("UPDATE memberships SET last_access_at = ?, change_seq = ?"
                       " WHERE org_id = ? AND user_id = ?"),
        {SqlTime::fromDateTime(now), m_changes.stamp(organizationId), organizationId, userId});
    transaction.commit();
}

void MemberStore::setRole(qint64 organizationId, qint64 userId, Role role)
{
    m_db.exec(QStringLiteral("UPDATE memberships SET role = ?, change_seq = ?"
                             " WHERE org_id = ? AND user_id = ?"),
              {static_cast<int>(role), m_changes.stamp(organizationId), organizationId, userId});
}

void MemberStore::markRemoved(qint64 organizationId, qint64 userId, qint64 removedBy,
                              const QDateTime &now)
{
    m_db.exec(QStringLiteral("UPDATE memberships SET status = 1, removed_at = ?, removed_by = ?,"
                             " change_seq = ? WHERE org_id = ? AND user_id = ?"),
              {SqlTime::fromDateTime(now), removedBy, m_changes.stamp(organizationId),
               organizationId, userId});
}

void MemberStore::markChanged(qint64 organizationId, qint64 userId)
{
    m_db.exec(QStringLiteral("UPDATE memberships SET change_seq = ?"
                             " WHERE org_id = ? AND user_id = ?"),
              {m_changes.stamp(organizationId), organizationId, userId});
}

void MemberStore::assignLicenses(qint64 organizationId, qint64 userId, const QList<qint64> &poolIds,
                                 const QDateTime &now)
{
    for (qint64 poolId : poolIds) {
        m_db.exec(QStringLiteral("INSERT INTO member_licenses (pool_id, user_id, assigned_at)"
                                 " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                  {poolId, userId, SqlTime::fromDateTime(now)});
    }
    if (!poolIds.isEmpty())
        markChanged(organizationId, userId);
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

void MemberStore::removeLicenses(qint64 organizationId, qint64 userId, const QList<qint64> &poolIds)
{
    for (qint64 poolId : poolIds) {
        m_db.exec(QStringLiteral("DELETE FROM member_licenses WHERE pool_id = ? AND user_id = ?"),
                  {poolId, userId});
    }
    if (!poolIds.isEmpty())
        markChanged(organizationId, userId);
}

QStringList MemberStore::releaseLicenses(qint64 organizationId, qint64 userId)
{
    const QStringList products = licenses(organizationId, userId);
    m_db.exec(QStringLiteral("DELETE FROM member_licenses WHERE user_id = ? AND pool_id IN"
                             " (SELECT id FROM license_pools WHERE org_id = ?)"),
              {userId, organizationId});
    if (!products.isEmpty())
        markChanged(organizationId, userId);
    return products;
}
