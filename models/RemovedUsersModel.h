#pragma once

#include "MemberTableModel.h"

/// The Removed Users tab (product.md, Lists): checkbox, Full Name, Email,
/// Last Role, Join Date, Removed On, Removed By. Load it with setMembers().
/// The seed sorts this list by join date by default: see defaultSortColumn().
class RemovedUsersModel : public MemberTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CheckColumn = RecordTableModel::CheckColumn,
        FullNameColumn,
        EmailColumn,
        LastRoleColumn,
        JoinDateColumn,
        RemovedOnColumn,
        RemovedByColumn,
        ColumnCount
    };

    /// The sort a new Removed Users table starts with (the seed: "By
    /// default, the list is sorted by JOIN DATE"), newest first.
    static constexpr int defaultSortColumn = JoinDateColumn;
    static constexpr Qt::SortOrder defaultSortOrder = Qt::DescendingOrder;

    explicit RemovedUsersModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    /// Column titles (DisplayRole); column 0 has none, its accessible name
    /// is "Select" (Qt::AccessibleTextRole).
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Field fieldOf(int column) const override;
    QList<int> timeColumns() const override { return {}; }
};
