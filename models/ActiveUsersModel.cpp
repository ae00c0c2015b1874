#include "ActiveUsersModel.h"

ActiveUsersModel::ActiveUsersModel(QObject *parent) : MemberTableModel(parent) {}

int ActiveUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActiveUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case RoleColumn:
        return tr("Role");
    case JoinDateColumn:
        return tr("Join Date");
    case LicensesColumn:
        return tr("Licenses");
    case LastAccessColumn:
        return tr("Last Access");
    default:
        return {};
    }
}

MemberTableModel::Field ActiveUsersModel::fieldOf(int column) const
{
    switch (column) {
    case EmailColumn:
        return Field::Email;
    case RoleColumn:
        return Field::Role;
    case JoinDateColumn:
        return Field::JoinedAt;
    case LicensesColumn:
        return Field::Licenses;
    case LastAccessColumn:
        return Field::LastAccessAt;
    default:
        return Field::FullName;
    }
}
