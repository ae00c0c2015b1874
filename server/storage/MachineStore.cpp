#include "MachineStore.h"

#include "Database.h"
#include "SqlTime.h"

namespace {

MachineRecord readMachine(const QSqlQuery &query)
{
    return MachineRecord{query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toLongLong(), query.value(3).toString(),
                         query.value(4).toString(),   SqlTime::toDateTime(query.value(5))};
}

const QString selectMachine =
    QStringLiteral("SELECT m.id, m.machine_id, m.user_id, u.full_name, u.email, m.registered_at"
                   " FROM machines m JOIN users u ON u.id = m.user_id ");

} // namespace

QList<MachineRecord> MachineStore::machines(qint64 organizationId, qint64 userId, qint64 offset,
                                            int limit, qint64 *total)
{
    // "? = 0 OR" keeps one prepared statement for both the filtered and the full list.
    *total = m_db.scalar(QStringLiteral("SELECT count(*) FROM machines WHERE org_id = ?"
                                        " AND (CAST(? AS BIGINT) = 0 OR user_id = ?)"),
                         {organizationId, userId, userId})
                 .toLongLong();
    QSqlQuery &query =
        m_db.exec(selectMachine + QStringLiteral("WHERE m.org_id = ?"
                                                 " AND (CAST(? AS BIGINT) = 0 OR m.user_id = ?)"
                                                 " ORDER BY m.registered_at DESC, m.id DESC"
                                                 " LIMIT ? OFFSET ?"),
                  {organizationId, userId, userId, limit, offset});
    QList<MachineRecord> machines;
    while (query.next())
        machines.append(readMachine(query));
    query.finish();
    return machines;
}

std::optional<MachineRecord> MachineStore::byMachineId(qint64 organizationId,
                                                       const QString &machineId)
{
    QSqlQuery &query =
        m_db.exec(selectMachine + QStringLiteral("WHERE m.org_id = ? AND m.machine_id = ?"),
                  {organizationId, machineId});
    std::optional<MachineRecord> machine;
    if (query.next())
        machine = readMachine(query);
    query.finish();
    return machine;
}

qint64 MachineStore::add(qint64 organizationId, qint64 userId, const QString &machineId,
                         const QDateTime &now)
{
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO machines (org_id, user_id, machine_id, registered_at)"
                       " VALUES (?, ?, ?, ?)"),
        {organizationId, userId, machineId, SqlTime::fromDateTime(now)});
    m_db.exec(QStringLiteral("UPDATE memberships SET machine_count = machine_count + 1,"
                             " change_seq = ? WHERE org_id = ? AND user_id = ?"),
              {m_changes.stamp(organizationId), organizationId, userId});
    return id;
}

int MachineStore::removeAll(qint64 organizationId, qint64 userId)
{
    const int removed =
        m_db.exec(QStringLiteral("DELETE FROM machines WHERE org_id = ? AND user_id = ?"),
                  {organizationId, userId})
            .numRowsAffected();
    if (removed > 0) {
        m_db.exec(QStringLiteral("UPDATE memberships SET machine_count = 0, change_seq = ?"
                                 " WHERE org_id = ? AND user_id = ?"),
                  {m_changes.stamp(organizationId), organizationId, userId});
    }
    return removed;
}
