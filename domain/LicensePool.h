#pragma once

#include <QString>

/// The seats of one license product (docs/openapi.json, LicensePool).
struct LicensePool
{
    QString product; ///< product code, e.g. "KSE"
    QString name;    ///< e.g. "Katalon Studio Enterprise"
    int seatsTotal = 0;
    int seatsUsed = 0;     ///< held by active members
    int seatsReserved = 0; ///< held by pending (not expired) invitations
    /// Of seatsUsed, those held by members inactive for more than
    /// Organization::inactiveDays days (Inactivity::isInactive).
    int seatsHeldByInactive = 0;

    /// Seats neither used nor reserved; never negative.
    int seatsAvailable() const
    {
        const int free = seatsTotal - seatsUsed - seatsReserved;
        return free > 0 ? free : 0;
    }
};
