#include "InvitationStore.h"

#include "Database.h"
#include "SearchKey.h"
#include "SqlList.h"
#include "SqlTime.h"
#include "StorageError.h"

#include <QHash>
#include <QUuid>

namespace {

enum State
{
    Open = 0,
    Accepted = 1,
    Revoked = 2,
};

const QString invitationColumns = QStringLiteral(
    "SELECT i.id, i.email, i.role, i.invited_by, iu.full_name, i.created_at, i.expires_at,"
    " i.state, i.org_id, o.name, i.email_key, i.link_nonce, i.delivery_error");
const QString invitationJoins = QStringLiteral(" JOIN organizations o ON o.id = i.org_id"
                                               " LEFT JOIN users iu ON iu.id = i.invited_by ");
const QString selectInvitation =
    invitationColumns + QStringLiteral(" FROM invitations i") + invitationJoins;
// Columns after invitationColumns.
constexpr int ExtraColumn = 13;

InvitationRecord readInvitation(const QSqlQuery &query, qint64 nowMs)
{
    InvitationRecord record;
    Invitation &invitation = record.invitation;
    invitation.id = query.value(0).toLongLong();
    invitation.email = query.value(1).toString();
    invitation.role = static_cast<Role>(query.value(2).toInt());
    invitation.invitedBy = UserRef{query.value(3).toLongLong(), query.value(4).toString()};
    invitation.createdAt = SqlTime::toDateTime(query.value(5));
    const qint64 expiresMs = query.value(6).toLongLong();
    invitation.expiresAt = SqlTime::toDateTime(expiresMs);
    switch (query.value(7).toInt()) {
    case Accepted:
        invitation.status = InvitationStatus::Accepted;
        break;
    case Revoked:
        invitation.status = InvitationStatus::Revoked;
        break;
    default:
        invitation.status =
            expiresMs > nowMs ? InvitationStatus::Pending : InvitationStatus::Expired;
        break;
    }
    record.organizationId = query.value(8).toLongLong();
    record.organizationName = query.value(9).toString();
    record.emailKey = query.value(10).toString();
    record.linkNonce = query.value(11).toString();
    invitation.deliveryError = query.value(12).toString();
    return record;
}

QString sortExpression(const QString &field)
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("email"), QStringLiteral("i.email_key")},
        {QStringLiteral("role"), QStringLiteral("i.role")},
        {QStringLiteral("createdAt"), QStringLiteral("i.created_at")},
        {QStringLiteral("expiresAt"), QStringLiteral("i.expires_at")},
        {QStringLiteral("invitedBy"), QStringLiteral("iu.name_key")},
    };
    const QString expression = columns.value(field);
    if (expression.isEmpty())
        throw StorageError(QStringLiteral("unknown sort field %1").arg(field));
    return expression;
}

// Fixed SQL per status value; binds `now` where the status depends on it.
QString statusCondition(const QString &status, qint64 nowMs, QVariantList &values)
{
    if (status == QLatin1String("pending")) {
        values << nowMs;
        return QStringLiteral("i.state = 0 AND i.expires_at > ?");
    }
    if (status == QLatin1String("expired")) {
        values << nowMs;
        return QStringLiteral("i.state = 0 AND i.expires_at <= ?");
    }
    if (status == QLatin1String("accepted"))
        return QStringLiteral("i.state = 1");
    if (status == QLatin1String("revoked"))
        return QStringLiteral("i.state = 2");
    return QStringLiteral("i.state = 0");
}

// Servers that share a database may disagree on the time a little: an
// invitation that expired this long before a cursor was made is reported
// again rather than missed.
constexpr qint64 ClockSkewMs = 60 * 1000;

} // namespace

QStringList InvitationStore::sortFields()
{
    return {QStringLiteral("email"), QStringLiteral("role"), QStringLiteral("createdAt"),
            QStringLiteral("expiresAt"), QStringLiteral("invitedBy")};
}

QStringList InvitationStore::statusFilters()
{
    return {QStringLiteral("pending"), QStringLiteral("expired"), QStringLiteral("open"),
            QStringLiteral("accepted"), QStringLiteral("revoked")};
}

