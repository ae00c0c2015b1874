#pragma once

#include "MemberTableModel.h"

/// The Active Users tab (product.md, Lists): checkbox, Full Name, Email,
/// Role, Join Date, Licenses, Last Access. Load it with setMembers().
class ActiveUsersModel : public MemberTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CheckColumn = RecordTableModel::CheckColumn,
        FullNameColumn,
        EmailColumn,
        RoleColumn,
        JoinDateColumn,
        LicensesColumn,
        LastAccessColumn,
        ColumnCount
    };

    explicit ActiveUsersModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    /// Column titles (DisplayRole); column 0 has none, its accessible name
    /// is "Select" (Qt::AccessibleTextRole).
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Field fieldOf(int column) const override;
    QList<int> timeColumns() const override { return {LastAccessColumn}; }
};
