#include "RecordTableModel.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QLocale>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <numeric>

RecordTableModel::RecordTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    updateNow();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

QModelIndex RecordTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // Cheaper than QAbstractTableModel::index(), which asks rowCount() and
    // columnCount() through virtual calls for every index.
    if (parent.isValid() || row < 0 || row >= recordCount() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= recordCount())
        return {};
    const int record = recordAt(index.row());
    const int column = index.column();
    if (role == RecordIdRole)
        return m_ids[static_cast<size_t>(record)];
    if (column == CheckColumn) {
        switch (role) {
        case Qt::CheckStateRole:
            return static_cast<int>(isRecordChecked(record) ? Qt::Checked : Qt::Unchecked);
        case SortKeyRole:
            return qint64(isRecordChecked(record) ? 0 : 1);
        case Qt::AccessibleDescriptionRole:
            return isRecordChecked(record) ? tr("Checked") : tr("Not checked");
        case Qt::AccessibleTextRole:
            // The check box's name (an empty name cannot be found by a screen
            // reader): "Select" and the row's first text column, the full
            // name or, on Pending Invitations, the email address.
            return tr("Select %1")
                .arg(recordData(record, CheckColumn + 1, Qt::DisplayRole).toString());
        default:
            return {};
        }
    }
    if (role == SortKeyRole)
        return sortKey(record, column);
    return recordData(record, column, role);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section == CheckColumn)
        return role == Qt::AccessibleTextRole ? QVariant(tr("Select")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case WidthInCharsRole:
        return columnWidthInChars(section);
    default:
        return {};
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.model() != this || role != Qt::CheckStateRole ||
        index.column() != CheckColumn || index.row() >= recordCount())
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    setRecordsChecked({recordAt(index.row())}, checked);
    return true;
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == CheckColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> records;
    records.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex &index : before)
        records.push_back(recordAt(index.row()));

    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(
            createIndex(rowOfRecord(records[static_cast<size_t>(i)]), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RecordTableModel::sortRows()
{
    const size_t count = m_ids.size();
    if (m_sortColumn < 0) {
        std::iota(m_order.begin(), m_order.end(), 0);
    } else {
        std::vector<qint64> keys(count);
        if (m_sortColumn == CheckColumn) {
            for (size_t r = 0; r < count; ++r)
                keys[r] = m_checked[r] ? 0 : 1;
        } else {
            sortKeys(m_sortColumn, keys);
        }
        const auto [low, high] = std::minmax_element(keys.begin(), keys.end());
        const qint64 range = count == 0 ? 0 : *high - *low;
        if (count > 0 && range < qint64(4 * count) + 64) {
            countingSort(keys, *low, static_cast<size_t>(range) + 1);
        } else {
            const qint64 *k = keys.data();
            if (m_sortOrder == Qt::AscendingOrder)
                std::stable_sort(m_order.begin(), m_order.end(),
                                 [k](int a, int b) { return k[a] < k[b]; });
            else
                std::stable_sort(m_order.begin(), m_order.end(),
                                 [k](int a, int b) { return k[a] > k[b]; });
        }
    }
    rebuildRowOf();
}

void RecordTableModel::countingSort(const std::vector<qint64> &keys, qint64 low, size_t buckets)
{
    // Keys are dense (ranks computed at load, roles, check states), so a
    // stable counting sort orders the rows in three linear passes where a
    // comparison sort needs n log n comparisons.
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    auto bucketOf = [&](int record) {
        const size_t b = static_cast<size_t>(keys[static_cast<size_t>(record)] - low);
        return descending ? buckets - 1 - b : b;
    };
    std::vector<int> starts(buckets + 1, 0);
    for (int record : m_order)
        ++starts[bucketOf(record) + 1];
    for (size_t b = 1; b <= buckets; ++b)
        starts[b] += starts[b - 1];
    std::vector<int> sorted(m_order.size());
    for (int record : m_order)
        sorted[static_cast<size_t>(starts[bucketOf(record)]++)] = record;
    m_order.swap(sorted);
}

std::vector<quint32> RecordTableModel::valueRanks(const std::vector<qint64> &values)
{
    std::vector<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    const qint64 *v = values.data();
    std::sort(order.begin(), order.end(), [v](int a, int b) { return v[a] < v[b]; });
    std::vector<quint32> ranks(values.size());
    quint32 rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && v[order[i - 1]] != v[order[i]])
            ++rank;
        ranks[static_cast<size_t>(order[i])] = rank;
    }
    return ranks;
}