QString InvitationStore::sortOf(const PageRequest &page)
{
    if (page.sortField.isEmpty())
        return QStringLiteral("createdAt,desc");
    return page.sortField + (page.descending ? QStringLiteral(",desc") : QStringLiteral(",asc"));
}

QList<InvitationRecord> InvitationStore::list(qint64 organizationId, const QString &status,
                                              const PageRequest &page, const QDateTime &now,
                                              qint64 *total, std::optional<PageKey> *next)
{
    const SqlDialect &dialect = m_db.dialect();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QVariantList values;
    QString from;
    QString where;
    if (page.foldedQuery.isEmpty()) {
        from = QStringLiteral(" FROM invitations i");
        where = QStringLiteral(" WHERE TRUE");
    } else if (SqlDialect::isIndexable(page.foldedQuery)) {
        values << dialect.searchPattern(page.foldedQuery);
        from = QStringLiteral(" FROM ") +
               dialect.searchSource(SqlDialect::SearchIndex::Invitations, QStringLiteral("i"));
        where = QStringLiteral(" WHERE ") +
                dialect.searchCondition(SqlDialect::SearchIndex::Invitations, QStringLiteral("i"));
    } else {
        // Too short for the index: one pass over the organization's invitations.
        from = QStringLiteral(" FROM invitations i");
        where = QStringLiteral(" WHERE ") + dialect.contains(QStringLiteral("i.search_key"));
        values << page.foldedQuery;
    }
    where += QStringLiteral(" AND i.org_id = ?");
    values << organizationId;
    where += QStringLiteral(" AND ") + statusCondition(status, nowMs, values);
    // Without a search the count walks an index; with one, the matches are
    // counted in the page's own statement (the window sees every match).
    const bool searching = !page.foldedQuery.isEmpty();
    if (!searching)
        *total = m_db.scalar(QStringLiteral("SELECT count(*)") + from + where, values).toLongLong();
    const QString field = page.sortField.isEmpty() ? QStringLiteral("createdAt") : page.sortField;
    const bool descending = page.sortField.isEmpty() ? true : page.descending;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The inviter may be gone (NULL): NULL sorts first ascending on both engines.
    const bool nullable = field == QLatin1String("invitedBy");
    const QString first = nullable ? dialect.orderTerm(sortExpression(field), descending)
                                   : sortExpression(field) + direction;
    const QVariantList countValues = values;
    if (page.after && !searching) {
        // Keyset paging: after the client's key, whatever was added or
        // removed before it since.
        where +=
            QStringLiteral(" AND ") +
            SqlDialect::keysetCondition(sortExpression(field), QStringLiteral("i.id"), nullable,
                                        descending, page.after->value, page.after->id, values);
    }
    values.append(page.size);
    values.append(page.after ? 0 : page.offset());
    QSqlQuery &query =
        m_db.exec(invitationColumns + QStringLiteral(", ") + sortExpression(field) +
                      (searching ? QStringLiteral(", count(*) OVER () AS total") : QString()) +
                      from + invitationJoins + where + QStringLiteral(" ORDER BY ") + first +
                      QStringLiteral(", i.id") + direction + QStringLiteral(" LIMIT ? OFFSET ?"),
                  values);
    QList<InvitationRecord> records;
    PageKey last{sortOf(page), {}, 0};
    while (query.next()) {
        records.append(readInvitation(query, nowMs));
        last.value = query.value(ExtraColumn);
        last.id = records.constLast().invitation.id;
        if (searching)
            *total = query.value(ExtraColumn + 1).toLongLong();
    }
    query.finish();
    if (searching && records.isEmpty()) {
        *total = page.offset() == 0
                     ? 0
                     : m_db.scalar(QStringLiteral("SELECT count(*)") + from + where, countValues)
                           .toLongLong();
    }
    if (next) {
        next->reset();
        if (!searching && records.size() == page.size)
            *next = last;
    }
    fillLicenses(records);
    return records;
}

