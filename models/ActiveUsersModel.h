#pragma once

#include "MemberTableModel.h"

/// The Active Users list: checkbox, Full Name, Email, Role, Join Date,
/// Licenses, Last Access. Load it with setMembers(). The column numbers
/// below name the entries of the column table in the constructor.
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

protected:
    QList<int> timeColumns() const override { return {LastAccessColumn}; }
};
