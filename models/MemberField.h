#pragma once

#include <QString>

/// A field of a member that a list column or the Export Users file shows.
/// One table of titles for the Active Users and Removed Users lists and the
/// CSV export, so that a column is named the same everywhere.
enum class MemberField
{
    Status, ///< "Active" or "Removed" (the export only)
    FullName,
    Email,
    Role,     ///< the role now
    LastRole, ///< the role a removed member had (the same value as Role)
    JoinedAt,
    Licenses,     ///< product codes
    LastAccessAt, ///< "Never" when the member never signed in
    RemovedAt,
    RemovedBy,    ///< a name
    Teams,        ///< team names
    MachineCount, ///< registered machines
};

namespace MemberFields {

/// The title of a column showing `field`, translated in the "MemberFields"
/// context: "Full Name", "Email", "Role", "Last Role", "Join Date",
/// "Licenses", "Last Access", "Removed On", "Removed By", "Teams",
/// "Registered Machines", "Status".
QString title(MemberField field);

} // namespace MemberFields
