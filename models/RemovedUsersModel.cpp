#include "RemovedUsersModel.h"

RemovedUsersModel::RemovedUsersModel(QObject *parent)
    : MemberTableModel(
          {
              {MemberField::FullName, 26},
              {MemberField::Email, 40},
              {MemberField::LastRole, 15},
              {MemberField::JoinedAt, 14},
              {MemberField::RemovedAt, 14},
              {MemberField::RemovedBy, 22},
          },
          parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
    sort(defaultSortColumn, defaultSortOrder);
}
