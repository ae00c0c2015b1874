#pragma once

#include "SearchFilter.h"

#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

class RecordTableModel;

/// The proxy between a tab's RecordTableModel and its view: filters rows by
/// a SearchFilter (search text, role, invitation status) and forwards
/// sorting to the source model, which sorts on precomputed keys.
///
/// Filtering: each setter re-filters only when it reports a change. The
/// filter is evaluated once per record into a cache, in a tight loop, and
/// filterAcceptsRow() reads that cache; when the change only narrows (more
/// text typed), only the records shown so far are re-tested. The proxy then
/// rebuilds its mapping with invalidate() (one layoutChanged, not one
/// rowsRemoved per gap).
///
/// "Check all shown": setShownChecked() checks exactly the rows the proxy
/// shows, with one dataChanged; checkedShownCount() and
/// checkedHiddenCount() feed the status line ("3 selected, 1 hidden by the
/// search") and shownCheckState() the tri-state header box.
///
/// Set dynamicSortFilter is off: source changes arrive as resets and check
/// changes, neither of which moves rows.
class RecordFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);

    /// `sourceModel` must be a RecordTableModel (or nullptr); another model
    /// is shown unfiltered.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    /// The source as a RecordTableModel; nullptr when none.
    RecordTableModel *recordModel() const { return m_records; }

    /// Sets the search text (literal, case- and accent-insensitive, over name
    /// and email). Returns true when the rows were re-filtered.
    bool setSearchText(const QString &text);
    /// Shows only one role (std::nullopt: all). Returns true on a change.
    bool setRoleFilter(std::optional<Role> role);
    /// Sets the invitation status filter. Returns true on a change.
    bool setStatusFilter(SearchFilter::StatusFilter status);
    /// The rule in force.
    const SearchFilter &filter() const { return m_filter; }

    /// Sorts through the source model (RecordTableModel::sort()), so that
    /// sorting costs one stable sort of precomputed keys and filtering never
    /// re-sorts. `column` -1 restores load order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Checks or unchecks exactly the rows shown, with one dataChanged.
    void setShownChecked(bool checked);
    /// Checked records among the rows shown.
    int checkedShownCount() const;
    /// Checked records hidden by the filter.
    int checkedHiddenCount() const;
    /// The header box: Unchecked when no shown row is checked (or none is
    /// shown), Checked when all are, PartiallyChecked otherwise.
    Qt::CheckState shownCheckState() const;
    /// The ids of the checked records that are shown, in source row order.
    QList<qint64> checkedShownIds() const;

signals:
    /// The checked or shown counts changed (a check, a filter change, a
    /// load): read the counts again.
    void checkedCountsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares precomputed keys by source row (no QVariant); used only if
    /// QSortFilterProxyModel sorts by itself.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void ensureCache() const;
    void fullPass() const;
    void accept(int record) const;

    SearchFilter m_filter;
    RecordTableModel *m_records = nullptr; ///< cleared when it is destroyed
    // Per record: accepted by the filter; and the accepted records.
    mutable std::vector<quint8> m_accepted;
    mutable std::vector<int> m_shown;
    mutable quint64 m_cacheGeneration = 0;
    mutable bool m_cacheValid = false;
};
