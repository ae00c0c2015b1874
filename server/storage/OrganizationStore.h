#pragma once

#include "Inactivity.h"
#include "Member.h"
#include "Organization.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

class Database;

/// A user's place in one organization, as the permission checks need it.
struct MembershipRecord
{
    qint64 userId = 0;
    Role role = Role::Member;
    MemberStatus status = MemberStatus::Active;
    QString fullName;
    QString email;
};

/// Organizations, their license pools and the lookup of memberships
/// (tables organizations, license_pools, memberships). Throws StorageError.
class OrganizationStore
{
public:
    explicit OrganizationStore(Database &database) : m_db(database) {}

    /// Whether an organization with this id exists.
    bool exists(qint64 organizationId);
    /// Takes the organization's write lock until the open transaction ends
    /// and tells whether the organization exists. Every change in an
    /// organization holds it, so that its checks (the caller's role, free
    /// seats, one Owner, pending invitations) and its writes are one step
    /// for all servers on the database, as SQLite's one write lock makes
    /// them: on PostgreSQL the organization's row FOR UPDATE; on SQLite
    /// nothing beyond the transaction's BEGIN IMMEDIATE.
    bool lock(qint64 organizationId);
    /// Name and license pools; seatsUsed counts licenses held by active
    /// members, seatsReserved those held by invitations still pending at `now`,
    /// seatsHeldByInactive those of seatsUsed whose members are inactive for
    /// more than `inactiveDays` days at `now` (Inactivity::isInactive).
    std::optional<Organization> organization(qint64 organizationId, const QDateTime &now,
                                             int inactiveDays = Inactivity::DefaultDays);
    /// Product code → pool id.
    QHash<QString, qint64> poolIds(qint64 organizationId);

    /// The user's membership (active or removed); std::nullopt when never a member.
    std::optional<MembershipRecord> membership(qint64 organizationId, qint64 userId);
    /// By EmailAddress::duplicateKey of the address.
    std::optional<MembershipRecord> membershipByEmailKey(qint64 organizationId,
                                                         const QString &emailKey);

    /// Creates an organization; returns its id.
    qint64 createOrganization(const QString &name, const QDateTime &now);
    /// Creates a license pool; product codes are unique per organization.
    qint64 createPool(qint64 organizationId, const QString &product, const QString &name,
                      int seatsTotal);
    /// Whether the database holds no organization at all (for --demo).
    bool isEmpty();

private:
    Database &m_db;
};