qint64 RecordTableModel::sortKeyAt(int row, int column) const
{
    if (row < 0 || row >= recordCount() || column < 0 || column >= columnCount())
        return 0;
    const int record = recordAt(row);
    if (column == CheckColumn)
        return isRecordChecked(record) ? 0 : 1;
    return sortKey(record, column);
}

qint64 RecordTableModel::idAt(int row) const
{
    if (row < 0 || row >= recordCount())
        return 0;
    return m_ids[static_cast<size_t>(recordAt(row))];
}

int RecordTableModel::rowOfId(qint64 id) const
{
    const int record = recordOfId(id);
    return record < 0 ? -1 : rowOfRecord(record);
}

bool RecordTableModel::isChecked(qint64 id) const
{
    const int record = recordOfId(id);
    return record >= 0 && isRecordChecked(record);
}

void RecordTableModel::setChecked(qint64 id, bool checked)
{
    const int record = recordOfId(id);
    if (record >= 0)
        setRecordsChecked({record}, checked);
}

void RecordTableModel::setCheckedRows(const QList<int> &rows, bool checked)
{
    std::vector<int> records;
    records.reserve(static_cast<size_t>(rows.size()));
    for (int row : rows) {
        if (row >= 0 && row < recordCount())
            records.push_back(recordAt(row));
    }
    setRecordsChecked(records, checked);
}

void RecordTableModel::setIdsChecked(const QList<qint64> &ids, bool checked)
{
    std::vector<int> records;
    records.reserve(static_cast<size_t>(ids.size()));
    for (qint64 id : ids) {
        if (const int record = recordOfId(id); record >= 0)
            records.push_back(record);
    }
    setRecordsChecked(records, checked);
}

void RecordTableModel::setAllChecked(bool checked)
{
    std::vector<int> records(m_ids.size());
    std::iota(records.begin(), records.end(), 0);
    setRecordsChecked(records, checked);
}

void RecordTableModel::setRecordsChecked(const std::vector<int> &records, bool checked)
{
    const quint8 value = checked ? 1 : 0;
    int firstRow = recordCount();
    int lastRow = -1;
    int changed = 0;
    quint8 *flags = m_checked.data();
    const int *rowOf = m_rowOf.data();
    for (int record : records) {
        if (flags[record] == value)
            continue;
        flags[record] = value;
        ++changed;
        const int row = rowOf[record];
        firstRow = std::min(firstRow, row);
        lastRow = std::max(lastRow, row);
    }
    if (changed == 0)
        return;
    m_checkedCount += checked ? changed : -changed;
    emitCheckChanged(firstRow, lastRow);
}

void RecordTableModel::emitCheckChanged(int firstRow, int lastRow)
{
    emit dataChanged(createIndex(firstRow, CheckColumn), createIndex(lastRow, CheckColumn),
                     {Qt::CheckStateRole});
    emit checksChanged();
}

QList<qint64> RecordTableModel::checkedIds() const
{
    QList<qint64> ids;
    ids.reserve(m_checkedCount);
    for (int record : m_order) {
        if (isRecordChecked(record))
            ids.append(m_ids[static_cast<size_t>(record)]);
    }
    return ids;
}

QList<ActionTarget> RecordTableModel::targets(const QList<qint64> &ids) const
{
    QList<ActionTarget> list;
    list.reserve(ids.size());
    for (qint64 id : ids) {
        if (const int record = recordOfId(id); record >= 0)
            list.append(targetOf(record));
    }
    return list;
}

