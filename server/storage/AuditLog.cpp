#include "AuditLog.h"

#include "Database.h"
#include "OrganizationStore.h"
#include "SqlTime.h"
#include "Transaction.h"

#include <JsonCodec.h>
#include <SearchKey.h>

#include <QJsonDocument>

namespace {

const QString eventColumns =
    QStringLiteral("SELECT id, org_id, actor_id, actor_name, actor_email, action, target_type,"
                   " target_id, target_label, target_user_id, target_name, target_email,"
                   " details, created_at FROM audit_events");

QVariant orNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nameOf(const AuditPerson &person, const QString &value)
{
    return person.isNull() ? QVariant() : QVariant(value);
}

AuditEvent readEvent(const QSqlQuery &query)
{
    AuditEvent event;
    event.id = query.value(0).toLongLong();
    event.organizationId = query.value(1).toLongLong();
    event.actor = {query.value(2).toLongLong(), query.value(3).toString(),
                   query.value(4).toString()};
    const QString action = query.value(5).toString();
    if (const auto known = JsonCodec::auditActionFromName(action))
        event.action = *known;
    else
        event.actionName = action;
    event.target.type = JsonCodec::targetTypeFromName(query.value(6).toString());
    event.target.id = query.value(7).toLongLong();
    event.target.label = query.value(8).toString();
    event.target.user = {query.value(9).toLongLong(), query.value(10).toString(),
                         query.value(11).toString()};
    // Stored by record() through the same codec; a row it cannot read (an
    // older server's, edited by hand) keeps the rest of the event.
    event.details = JsonCodec::auditDetailsFromJson(
                        QJsonDocument::fromJson(query.value(12).toString().toUtf8()).object())
                        .value_or(AuditDetails{});
    event.createdAt = SqlTime::toDateTime(query.value(13));
    return event;
}

// The WHERE clause of `filter` (without the position) and its values.
QString whereClause(const Database &db, const AuditFilter &filter, QVariantList &values)
{
    QString where = QStringLiteral(" WHERE org_id = ?");
    values.append(filter.organizationId);
    if (!filter.actions.isEmpty()) {
        where += QStringLiteral(" AND action IN (");
        for (qsizetype i = 0; i < filter.actions.size(); ++i) {
            where += i ? QStringLiteral(",?") : QStringLiteral("?");
            values.append(JsonCodec::actionName(filter.actions.at(i)));
        }
        where += QLatin1Char(')');
    }
    if (filter.actorId) {
        where += QStringLiteral(" AND actor_id = ?");
        values.append(filter.actorId);
    }
    if (filter.targetUserId) {
        where += QStringLiteral(" AND target_user_id = ?");
        values.append(filter.targetUserId);
    }
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND created_at >= ?");
        values.append(SqlTime::fromDateTime(filter.from));
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND created_at < ?");
        values.append(SqlTime::fromDateTime(filter.to));
    }
    if (!filter.foldedSearch.isEmpty()) {
        // instr/strpos, not LIKE: the query is literal.
        where += QStringLiteral(" AND ") + db.dialect().contains(QStringLiteral("search_key"));
        values.append(filter.foldedSearch);
    }
    return where;
}

} // namespace

QString AuditLog::searchKey(const AuditEvent &event)
{
    QStringList parts;
    for (const QString &text : {event.actor.fullName, event.actor.email, event.target.label,
                                event.target.user.fullName, event.target.user.email}) {
        if (!text.isEmpty())
            parts.append(SearchKey::fold(text));
    }
    // A line break between fields keeps a query from matching across two.
    // Never a null string, which Qt Sql would bind as NULL.
    const QString key = parts.join(QLatin1Char('\n'));
    return key.isNull() ? QStringLiteral("") : key;
}

void AuditLog::record(const AuditEvent &event)
{
    const AuditPerson &actor = event.actor;
    const AuditTarget &target = event.target;
    const QString action = event.action == AuditAction::Unknown
                               ? event.actionName
                               : JsonCodec::actionName(event.action);
    m_db.exec(QStringLiteral("INSERT INTO audit_events (org_id, actor_id, actor_name, actor_email,"
                             " action, target_type, target_id, target_label, target_user_id,"
                             " target_name, target_email, details, created_at, search_key)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {orNull(event.organizationId), orNull(actor.userId), nameOf(actor, actor.fullName),
               nameOf(actor, actor.email), action, orNull(JsonCodec::targetTypeName(target.type)),
               orNull(target.id), orNull(target.label), orNull(target.user.userId),
               nameOf(target.user, target.user.fullName), nameOf(target.user, target.user.email),
               QString::fromUtf8(QJsonDocument(JsonCodec::toJson(event.details, event.action))
                                     .toJson(QJsonDocument::Compact)),
               SqlTime::fromDateTime(event.createdAt), searchKey(event)});
}

