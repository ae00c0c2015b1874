#pragma once

#include <AuditEvent.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

/// Which events of one organization's log to read.
struct AuditFilter
{
    qint64 organizationId = 0;
    QList<AuditAction> actions; ///< empty: every action
    qint64 actorId = 0;         ///< 0: anyone
    qint64 targetUserId = 0;    ///< 0: any target
    QDateTime from;             ///< inclusive; invalid: no bound
    QDateTime to;               ///< exclusive; invalid: no bound
    QString foldedSearch;       ///< SearchKey::fold of the query; empty: no search
};

/// The place of an event in the log's order (newest first: created_at, then
/// id, both descending): a page read after it starts with the next older event.
struct AuditPosition
{
    qint64 createdAtMs = 0; ///< milliseconds since 1970-01-01 UTC
    qint64 id = 0;          ///< 0: the start of the log (the newest event)

    bool isNull() const { return id == 0; }
};

/// An event as callers wrote it before events were typed: the action, the
/// target's type and the details in their wire form. AuditLog::record reads
/// them through JsonCodec; new code writes AuditEvent.
struct AuditEventRecord
{
    qint64 id = 0;
    qint64 organizationId = 0;
    AuditPerson actor;
    QString action; ///< a JsonCodec::actionName
    struct Target
    {
        QString type; ///< a JsonCodec::targetTypeName
        qint64 id = 0;
        QString label;
        AuditPerson user;
    } target;
    QJsonObject details; ///< AuditEventDetails keys
    QDateTime createdAt;
};

/// The audit_events table. Callers write within the same transaction as the
/// change they record, so that the log and the data never disagree. An event
/// is stored whole, with the names and addresses of its actor and target as
/// they were: reading the log never joins to users, whose names may change.
/// Action, target type and details are stored in their wire form (JsonCodec).
class AuditLog
{
public:
    explicit AuditLog(Database &database) : m_db(database) {}

    /// Appends `event` (its id is ignored) with its search key. Throws StorageError.
    void record(const AuditEvent &event);
    /// Appends an event given in its wire form (see AuditEventRecord),
    /// through the codec: an action or details it cannot read are kept as
    /// an unknown action's name and as no details.
    void record(const AuditEventRecord &event);

    /// Events that match `filter`, newest first, at most `limit` of them:
    /// those after `after` when it is set (keyset paging: one index walk
    /// whatever the depth), else from `offset`. Throws StorageError.
    QList<AuditEvent> list(const AuditFilter &filter, const AuditPosition &after, qint64 offset,
                           int limit);
    /// How many events match `filter`.
    qint64 count(const AuditFilter &filter);

    /// Removes every event older than `before` (UTC). Organization by
    /// organization, under its write lock, the removal and an "audit.pruned"
    /// event recording it (details: before, events, retentionDays; no actor)
    /// are one transaction: servers pruning at once on one PostgreSQL
    /// database remove each event once and record it once, the later ones
    /// finding nothing left. Events outside organizations (token creation)
    /// go too, unrecorded. Returns the number of events removed. Throws
    /// StorageError (Busy when an organization stays locked past the lock
    /// timeout; what was pruned before stays pruned).
    qint64 prune(const QDateTime &before, int retentionDays, const QDateTime &now);

    /// What `q` searches in: the folded names and addresses of actor and
    /// target and the target's label, one per line (SearchKey::fold).
    static QString searchKey(const AuditEvent &event);
    /// Sets the search key of every stored event (the schema upgrade that
    /// brought the key).
    static void fillSearchKeys(Database &database);

private:
    Database &m_db;
};
