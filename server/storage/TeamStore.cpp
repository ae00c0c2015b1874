#include "TeamStore.h"

#include "Database.h"

#include <QHash>

QList<TeamRecord> TeamStore::teams(qint64 organizationId)
{
    QList<TeamRecord> teams;
    QHash<qint64, int> indexById;
    QSqlQuery &query =
        m_db.exec(QStringLiteral("SELECT id, name FROM teams WHERE org_id = ? ORDER BY name, id"),
                  {organizationId});
    while (query.next()) {
        indexById.insert(query.value(0).toLongLong(), static_cast<int>(teams.size()));
        teams.append(TeamRecord{query.value(0).toLongLong(), query.value(1).toString(), {}});
    }
    query.finish();
    QSqlQuery &members = m_db.exec(
        QStringLiteral("SELECT tm.team_id, u.id, u.full_name, u.email FROM team_members tm"
                       " JOIN teams t ON t.id = tm.team_id"
                       " JOIN users u ON u.id = tm.user_id"
                       " JOIN memberships m ON m.org_id = t.org_id AND m.user_id = u.id"
                       " WHERE t.org_id = ? AND m.status = 0 ORDER BY u.name_key, u.id"),
        {organizationId});
    while (members.next()) {
        const int index = indexById.value(members.value(0).toLongLong(), -1);
        if (index >= 0)
            teams[index].members.append(TeamMemberRecord{members.value(1).toLongLong(),
                                                         members.value(2).toString(),
                                                         members.value(3).toString()});
    }
    members.finish();
    return teams;
}

QStringList TeamStore::teamNames(qint64 organizationId, qint64 userId)
{
    QStringList names;
    QSqlQuery &query = m_db.exec(QStringLiteral("SELECT t.name FROM team_members tm"
                                                " JOIN teams t ON t.id = tm.team_id"
                                                " WHERE t.org_id = ? AND tm.user_id = ?"
                                                " ORDER BY t.name"),
                                 {organizationId, userId});
    while (query.next())
        names.append(query.value(0).toString());
    query.finish();
    return names;
}

int TeamStore::removeFromTeams(qint64 organizationId, qint64 userId)
{
    const int removed =
        m_db.exec(QStringLiteral("DELETE FROM team_members WHERE user_id = ?"
                                 " AND team_id IN (SELECT id FROM teams WHERE org_id = ?)"),
                  {userId, organizationId})
            .numRowsAffected();
    if (removed > 0) {
        m_db.exec(QStringLiteral("UPDATE memberships SET change_seq = ?"
                                 " WHERE org_id = ? AND user_id = ?"),
                  {m_changes.stamp(organizationId), organizationId, userId});
    }
    return removed;
}

qint64 TeamStore::createTeam(qint64 organizationId, const QString &name)
{
    return m_db.insert(QStringLiteral("INSERT INTO teams (org_id, name) VALUES (?, ?)"),
                       {organizationId, name});
}

void TeamStore::addMember(qint64 teamId, qint64 userId)
{
    const QVariant organizationId =
        m_db.scalar(QStringLiteral("SELECT org_id FROM teams WHERE id = ?"), {teamId});
    const int added = m_db.exec(QStringLiteral("INSERT INTO team_members (team_id, user_id)"
                                               " VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                {teamId, userId})
                          .numRowsAffected();
    if (added > 0 && organizationId.isValid()) {
        m_db.exec(QStringLiteral("UPDATE memberships SET change_seq = ?"
                                 " WHERE org_id = ? AND user_id = ?"),
                  {m_changes.stamp(organizationId.toLongLong()), organizationId, userId});
    }
}
