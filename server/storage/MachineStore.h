#pragma once

#include "ChangeLog.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

/// A registered machine (a computer on which a member uses a license).
struct MachineRecord
{
    qint64 id = 0;
    QString machineId; ///< the client's identifier, unique within the organization
    qint64 userId = 0;
    QString fullName;
    QString email;
    QDateTime registeredAt;
};

/// The Registered Machine list (table machines). The count on the membership
/// is a list field: changing it stamps the membership (ChangeLog). Throws
/// StorageError.
class MachineStore
{
public:
    explicit MachineStore(Database &database) : m_db(database), m_changes(database) {}

    /// Machines of the organization (of `userId` only when it is not 0),
    /// newest first; `total` receives the count of all that match.
    QList<MachineRecord> machines(qint64 organizationId, qint64 userId, qint64 offset, int limit,
                                  qint64 *total);
    /// The machine with this client identifier in the organization, if registered.
    std::optional<MachineRecord> byMachineId(qint64 organizationId, const QString &machineId);
    /// Registers a machine for `userId` and counts it on the membership.
    qint64 add(qint64 organizationId, qint64 userId, const QString &machineId,
               const QDateTime &now);
    /// Releases every machine of `userId`; returns how many.
    int removeAll(qint64 organizationId, qint64 userId);

private:
    Database &m_db;
    ChangeLog m_changes;
};
