#pragma once

#include "Member.h"
#include "PageRequest.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

class Database;

/// Which members a list shows.
struct MemberFilter
{
    qint64 organizationId = 0;
    MemberStatus status = MemberStatus::Active;
    std::optional<Role> role; ///< only this organization role, when set
    /// Only members inactive for more than this many days at `now`
    /// (Inactivity::isInactive), when set.
    std::optional<int> inactiveDays;
    QDateTime now; ///< the time inactiveDays counts back from (UTC)
    /// Only holders of a license of this pool, when set.
    std::optional<qint64> licensePoolId;
    /// Only members holding no license of the organization.
    bool withoutLicense = false;
};

/// The members of organizations (tables memberships, member_licenses, with
/// users, machines and teams for the listed fields). Throws StorageError.
class MemberStore
{
public:
    explicit MemberStore(Database &database) : m_db(database) {}

    /// The API field names a member list may be sorted by:
    /// fullName, email, role, joinedAt, lastAccessAt, removedAt, machineCount.
    static QStringList sortFields();

    /// The SQL condition "inactive at the cutoff" (Inactivity::isInactive) on
    /// the memberships row named by `prefix` ("m." or empty), with two `?`
    /// that both take Inactivity::cutoff() as stored (SqlTime).
    static QString inactiveCondition(const QString &prefix);

    /// One page of members. Sort ties are broken by user id. Search matches
    /// `page.foldedQuery` literally inside the folded name or address.
    /// Licenses and teams of the page come from one extra query each.
    QList<Member> list(const MemberFilter &filter, const PageRequest &page, qint64 *total);

    /// One member with every field; std::nullopt when never a member.
    std::optional<Member> member(qint64 organizationId, qint64 userId);

    /// Adds the user as an active member, or reactivates a removed membership
    /// (same user id), with `role`, joined at `now`. A new membership has no
    /// last access yet; a reactivated one keeps its own.
    void activate(qint64 organizationId, qint64 userId, Role role, const QDateTime &now);
    /// Sets the member's last access in this organization (API:
    /// Member.lastAccessAt) to `now`; other organizations' records of the
    /// same user are not touched.
    void touch(qint64 organizationId, qint64 userId, const QDateTime &now);
    /// Sets the organization role; no permission check (the caller made it).
    void setRole(qint64 organizationId, qint64 userId, Role role);
    /// Status removed, with when (UTC) and by whom; keys and history stay.
    void markRemoved(qint64 organizationId, qint64 userId, qint64 removedBy, const QDateTime &now);

    /// Gives `userId` the licenses of the pools `poolIds` (already held ones are kept).
    void assignLicenses(qint64 userId, const QList<qint64> &poolIds, const QDateTime &now);
    /// The product codes `userId` holds in the organization, sorted; empty for none.
    QStringList licenses(qint64 organizationId, qint64 userId);
    /// Takes back from `userId` the licenses of the pools `poolIds`; pools
    /// they hold no license of are left alone.
    void removeLicenses(qint64 userId, const QList<qint64> &poolIds);
    /// Frees every license of `userId` in the organization; returns the product codes.
    QStringList releaseLicenses(qint64 organizationId, qint64 userId);

private:
    void fillLicensesAndTeams(qint64 organizationId, QList<Member> &members);

    Database &m_db;
};
