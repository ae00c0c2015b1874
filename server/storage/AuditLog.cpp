#include "AuditLog.h"

#include "Database.h"
#include "SqlTime.h"

#include <QJsonDocument>

namespace {

QVariant orNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

void AuditLog::record(const AuditEvent &event)
{
    const AuditPerson &actor = event.actor;
    const AuditTarget &target = event.target;
    m_db.exec(QStringLiteral("INSERT INTO audit_events (org_id, actor_id, actor_name, actor_email,"
                             " action, target_type, target_id, target_label, target_user_id,"
                             " target_name, target_email, details, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {orNull(event.organizationId), orNull(actor.userId),
               actor.isNull() ? QVariant() : QVariant(actor.fullName),
               actor.isNull() ? QVariant() : QVariant(actor.email), event.action,
               orNull(target.type), orNull(target.id), orNull(target.label),
               orNull(target.user.userId),
               target.user.isNull() ? QVariant() : QVariant(target.user.fullName),
               target.user.isNull() ? QVariant() : QVariant(target.user.email),
               QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)),
               SqlTime::fromDateTime(event.createdAt)});
}

QList<AuditEvent> AuditLog::list(qint64 organizationId, qint64 offset, int limit, qint64 *total)
{
    *total = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE org_id = ?"),
                         {organizationId})
                 .toLongLong();
    QSqlQuery &query = m_db.exec(
        QStringLiteral("SELECT id, actor_id, actor_name, actor_email, action, target_type,"
                       " target_id, target_label, target_user_id, target_name, target_email,"
                       " details, created_at FROM audit_events"
                       " WHERE org_id = ? ORDER BY id DESC LIMIT ? OFFSET ?"),
        {organizationId, limit, offset});
    QList<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.id = query.value(0).toLongLong();
        event.organizationId = organizationId;
        event.actor = {query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toString()};
        event.action = query.value(4).toString();
        event.target.type = query.value(5).toString();
        event.target.id = query.value(6).toLongLong();
        event.target.label = query.value(7).toString();
        event.target.user = {query.value(8).toLongLong(), query.value(9).toString(),
                             query.value(10).toString()};
        event.details = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object();
        event.createdAt = SqlTime::toDateTime(query.value(12));
        events.append(event);
    }
    query.finish();
    return events;
}