InvitationChanges InvitationStore::changes(qint64 organizationId, const QString &status,
                                           const PageRequest &page, qint64 since,
                                           const QDateTime &sinceTime, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QVariantList values;
    QString inList = statusCondition(status, nowMs, values);
    if (!page.foldedQuery.isEmpty()) {
        // A scan of the changed rows only: no index needed.
        inList += QStringLiteral(" AND ") + m_db.dialect().contains(QStringLiteral("i.search_key"));
        values << page.foldedQuery;
    }
    // Changed: stamped after `since`, or open and expired since then (the
    // status moved from pending to expired without a write).
    const QString changed = QStringLiteral(" WHERE i.org_id = ? AND (i.change_seq > ?"
                                           " OR (i.state = 0 AND i.expires_at > ?"
                                           " AND i.expires_at <= ?))");
    const QVariantList changedValues{organizationId, since,
                                     sinceTime.toMSecsSinceEpoch() - ClockSkewMs, nowMs};
    values << changedValues << page.size << page.offset();
    QSqlQuery &query =
        m_db.exec(invitationColumns + QStringLiteral(", CASE WHEN ") + inList +
                      QStringLiteral(" THEN 1 ELSE 0 END AS in_list,"
                                     " count(*) OVER () AS total"
                                     " FROM invitations i") +
                      invitationJoins + changed + QStringLiteral(" ORDER BY i.id LIMIT ? OFFSET ?"),
                  values);
    InvitationChanges result;
    while (query.next()) {
        if (query.value(ExtraColumn).toInt() == 1)
            result.records.append(readInvitation(query, nowMs));
        else
            result.removedIds.append(query.value(0).toLongLong());
        result.total = query.value(ExtraColumn + 1).toLongLong();
    }
    query.finish();
    if (result.records.isEmpty() && result.removedIds.isEmpty() && page.offset() > 0) {
        result.total = m_db.scalar(QStringLiteral("SELECT count(*) FROM invitations i") + changed,
                                   changedValues)
                           .toLongLong();
    }
    fillLicenses(result.records);
    return result;
}

void InvitationStore::fillLicenses(QList<InvitationRecord> &records)
{
    if (records.isEmpty())
        return;
    QHash<qint64, int> indexById;
    QList<qint64> ids;
    for (int i = 0; i < records.size(); ++i) {
        indexById.insert(records.at(i).invitation.id, i);
        ids.append(records.at(i).invitation.id);
    }
    QVariantList values;
    const QString list = SqlList::bind(ids, values);
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT il.invitation_id, p.product FROM invitation_licenses il"
                       " JOIN license_pools p ON p.id = il.pool_id WHERE il.invitation_id IN (") +
            list + QStringLiteral(") ORDER BY p.product"),
        values);
    while (query.next()) {
        const int index = indexById.value(query.value(0).toLongLong(), -1);
        if (index >= 0)
            records[index].invitation.licenses.append(query.value(1).toString());
    }
    query.finish();
}

std::optional<InvitationRecord> InvitationStore::byId(qint64 organizationId, qint64 id,
                                                      const QDateTime &now)
{
    QSqlQuery &query = m_db.exec(
        selectInvitation + QStringLiteral("WHERE i.org_id = ? AND i.id = ?"), {organizationId, id});
    QList<InvitationRecord> records;
    if (query.next())
        records.append(readInvitation(query, now.toMSecsSinceEpoch()));
    query.finish();
    if (records.isEmpty())
        return std::nullopt;
    fillLicenses(records);
    return records.first();
}

std::optional<InvitationRecord> InvitationStore::byLinkHash(const QString &linkHash,
                                                            const QDateTime &now)
{
    QSqlQuery &query =
        m_db.exec(selectInvitation + QStringLiteral("WHERE i.link_hash = ?"), {linkHash});
    QList<InvitationRecord> records;
    if (query.next())
        records.append(readInvitation(query, now.toMSecsSinceEpoch()));
    query.finish();
    if (records.isEmpty())
        return std::nullopt;
    fillLicenses(records);
    return records.first();
}

QList<qint64> InvitationStore::openIds(qint64 organizationId, const QString &emailKey)
{
    QList<qint64> ids;
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT id FROM invitations"
                                                " WHERE org_id = ? AND state = 0 AND email_key = ?"
                                                " ORDER BY id"),
                                 {organizationId, emailKey});
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    return ids;
}

bool InvitationStore::hasPending(qint64 organizationId, const QString &emailKey,
                                 const QDateTime &now)
{
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM invitations WHERE org_id = ? AND state = 0"
                               " AND email_key = ? AND expires_at > ? LIMIT 1"),
                {organizationId, emailKey, now.toMSecsSinceEpoch()})
        .isValid();
}

