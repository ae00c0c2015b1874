#include "AuditLog.h"

#include "Database.h"
#include "SqlTime.h"

#include <QJsonDocument>

void AuditLog::record(const AuditEvent &event)
{
    m_db.exec(QStringLiteral("INSERT INTO audit_events (org_id, actor_id, action, target_type,"
                             " target_id, target_label, details, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {event.organizationId ? QVariant(event.organizationId) : QVariant(),
               event.actorId ? QVariant(event.actorId) : QVariant(), event.action,
               event.targetType.isEmpty() ? QVariant() : QVariant(event.targetType),
               event.targetId ? QVariant(event.targetId) : QVariant(),
               event.targetLabel.isEmpty() ? QVariant() : QVariant(event.targetLabel),
               QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)),
               SqlTime::fromDateTime(event.createdAt)});
}

QList<AuditEvent> AuditLog::list(qint64 organizationId, qint64 offset, int limit, qint64 *total)
{
    *total = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE org_id = ?"),
                         {organizationId})
                 .toLongLong();
    QSqlQuery &query =
        m_db.exec(QStringLiteral("SELECT e.id, e.actor_id, u.full_name, e.action, e.target_type,"
                                 " e.target_id, e.target_label, e.details, e.created_at"
                                 " FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id"
                                 " WHERE e.org_id = ? ORDER BY e.id DESC LIMIT ? OFFSET ?"),
                  {organizationId, limit, offset});
    QList<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.id = query.value(0).toLongLong();
        event.organizationId = organizationId;
        event.actorId = query.value(1).toLongLong();
        event.actorName = query.value(2).toString();
        event.action = query.value(3).toString();
        event.targetType = query.value(4).toString();
        event.targetId = query.value(5).toLongLong();
        event.targetLabel = query.value(6).toString();
        event.details = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        event.createdAt = SqlTime::toDateTime(query.value(8));
        events.append(event);
    }
    query.finish();
    return events;
}
