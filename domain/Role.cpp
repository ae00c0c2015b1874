#include "Role.h"

#include <QCoreApplication>

namespace Roles {

QList<Role> all()
{
    return {Role::Owner, Role::Admin, Role::BillingManager, Role::Member};
}

QString toApiName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("OWNER");
    case Role::Admin:
        return QStringLiteral("ADMIN");
    case Role::BillingManager:
        return QStringLiteral("BILLING_MANAGER");
    case Role::Member:
        return QStringLiteral("MEMBER");
    }
    return {};
}

std::optional<Role> fromApiName(QStringView name)
{
    for (Role role : all()) {
        if (name == toApiName(role))
            return role;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QCoreApplication::translate("Role", "Owner");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Admin");
    case Role::BillingManager:
        return QCoreApplication::translate("Role", "Billing Manager");
    case Role::Member:
        return QCoreApplication::translate("Role", "Member");
    }
    return {};
}

int rank(Role role)
{
    return static_cast<int>(role);
}

} // namespace Roles
