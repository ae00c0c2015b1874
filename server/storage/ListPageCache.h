#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

#include <optional>

/// What a list remembers between its pages while the organization does not
/// change (ChangeLog: the same change number): each list's count, and the
/// sort key at which each page ends. A client that fetches every page of a
/// 100,000-member list in order then costs one count instead of a hundred,
/// and each page starts with an index seek after the previous page's last
/// key instead of walking OFFSET rows (which makes the whole list quadratic).
///
/// Entries are keyed by a list (organization, filters, sort, page size) and
/// hold the change number they were made at; an entry of another number is
/// never used, and the first store under a new number drops the old ones.
/// Belongs to one Database's thread.
class ListPageCache
{
public:
    /// Where a page ends: the last row's sort value and user id.
    struct Boundary
    {
        QVariant sortValue;
        qint64 id = 0;
    };

    /// The count of `list` at change number `change`, if known.
    std::optional<qint64> total(const QString &list, qint64 change) const;
    void setTotal(const QString &list, qint64 change, qint64 total);

    /// The boundary before row `offset` of `page` (a list with its sort and
    /// page size) at change number `change`, if known.
    std::optional<Boundary> boundary(const QString &page, qint64 change, qint64 offset) const;
    void setBoundary(const QString &page, qint64 change, qint64 offset, const Boundary &boundary);

private:
    struct Totals
    {
        qint64 change = -1;
        qint64 total = 0;
    };
    struct Boundaries
    {
        qint64 change = -1;
        QHash<qint64, Boundary> byOffset;
    };
    /// Lists kept at most; beyond, everything is dropped (a cache, not a store).
    static constexpr int MaxLists = 256;
    /// Boundaries kept per list at most (a million rows in pages of 1,000).
    static constexpr int MaxBoundaries = 4096;

    QHash<QString, Totals> m_totals;
    QHash<QString, Boundaries> m_boundaries;
};
