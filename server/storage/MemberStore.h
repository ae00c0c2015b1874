#pragma once

#include "ChangeLog.h"
#include "ListPageCache.h"
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

/// One page of a member list.
struct MemberPage
{
    QList<Member> members;
    qint64 total = 0;               ///< members in the whole list
    bool totalIsLowerBound = false; ///< a short search stopped counting (see MemberStore::list)
    /// Where the next page starts (keyset paging); std::nullopt when this
    /// page is not full, so the last one, or for a search.
    std::optional<PageKey> next;
};

/// One page of the members of an organization that changed since a change
/// number, ordered by user id.
struct MemberChanges
{
    QList<Member> members;    ///< changed, and in the list now
    QList<qint64> removedIds; ///< changed, and not in the list now (left it, or never in it)
    qint64 total = 0;         ///< changed members in all pages (members and removals)
};

/// The members of organizations (tables memberships, member_licenses, with
/// users, machines and teams for the listed fields). Every write stamps the
/// membership with the organization's change number (ChangeLog). Throws
/// StorageError.
class MemberStore
{
public:
    explicit MemberStore(Database &database) : m_db(database), m_changes(database) {}

    /// The API field names a member list may be sorted by:
    /// fullName, email, role, joinedAt, lastAccessAt, removedAt, machineCount.
    static QStringList sortFields();

    /// The sort a page of the list is in, as PageKey::sort ("field,asc" or
    /// "field,desc"): the request's, or by default fullName for active
    /// members and joinedAt for removed ones, ascending.
    static QString sortOf(const MemberFilter &filter, const PageRequest &page);

    /// The SQL condition "inactive at the cutoff" (Inactivity::isInactive) on
    /// the memberships row named by `prefix` ("m." or empty), with two `?`
    /// that both take Inactivity::cutoff() as stored (SqlTime).
    static QString inactiveCondition(const QString &prefix);

    /// Matches of a one- or two-character search are counted up to the
    /// page's end plus this many; a larger total is given as that number,
    /// with MemberPage::totalIsLowerBound.
    static constexpr qint64 ShortSearchCountBeyondPage = 1000;

    /// One page of members. Sort ties are broken by user id. Licenses and
    /// teams of the page come from one extra query each.
    ///
    /// Search matches `page.foldedQuery` literally inside the folded name or
    /// address. Three characters or more go through the search index
    /// (SqlDialect::searchSource) and the total is counted on the matches in
    /// the same statement. One or two characters, which no trigram index
    /// serves, read the organization's rows once in primary-key order and
    /// keep the first page's end + ShortSearchCountBeyondPage matches in
    /// sort order: bounded by one pass, whatever the query.
    ///
    /// With `page.after` (no search; its sort is the list's), the page starts
    /// right after that key; `total` still counts the whole list.
    ///
    /// `change` is the organization's change number read before (ChangeLog::
    /// position): the count and page ends of a list without search are
    /// remembered for it (ListPageCache).
    MemberPage list(const MemberFilter &filter, const PageRequest &page, qint64 change);

    /// The members whose membership changed after change number `since`
    /// (added, reactivated, removed, role, licenses, teams, machines, last
    /// access) — and, with `filter.inactiveDays`, those inactive at
    /// `filter.now` that were not at `sinceTime` (less a minute, for
    /// instances whose clocks differ) — one page of them in user id order
    /// (`page`'s sort is not used). Those that match `filter` and the search
    /// are members; the others are removedIds.
    MemberChanges changes(const MemberFilter &filter, const PageRequest &page, qint64 since,
                          const QDateTime &sinceTime);

    /// One member with every field; std::nullopt when never a member.
    std::optional<Member> member(qint64 organizationId, qint64 userId);

    /// Adds the user as an active member, or reactivates a removed membership
    /// (same user id), with `role`, joined at `now`. A new membership has no
    /// last access yet; a reactivated one keeps its own.
    void activate(qint64 organizationId, qint64 userId, Role role, const QDateTime &now);
    /// Sets the member's last access in this organization (API:
    /// Member.lastAccessAt) to `now`; other organizations' records of the
    /// same user are not touched. A change like any other (its own
    /// transaction when none is open).
    void touch(qint64 organizationId, qint64 userId, const QDateTime &now);
    /// Sets the organization role; no permission check (the caller made it).
    void setRole(qint64 organizationId, qint64 userId, Role role);
    /// Status removed, with when (UTC) and by whom; keys and history stay.
    void markRemoved(qint64 organizationId, qint64 userId, qint64 removedBy, const QDateTime &now);

    /// Gives `userId` the licenses of the organization's pools `poolIds`
    /// (already held ones are kept).
    void assignLicenses(qint64 organizationId, qint64 userId, const QList<qint64> &poolIds,
                        const QDateTime &now);
    /// The product codes `userId` holds in the organization, sorted; empty for none.
    QStringList licenses(qint64 organizationId, qint64 userId);
    /// Takes back from `userId` the licenses of the organization's pools
    /// `poolIds`; pools they hold no license of are left alone.
    void removeLicenses(qint64 organizationId, qint64 userId, const QList<qint64> &poolIds);
    /// Frees every license of `userId` in the organization; returns the product codes.
    QStringList releaseLicenses(qint64 organizationId, qint64 userId);

    /// Stamps the membership as changed without changing a field of its
    /// own: its licenses or teams changed.
    void markChanged(qint64 organizationId, qint64 userId);

private:
    MemberPage browse(const MemberFilter &filter, const PageRequest &page, qint64 change);
    MemberPage search(const MemberFilter &filter, const PageRequest &page);
    void fillLicensesAndTeams(qint64 organizationId, QList<Member> &members);

    Database &m_db;
    ChangeLog m_changes;
    ListPageCache m_pages;
};
