#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

/// A person as an audit event saw them: the user id, and the name and address
/// they had when the event happened. History keeps these as written; a later
/// change of the user does not reach back into it.
struct AuditPerson
{
    qint64 userId = 0; ///< 0: nobody (no actor; a target that is no user)
    QString fullName;
    QString email;

    bool isNull() const { return userId == 0; }
};

/// What an event touched.
struct AuditTarget
{
    QString type;     ///< "user", "invitation", "machine", "token", "organization"
    qint64 id = 0;    ///< the id of that thing; 0 when none
    QString label;    ///< what it was called then: an address, a machine id, a name
    AuditPerson user; ///< the person it concerns: the member (user), the owner (machine,
                      ///< token), who joined (an accepted invitation); null otherwise
};

/// One entry of the audit log: who did what, when, to whom.
struct AuditEvent
{
    qint64 id = 0;
    qint64 organizationId = 0; ///< 0 for events outside an organization (token creation)
    AuditPerson actor;         ///< null when nobody signed in did it (an activation link)
    QString action;            ///< e.g. "invitation.created", "member.removed"
    AuditTarget target;
    /// Per action, e.g. {"role", "licenses"} for "invitation.created"; the
    /// keys of each action are listed in docs/openapi.json (AuditEventDetails).
    QJsonObject details;
    QDateTime createdAt;
};

/// The audit_events table. Callers write within the same transaction as the
/// change they record, so that the log and the data never disagree. An event
/// is stored whole, with the names and addresses of its actor and target as
/// they were: reading the log never joins to users, whose names may change.
class AuditLog
{
public:
    explicit AuditLog(Database &database) : m_db(database) {}

    /// Appends `event` (its id is ignored). Throws StorageError.
    void record(const AuditEvent &event);

    /// Events of organization `organizationId`, newest first. `offset` and
    /// `limit` page through them; `total` receives the count of all events.
    QList<AuditEvent> list(qint64 organizationId, qint64 offset, int limit, qint64 *total);

private:
    Database &m_db;
};
