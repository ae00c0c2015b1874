#pragma once

#include "LicensePool.h"
#include "Role.h"

#include <QList>
#include <QString>

/// An organization with its license pools (GET /organizations/{orgId}).
struct Organization
{
    qint64 id = 0;
    QString name;
    QList<LicensePool> licensePools;
    /// The inactivity that LicensePool::seatsHeldByInactive counts, in days
    /// (Inactivity::DefaultDays unless the request asked for another).
    int inactiveDays = 0;
};

/// One organization the signed-in user belongs to, with their role there.
struct OrganizationMembership
{
    qint64 organizationId = 0;
    QString organizationName;
    Role role = Role::Member;
};

/// The token's user (GET /me).
struct CurrentUser
{
    qint64 userId = 0;
    QString fullName;
    QString email;
    QList<OrganizationMembership> organizations;
};
