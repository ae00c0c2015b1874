#include "ActiveUsersModel.h"

ActiveUsersModel::ActiveUsersModel(QObject *parent)
    : MemberTableModel(
          {
              {MemberField::FullName, 26},
              {MemberField::Email, 40},
              {MemberField::Role, 15},
              {MemberField::JoinedAt, 13},
              {MemberField::Licenses, 11},
              {MemberField::LastAccessAt, 16},
          },
          parent)
{
    Q_ASSERT(columnCount() == ColumnCount);
}