qint64 InvitationStore::create(qint64 organizationId, const QString &email, const QString &emailKey,
                               Role role, qint64 invitedBy, const QDateTime &now,
                               const QDateTime &expiresAt)
{
    // A unique placeholder that is no HMAC (those are hex), so no link finds it.
    const QString placeholder = QStringLiteral("unset:") + QUuid::createUuid().toString();
    return m_db.insert(
        QStringLiteral("INSERT INTO invitations (org_id, email, email_key, search_key, role,"
                       " invited_by, created_at, sent_at, expires_at, state, link_nonce,"
                       " link_hash, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', ?, ?)"),
        {organizationId, email, emailKey, SearchKey::fold(email), static_cast<int>(role),
         invitedBy ? QVariant(invitedBy) : QVariant(), SqlTime::fromDateTime(now),
         SqlTime::fromDateTime(now), SqlTime::fromDateTime(expiresAt), placeholder,
         m_changes.stamp(organizationId)});
}

qint64 InvitationStore::stamp(qint64 id)
{
    const QVariant organizationId =
        m_db.scalar(QStringLiteral("SELECT org_id FROM invitations WHERE id = ?"), {id});
    // No such invitation: the write that follows changes nothing either.
    return organizationId.isValid() ? m_changes.stamp(organizationId.toLongLong()) : 0;
}

void InvitationStore::setLink(qint64 id, const QString &nonce, const QString &linkHash,
                              const QDateTime &sentAt, const QDateTime &expiresAt)
{
    m_db.exec(QStringLiteral("UPDATE invitations SET link_nonce = ?, link_hash = ?, sent_at = ?,"
                             " expires_at = ?, change_seq = ? WHERE id = ?"),
              {nonce, linkHash, SqlTime::fromDateTime(sentAt), SqlTime::fromDateTime(expiresAt),
               stamp(id), id});
}

void InvitationStore::setLicenses(qint64 id, const QList<qint64> &poolIds)
{
    m_db.exec(QStringLiteral("UPDATE invitations SET change_seq = ? WHERE id = ?"),
              {stamp(id), id});
    m_db.exec(QStringLiteral("DELETE FROM invitation_licenses WHERE invitation_id = ?"), {id});
    for (qint64 poolId : poolIds) {
        m_db.exec(QStringLiteral("INSERT INTO invitation_licenses (invitation_id, pool_id)"
                                 " VALUES (?, ?) ON CONFLICT DO NOTHING"),
                  {id, poolId});
    }
}

QList<qint64> InvitationStore::licensePoolIds(qint64 id)
{
    QList<qint64> ids;
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT pool_id FROM invitation_licenses WHERE invitation_id = ?"), {id});
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    return ids;
}

bool InvitationStore::close(qint64 id, InvitationStatus status, const QDateTime &now,
                            qint64 acceptedUserId)
{
    const int state = status == InvitationStatus::Accepted ? Accepted : Revoked;
    return m_db
        .scalar(QStringLiteral("UPDATE invitations SET state = ?, closed_at = ?,"
                               " accepted_user_id = ?, change_seq = ?"
                               " WHERE id = ? AND state = 0 RETURNING id"),
                {state, SqlTime::fromDateTime(now),
                 acceptedUserId ? QVariant(acceptedUserId) : QVariant(), stamp(id), id})
        .isValid();
}

bool InvitationStore::claimAcceptance(qint64 id, const QString &nonce, const QDateTime &now)
{
    return m_db
        .scalar(QStringLiteral("UPDATE invitations SET state = ?, closed_at = ?, change_seq = ?"
                               " WHERE id = ? AND state = 0 AND link_nonce = ? AND expires_at > ?"
                               " RETURNING id"),
                {Accepted, SqlTime::fromDateTime(now), stamp(id), id, nonce,
                 SqlTime::fromDateTime(now)})
        .isValid();
}

void InvitationStore::setAcceptedUser(qint64 id, qint64 userId)
{
    m_db.exec(QStringLiteral("UPDATE invitations SET accepted_user_id = ? WHERE id = ?"),
              {userId, id});
}
