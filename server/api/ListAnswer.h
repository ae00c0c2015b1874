#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ChangeLog.h"
#include "JsonWriter.h"
#include "PageRequest.h"

#include <QList>

#include <optional>

/// The answer of a list route (members, invitations): its `changedSince`
/// parameter, and its body written with JsonWriter (docs/openapi.json,
/// MemberPage and InvitationPage).
namespace ListAnswer {

/// The fields of a list answer besides "items".
struct Head
{
    PageRequest page;
    qint64 total = 0;
    bool totalIsLowerBound = false;
    ChangePosition position; ///< the answer's "cursor"
    /// Set for an answer to changedSince: ids of records that are not in the list now.
    std::optional<QList<qint64>> removedIds;
};

/// Starts the body: `{"items":[` (write each item into `writer` next).
void begin(JsonWriter &writer);
/// Ends the body: `],` then page, size, total, totalIsLowerBound, cursor and,
/// for a change answer, removedIds; `}`.
void end(JsonWriter &writer, const Head &head);
/// A 200 answer with `body` (application/json).
ApiResponse response(QByteArray body);

/// Reads `changedSince` from the request into `since` (std::nullopt when the
/// parameter is absent). False, with `error` set, when it is given twice or
/// is not a cursor of this server's making (400 "invalid_parameter"), or when
/// the changes since it cannot be told against `current`, the organization's
/// position now (410 "cursor_expired", details.reason "other_database",
/// "other_organization" or "ahead_of_database": a restored backup): the
/// client loads the whole list again.
bool changedSince(const ApiRequest &request, const ChangePosition &current,
                  std::optional<ChangePosition> *since, ApiResponse *error);

} // namespace ListAnswer
