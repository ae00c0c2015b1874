#pragma once

#include "ChangeLog.h"

#include <QList>
#include <QString>
#include <QStringList>

class Database;

/// A member of a team, as GET /teams lists them.
struct TeamMemberRecord
{
    qint64 userId = 0;
    QString fullName;
    QString email;
};

/// A team of an organization with its members (active members only).
struct TeamRecord
{
    qint64 id = 0;
    QString name;
    QList<TeamMemberRecord> members;
};

/// Teams and team membership (tables teams, team_members). A change of a
/// member's teams stamps the membership (ChangeLog). Throws StorageError.
class TeamStore
{
public:
    explicit TeamStore(Database &database) : m_db(database), m_changes(database) {}

    /// Every team of the organization by name, members by full name.
    QList<TeamRecord> teams(qint64 organizationId);
    /// Names of the organization's teams that `userId` belongs to, sorted.
    QStringList teamNames(qint64 organizationId, qint64 userId);
    /// Takes `userId` out of every team of the organization; returns how many.
    int removeFromTeams(qint64 organizationId, qint64 userId);

    /// Creates a team; names are unique per organization (StorageError otherwise).
    qint64 createTeam(qint64 organizationId, const QString &name);
    /// Adds a user to a team; adding twice is a no-op.
    void addMember(qint64 teamId, qint64 userId);

private:
    Database &m_db;
    ChangeLog m_changes;
};
