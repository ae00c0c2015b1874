#pragma once

#include "MemberTableModel.h"

/// The Removed Users list: checkbox, Full Name, Email, Last Role, Join
/// Date, Removed On, Removed By. Load it with setMembers(). The column
/// numbers below name the entries of the column table in the constructor.
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

protected:
    QList<int> timeColumns() const override { return {}; }
};
