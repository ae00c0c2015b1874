#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

struct ServerContext;

/// Licenses of members (docs/openapi.json, POST …/members/licenses): assign
/// products to active members and take them back, in bulk, with the rule of
/// Permissions::canChangeLicenses and the seats of the organization's pools.
class LicenseController
{
public:
    explicit LicenseController(ServerContext &context) : m_ctx(context) {}

    /// POST …/members/licenses {"userIds": [...], "add": ["KSE"], "remove": ["KRE"]}.
    /// Owner and Admin only (else 403 for the whole request). `add` and
    /// `remove` are optional arrays of product codes; at least one product in
    /// all (else 422 "no_items"), none in both (else 422
    /// "conflicting_licenses", details.products); other shapes 400
    /// "invalid_request". One result per user id, in request order:
    /// "changed" (licenses after, addedLicenses, removedLicenses),
    /// "unchanged" (the member already held exactly what was asked),
    /// "no_seats" (error.details.products: the products without a free seat;
    /// nothing changed for that member), or "error": "not_found" (never a
    /// member), "removed_member", "forbidden", "unknown_product"
    /// (error.details.products). A member's change is all or nothing. Seats
    /// are counted (total − used − reserved by pending invitations) under the
    /// organization's write lock, the one invitations take, so concurrent
    /// requests never assign more seats than a pool has; a seat freed by an
    /// earlier item of the same request can go to a later one. Each change
    /// is audited ("member.licenses_changed") in the same transaction. The
    /// same user id twice repeats the first result with "duplicate": true.
    ApiResponse change(const ApiRequest &request);

private:
    ServerContext &m_ctx;
};