void AuditLog::record(const AuditEventRecord &wire)
{
    AuditEvent event;
    event.organizationId = wire.organizationId;
    event.actor = wire.actor;
    if (const auto action = JsonCodec::auditActionFromName(wire.action))
        event.action = *action;
    else
        event.actionName = wire.action;
    event.target = {JsonCodec::targetTypeFromName(wire.target.type), wire.target.id,
                    wire.target.label, wire.target.user};
    event.details = JsonCodec::auditDetailsFromJson(wire.details).value_or(AuditDetails{});
    event.createdAt = wire.createdAt;
    record(event);
}

QList<AuditEvent> AuditLog::list(const AuditFilter &filter, const AuditPosition &after,
                                 qint64 offset, int limit)
{
    QVariantList values;
    QString sql = eventColumns + whereClause(m_db, filter, values);
    if (!after.isNull()) {
        // A row value compares as (created_at, id): both engines walk the
        // (org_id, …, created_at, id) index from the position on.
        sql += QStringLiteral(" AND (created_at, id) < (?, ?)");
        values << after.createdAtMs << after.id;
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    values.append(limit);
    if (after.isNull() && offset > 0) {
        sql += QStringLiteral(" OFFSET ?");
        values.append(offset);
    }
    QSqlQuery &query = m_db.exec(sql, values);
    QList<AuditEvent> events;
    while (query.next())
        events.append(readEvent(query));
    query.finish();
    return events;
}

qint64 AuditLog::count(const AuditFilter &filter)
{
    QVariantList values;
    const QString where = whereClause(m_db, filter, values);
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_events") + where, values)
        .toLongLong();
}

qint64 AuditLog::prune(const QDateTime &before, int retentionDays, const QDateTime &now)
{
    const QVariant cutoff = SqlTime::fromDateTime(before);
    QList<QPair<qint64, QString>> organizations;
    {
        QSqlQuery &query = m_db.exec(QStringLiteral("SELECT id, name FROM organizations"));
        while (query.next())
            organizations.append({query.value(0).toLongLong(), query.value(1).toString()});
        query.finish();
    }
    qint64 removed = 0;
    OrganizationStore store(m_db);
    for (const auto &[id, name] : std::as_const(organizations)) {
        Transaction transaction(m_db);
        if (!store.lock(id))
            continue; // deleted meanwhile, with its log
        const qint64 count = m_db.exec(QStringLiteral("DELETE FROM audit_events"
                                                      " WHERE org_id = ? AND created_at < ?"),
                                       {id, cutoff})
                                 .numRowsAffected();
        if (count > 0) {
            AuditEvent event;
            event.organizationId = id;
            event.action = AuditAction::AuditPruned;
            event.target = {AuditTargetType::Organization, id, name, {}};
            event.details.prunedBefore = before;
            event.details.prunedEvents = count;
            event.details.retentionDays = retentionDays;
            event.createdAt = now;
            record(event);
            removed += count;
        }
        transaction.commit();
    }
    Transaction transaction(m_db);
    removed += m_db.exec(QStringLiteral("DELETE FROM audit_events"
                                        " WHERE org_id IS NULL AND created_at < ?"),
                         {cutoff})
                   .numRowsAffected();
    transaction.commit();
    return removed;
}

void AuditLog::fillSearchKeys(Database &database)
{
    qint64 last = 0;
    for (;;) {
        QList<QPair<qint64, QString>> keys;
        QSqlQuery &query = database.exec(
            eventColumns + QStringLiteral(" WHERE id > ? ORDER BY id LIMIT 1000"), {last});
        while (query.next()) {
            const AuditEvent event = readEvent(query);
            keys.append({event.id, searchKey(event)});
            last = event.id;
        }
        query.finish();
        if (keys.isEmpty())
            return;
        for (const auto &[id, key] : std::as_const(keys))
            database.exec(QStringLiteral("UPDATE audit_events SET search_key = ? WHERE id = ?"),
                          {key, id});
    }
}
