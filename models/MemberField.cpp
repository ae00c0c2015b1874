#include "MemberField.h"

#include <QCoreApplication>

namespace {

// A named context, so that lupdate finds the titles ("MemberFields").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MemberFields)
};

} // namespace

namespace MemberFields {

QString title(MemberField field)
{
    switch (field) {
    case MemberField::Status:
        return Text::tr("Status");
    case MemberField::FullName:
        return Text::tr("Full Name");
    case MemberField::Email:
        return Text::tr("Email");
    case MemberField::Role:
        return Text::tr("Role");
    case MemberField::LastRole:
        return Text::tr("Last Role");
    case MemberField::JoinedAt:
        return Text::tr("Join Date");
    case MemberField::Licenses:
        return Text::tr("Licenses");
    case MemberField::LastAccessAt:
        return Text::tr("Last Access");
    case MemberField::RemovedAt:
        return Text::tr("Removed On");
    case MemberField::RemovedBy:
        return Text::tr("Removed By");
    case MemberField::Teams:
        return Text::tr("Teams");
    case MemberField::MachineCount:
        return Text::tr("Registered Machines");
    }
    return {};
}

} // namespace MemberFields