QList<ActionTarget> RecordTableModel::checkedTargets() const
{
    QList<ActionTarget> list;
    list.reserve(m_checkedCount);
    for (int record : m_order) {
        if (isRecordChecked(record))
            list.append(targetOf(record));
    }
    return list;
}

int RecordTableModel::recordOfId(qint64 id) const
{
    const qint64 *ids = m_ids.data();
    const auto it =
        std::lower_bound(m_byId.begin(), m_byId.end(), id,
                         [ids](int record, qint64 value) { return ids[record] < value; });
    if (it == m_byId.end() || ids[*it] != id)
        return -1;
    return *it;
}

void RecordTableModel::sortKeys(int column, std::vector<qint64> &keys) const
{
    for (size_t r = 0; r < keys.size(); ++r)
        keys[r] = sortKey(static_cast<int>(r), column);
}

void RecordTableModel::releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void RecordTableModel::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    refreshTimes();
}

void RecordTableModel::refreshTimes()
{
    updateNow();
    if (m_ids.empty())
        return;
    m_expiryChanged = false;
    formatTimes();
    const int last = recordCount() - 1;
    for (int column : timeColumns())
        emit dataChanged(createIndex(0, column), createIndex(last, column),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    if (m_expiryChanged) {
        ++m_generation;
        emit filterDataChanged();
    }
}

void RecordTableModel::setRecordExpired(int record, bool expired)
{
    const quint8 value = expired ? 1 : 0;
    if (m_expired[static_cast<size_t>(record)] != value) {
        m_expired[static_cast<size_t>(record)] = value;
        m_expiryChanged = true;
    }
}

void RecordTableModel::updateNow()
{
    m_nowMs = m_referenceTime.isValid() ? m_referenceTime.toMSecsSinceEpoch()
                                        : QDateTime::currentMSecsSinceEpoch();
}

QSet<qint64> RecordTableModel::beginLoad(qsizetype count)
{
    beginResetModel();
    QSet<qint64> checked;
    checked.reserve(m_checkedCount);
    for (size_t r = 0; r < m_ids.size(); ++r) {
        if (m_checked[r])
            checked.insert(m_ids[r]);
    }
    const auto n = static_cast<size_t>(count);
    m_ids.clear();
    m_ids.reserve(n);
    m_role.clear();
    m_role.reserve(n);
    m_expired.clear();
    m_expired.reserve(n);
    m_haystackEnds.clear();
    m_haystackEnds.reserve(n);
    m_haystacks.clear();
    clearTexts();
    updateNow();
    return checked;
}

void RecordTableModel::addRecord(qint64 id, const QByteArray &haystack, std::optional<Role> role,
                                 bool expired)
{
    m_ids.push_back(id);
    m_role.push_back(role ? static_cast<qint8>(*role) : qint8(-1));
    m_expired.push_back(expired ? 1 : 0);
    m_haystacks.append(haystack);
    m_haystacks.append('\0');
    m_haystackEnds.push_back(static_cast<quint32>(m_haystacks.size()));
}

void RecordTableModel::endLoad(const QSet<qint64> &checkedIds)
{
    const size_t count = m_ids.size();
    m_haystacks.squeeze();
    m_checked.assign(count, 0);
    m_checkedCount = 0;
    for (size_t r = 0; r < count; ++r) {
        if (checkedIds.contains(m_ids[r])) {
            m_checked[r] = 1;
            ++m_checkedCount;
        }
    }
    // Ids usually arrive sorted, which makes this sort linear. Stable: a
    // duplicate id finds its first record.
    m_byId.resize(count);
    std::iota(m_byId.begin(), m_byId.end(), 0);
    const qint64 *ids = m_ids.data();
    std::stable_sort(m_byId.begin(), m_byId.end(), [ids](int a, int b) { return ids[a] < ids[b]; });
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    m_rowOf.resize(count);
    sortRows();
    ++m_generation;
    m_loaded = true;
    endResetModel();
    emit checksChanged();
}

void RecordTableModel::rebuildRowOf()
{
    const size_t count = m_order.size();
    for (size_t row = 0; row < count; ++row)
        m_rowOf[static_cast<size_t>(m_order[row])] = static_cast<int>(row);
}

int RecordTableModel::internText(const QString &text)
{
    const auto it = m_textIndex.constFind(text);
    if (it != m_textIndex.constEnd())
        return it.value();
    const int index = static_cast<int>(m_texts.size());
    m_texts.append(text);
    m_textIndex.insert(text, index);
    return index;
}

const QString &RecordTableModel::text(int index) const
{
    static const QString empty;
    if (index < 0 || index >= m_texts.size())
        return empty;
    return m_texts.at(index);
}

void RecordTableModel::clearTexts()
{
    m_texts.clear();
    m_textIndex.clear();
    m_lists.clear();
    m_listIndex.clear();
}

int RecordTableModel::internList(const QStringList &items)
{
    const QString key = items.join(QChar(0x1f));
    const auto it = m_listIndex.constFind(key);
    if (it != m_listIndex.constEnd())
        return it.value();
    const int index = static_cast<int>(m_lists.size());
    m_lists.append(ListEntry{items, 0, internText(items.join(QStringLiteral(", "))), 0});
    m_listIndex.insert(key, index);
    return index;
}

int RecordTableModel::internPerson(qint64 id, const QString &name)
{
    if (id == 0 && name.isEmpty())
        return internList({});
    const QString key = QString::number(id) + QChar(0x1e) + name;
    const auto it = m_listIndex.constFind(key);
    if (it != m_listIndex.constEnd())
        return it.value();
    const int index = static_cast<int>(m_lists.size());
    m_lists.append(ListEntry{{name}, id, internText(name), 0});
    m_listIndex.insert(key, index);
    return index;
}

void RecordTableModel::rankLists()
{
    QList<QString> texts;
    texts.reserve(m_lists.size());
    for (const ListEntry &entry : std::as_const(m_lists))
        texts.append(text(entry.textIndex));
    const std::vector<quint32> ranks = collationRanks(texts);
    for (qsizetype i = 0; i < m_lists.size(); ++i)
        m_lists[i].rank = ranks[static_cast<size_t>(i)];
}

std::vector<quint32> RecordTableModel::collationRanks(const QList<QString> &strings)
{
    // The C locale (LANG unset, as on build machines) collates by code
    // point, which puts "Émile" after "zoe": use English rules there.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(static_cast<size_t>(strings.size()));
    for (const QString &s : strings)
        keys.push_back(collator.sortKey(s));
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&keys](int a, int b) {
        return keys[static_cast<size_t>(a)].compare(keys[static_cast<size_t>(b)]) < 0;
    });
    std::vector<quint32> ranks(keys.size());
    quint32 rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && keys[static_cast<size_t>(order[i - 1])].compare(
                         keys[static_cast<size_t>(order[i])]) != 0)
            ++rank;
        ranks[static_cast<size_t>(order[i])] = rank;
    }
    return ranks;
}

std::vector<quint32> RecordTableModel::foldedEmailRanks() const
{
    const size_t count = m_ids.size();
    std::vector<std::string_view> emails(count);
    for (size_t r = 0; r < count; ++r) {
        const std::string_view haystack = haystackOf(static_cast<int>(r));
        const size_t nul = haystack.find('\0');
        emails[r] = nul == std::string_view::npos ? haystack : haystack.substr(nul + 1);
    }
    std::vector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&emails](int a, int b) {
        return emails[static_cast<size_t>(a)] < emails[static_cast<size_t>(b)];
    });
    std::vector<quint32> ranks(count);
    quint32 rank = 0;
    for (size_t i = 0; i < count; ++i) {
        if (i > 0 &&
            emails[static_cast<size_t>(order[i - 1])] != emails[static_cast<size_t>(order[i])])
            ++rank;
        ranks[static_cast<size_t>(order[i])] = rank;
    }
    return ranks;
}
