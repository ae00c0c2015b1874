#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

struct ServerContext;

/// The members of an organization (docs/openapi.json): list, remove, change role and
/// transfer ownership, with the rules of domain/Permissions. Bulk handlers
/// answer one result per id in request order; repeating them is safe.
class MemberController
{
public:
    explicit MemberController(ServerContext &context) : m_ctx(context) {}

    /// GET …/members?status=active|removed&q=&role=&inactiveDays=&license=&sort=&page=&size=.
    /// Owner and Admin only. Default sort: fullName for active members,
    /// joinedAt (ascending) for removed ones. `inactiveDays=N` (1…36500):
    /// only members inactive for more than N days (Inactivity::isInactive);
    /// `license=KSE`: only holders of that product, `license=none`: only
    /// members holding none; an unknown product is 400 "invalid_parameter".
    ApiResponse list(const ApiRequest &request);

    /// POST …/members/remove {"userIds": [...]}: status removed, machines
    /// released (count in releasedMachines), licenses freed (product codes in
    /// releasedLicenses), open invitations to the address revoked, and the
    /// member taken out of the organization's teams.
    ApiResponse remove(const ApiRequest &request);

    /// POST …/members/change-role {"userIds": [...], "role": "ADMIN",
    /// "removeFromTeams": false}.
    ApiResponse changeRole(const ApiRequest &request);

    /// POST …/ownership {"userId": 12}: the Owner hands ownership to an active
    /// member and becomes Admin. 403 for anyone but the Owner; 422
    /// "not_an_active_member" for an unknown or removed target; 409
    /// "cannot_change_own_role" for the Owner themselves.
    ApiResponse transferOwnership(const ApiRequest &request);

private:
    ServerContext &m_ctx;
};
