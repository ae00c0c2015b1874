#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

struct ServerContext;

/// The organization itself and what hangs off it (docs/openapi.json): /me, the
/// organization with its license pools, teams, registered machines and the
/// audit log.
class OrganizationController
{
public:
    explicit OrganizationController(ServerContext &context) : m_ctx(context) {}

    /// GET /api/v1/me: the token's user and their active memberships.
    ApiResponse me(const ApiRequest &request);
    /// GET …/{orgId}?inactiveDays=N: name and license pools; any active
    /// member. seatsHeldByInactive counts the seats of members inactive for
    /// more than N days (1…36500, default Inactivity::DefaultDays), and
    /// inactiveDays says which N; another value is 400 "invalid_parameter".
    ApiResponse organization(const ApiRequest &request);
    /// GET …/teams: every team with its active members; Owner and Admin.
    ApiResponse teams(const ApiRequest &request);
    /// GET …/machines?userId=&page=&size=: Owner and Admin see every machine;
    /// other members only their own (userId omitted or their own id, else 403).
    ApiResponse machines(const ApiRequest &request);
    /// POST …/machines {"machineId": "…"}: the caller registers a machine.
    /// 201 when new; 200 when the caller already has it; 409
    /// "machine_taken" when another member has it; 422 when empty or longer
    /// than 200 characters.
    ApiResponse registerMachine(const ApiRequest &request);
    /// GET …/audit-events: newest first, filtered and paged as AuditEventQuery
    /// reads the URL query; a cursor names the last event of the previous
    /// page. Owner and Admin; 400 "invalid_parameter" for a bad parameter or
    /// a cursor this server did not give.
    ApiResponse auditEvents(const ApiRequest &request);

private:
    ServerContext &m_ctx;
};
