#include "RecordFilterProxyModel.h"

#include "RecordTableModel.h"

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void RecordFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_records)
        disconnect(m_records, nullptr, this, nullptr);
    m_records = qobject_cast<RecordTableModel *>(sourceModel);
    m_cacheValid = false;
    QSortFilterProxyModel::setSourceModel(sourceModel);
    if (m_records) {
        connect(m_records, &RecordTableModel::checksChanged, this,
                &RecordFilterProxyModel::checkedCountsChanged);
        connect(m_records, &RecordTableModel::filterDataChanged, this, [this] {
            m_cacheValid = false;
            refilter();
        });
        connect(m_records, &QObject::destroyed, this, [this] { m_records = nullptr; });
    }
}

bool RecordFilterProxyModel::setSearchText(const QString &text)
{
    if (!m_filter.setText(text))
        return false;
    refilter();
    return true;
}

bool RecordFilterProxyModel::setRoleFilter(std::optional<Role> role)
{
    if (!m_filter.setRole(role))
        return false;
    refilter();
    return true;
}

bool RecordFilterProxyModel::setStatusFilter(SearchFilter::StatusFilter status)
{
    if (!m_filter.setStatus(status))
        return false;
    refilter();
    return true;
}

void RecordFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_records)
        m_records->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
}

void RecordFilterProxyModel::refilter()
{
    if (!m_records) {
        invalidate();
        return;
    }
    const bool valid = m_cacheValid && m_cacheGeneration == m_records->generation();
    // Narrowing (more text typed): only what is shown can stay shown. When
    // most rows are shown, one search over all haystacks is faster still
    // (per record it costs about two thirds of a find per row).
    if (valid && m_filter.isNarrowing() && m_shown.size() * 3 < m_accepted.size() * 2) {
        size_t kept = 0;
        for (int record : m_shown) {
            if (m_filter.accepts(m_records->haystackOf(record), m_records->filterRoleOf(record),
                                 m_records->isRecordExpired(record)))
                m_shown[kept++] = record;
            else
                m_accepted[static_cast<size_t>(record)] = 0;
        }
        m_shown.resize(kept);
    } else {
        fullPass();
    }
    m_filter.markApplied();
    invalidate();
    emit checkedCountsChanged();
}

void RecordFilterProxyModel::accept(int record) const
{
    if (m_filter.acceptsAttributes(m_records->filterRoleOf(record),
                                   m_records->isRecordExpired(record))) {
        m_accepted[static_cast<size_t>(record)] = 1;
        m_shown.push_back(record);
    }
}

void RecordFilterProxyModel::fullPass() const
{
    const int count = m_records->recordCount();
    m_accepted.assign(static_cast<size_t>(count), 0);
    m_shown.clear();
    m_shown.reserve(static_cast<size_t>(count));
    const std::string_view needle = m_filter.needleView();
    if (needle.empty()) {
        for (int record = 0; record < count; ++record)
            accept(record);
    } else {
        // One substring search over every record's haystack at once: the
        // search skips non-matching records at memchr speed, and each hit is
        // mapped to its record by walking the end offsets forward.
        const std::string_view all = m_records->allHaystacks();
        const quint32 *ends = m_records->haystackEnds();
        size_t from = 0;
        int record = 0;
        while (record < count) {
            const size_t hit = all.find(needle, from);
            if (hit == std::string_view::npos)
                break;
            while (ends[record] <= hit)
                ++record;
            accept(record);
            from = ends[record];
            ++record;
        }
    }
    m_cacheGeneration = m_records->generation();
    m_cacheValid = true;
}

void RecordFilterProxyModel::ensureCache() const
{
    if (!m_cacheValid || m_cacheGeneration != m_records->generation())
        fullPass();
}

bool RecordFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_records)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    // Called for every source row whenever the proxy rebuilds its mapping:
    // one look-up in the cache that refilter() filled.
    ensureCache();
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_records->recordCount())
        return false;
    return m_accepted[static_cast<size_t>(m_records->recordAt(sourceRow))] != 0;
}

bool RecordFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_records)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_records->sortKeyAt(left.row(), left.column()) <
           m_records->sortKeyAt(right.row(), right.column());
}

void RecordFilterProxyModel::setShownChecked(bool checked)
{
    if (!m_records)
        return;
    ensureCache();
    m_records->setRecordsChecked(m_shown, checked);
}

int RecordFilterProxyModel::checkedShownCount() const
{
    if (!m_records)
        return 0;
    ensureCache();
    if (m_records->checkedCount() == 0)
        return 0;
    int count = 0;
    for (int record : m_shown)
        count += m_records->isRecordChecked(record) ? 1 : 0;
    return count;
}

int RecordFilterProxyModel::checkedHiddenCount() const
{
    if (!m_records)
        return 0;
    return m_records->checkedCount() - checkedShownCount();
}

Qt::CheckState RecordFilterProxyModel::shownCheckState() const
{
    if (!m_records)
        return Qt::Unchecked;
    const int checked = checkedShownCount();
    if (checked == 0)
        return Qt::Unchecked;
    return checked == static_cast<int>(m_shown.size()) ? Qt::Checked : Qt::PartiallyChecked;
}

QList<qint64> RecordFilterProxyModel::checkedShownIds() const
{
    QList<qint64> ids;
    if (!m_records)
        return ids;
    ensureCache();
    const QList<qint64> all = m_records->checkedIds();
    for (qint64 id : all) {
        const int row = m_records->rowOfId(id);
        if (row >= 0 && m_accepted[static_cast<size_t>(m_records->recordAt(row))])
            ids.append(id);
    }
    return ids;
}
