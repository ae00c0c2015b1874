#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

/// One entry of the audit log: who did what, when, to whom.
struct AuditEvent
{
    qint64 id = 0;
    qint64 organizationId = 0; ///< 0 for events outside an organization (token creation)
    qint64 actorId = 0;        ///< 0 when nobody signed in (an invitee accepting)
    QString actorName;
    QString action;     ///< e.g. "invitation.created", "member.removed"
    QString targetType; ///< "user", "invitation", "machine", "token", "organization"
    qint64 targetId = 0;
    QString targetLabel; ///< e.g. the address or name at the time of the event
    QJsonObject details;
    QDateTime createdAt;
};

/// The audit_events table. Callers write within the same transaction as the
/// change they record, so that the log and the data never disagree.
class AuditLog
{
public:
    explicit AuditLog(Database &database) : m_db(database) {}

    /// Appends `event` (its id and actorName are ignored). Throws StorageError.
    void record(const AuditEvent &event);

    /// Events of organization `organizationId`, newest first. `offset` and
    /// `limit` page through them; `total` receives the count of all events.
    QList<AuditEvent> list(qint64 organizationId, qint64 offset, int limit, qint64 *total);

private:
    Database &m_db;
};
