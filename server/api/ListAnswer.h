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
    /// Where the next page starts (the answer's "next"); null when none.
    std::optional<PageKey> next;
};

/// Starts the body: `{"items":[` (write each item into `writer` next).
void begin(JsonWriter &writer);
/// Ends the body: `],` then page, size, total, totalIsLowerBound, cursor,
/// next (toToken, or null) and, for a change answer, removedIds; `}`.
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

/// `key` as the opaque string of an answer's "next" (base64url of JSON).
QString toToken(const PageKey &key);
/// The key of a "next" string; std::nullopt when it is not one of toToken's
/// making, or its value does not fit the sort's field: text for a field of
/// `textFields`, a whole number for the others, or null.
std::optional<PageKey> fromToken(const QString &token, const QStringList &textFields);

/// Reads `after` (keyset paging) into `page->after`; absent leaves it
/// unset. False, with `error` set to 400 "invalid_parameter", when it is
/// given twice, together with a page other than 0, with `q` or with
/// `changedSince`, or is not the "next" of an answer in the list's sort
/// `sort` (MemberStore::sortOf, InvitationStore::sortOf).
bool after(const ApiRequest &request, const QString &sort, const QStringList &textFields,
           PageRequest *page, ApiResponse *error);

} // namespace ListAnswer
