#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/// An organization role (the README's role table). The order is by rank, highest first.
enum class Role
{
    Owner,
    Admin,
    BillingManager,
    Member,
};

namespace Roles {

/// Every role, highest rank first.
QList<Role> all();

/// The API name: "OWNER", "ADMIN", "BILLING_MANAGER", "MEMBER".
QString toApiName(Role role);

/// Parses an API name (exact, upper case). An unknown or empty name gives std::nullopt.
std::optional<Role> fromApiName(QStringView name);

/// The name shown to users ("Owner", "Admin", "Billing Manager", "Member"),
/// translated through QCoreApplication::translate in the "Role" context.
QString displayName(Role role);

/// Rank for sorting: Owner 0, Admin 1, Billing Manager 2, Member 3.
int rank(Role role);

} // namespace Roles
