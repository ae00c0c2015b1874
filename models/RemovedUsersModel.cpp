#include "RemovedUsersModel.h"

RemovedUsersModel::RemovedUsersModel(QObject *parent) : MemberTableModel(parent)
{
    sort(defaultSortColumn, defaultSortOrder);
}

int RemovedUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemovedUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::AccessibleTextRole && section == CheckColumn)
        return tr("Select");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FullNameColumn:
        return tr("Full Name");
    case EmailColumn:
        return tr("Email");
    case LastRoleColumn:
        return tr("Last Role");
    case JoinDateColumn:
        return tr("Join Date");
    case RemovedOnColumn:
        return tr("Removed On");
    case RemovedByColumn:
        return tr("Removed By");
    default:
        return {};
    }
}

MemberTableModel::Field RemovedUsersModel::fieldOf(int column) const
{
    switch (column) {
    case EmailColumn:
        return Field::Email;
    case LastRoleColumn:
        return Field::Role;
    case JoinDateColumn:
        return Field::JoinedAt;
    case RemovedOnColumn:
        return Field::RemovedAt;
    case RemovedByColumn:
        return Field::RemovedBy;
    default:
        return Field::FullName;
    }
}
