#include "ListPageCache.h"

std::optional<qint64> ListPageCache::total(const QString &list, qint64 change) const
{
    const auto found = m_totals.constFind(list);
    if (found == m_totals.constEnd() || found->change != change)
        return std::nullopt;
    return found->total;
}

void ListPageCache::setTotal(const QString &list, qint64 change, qint64 total)
{
    if (m_totals.size() >= MaxLists && !m_totals.contains(list))
        m_totals.clear();
    m_totals.insert(list, Totals{change, total});
}

std::optional<ListPageCache::Boundary> ListPageCache::boundary(const QString &page, qint64 change,
                                                               qint64 offset) const
{
    const auto found = m_boundaries.constFind(page);
    if (found == m_boundaries.constEnd() || found->change != change)
        return std::nullopt;
    const auto boundary = found->byOffset.constFind(offset);
    if (boundary == found->byOffset.constEnd())
        return std::nullopt;
    return *boundary;
}

void ListPageCache::setBoundary(const QString &page, qint64 change, qint64 offset,
                                const Boundary &boundary)
{
    if (m_boundaries.size() >= MaxLists && !m_boundaries.contains(page))
        m_boundaries.clear();
    Boundaries &boundaries = m_boundaries[page];
    if (boundaries.change != change || boundaries.byOffset.size() >= MaxBoundaries) {
        boundaries.change = change;
        boundaries.byOffset.clear();
    }
    boundaries.byOffset.insert(offset, boundary);
}
