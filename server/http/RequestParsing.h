#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "PageRequest.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

/// Validation of request parameters and bodies. Each function either gives
/// the value or fills `error` with the response to send (400 or 422), so that
/// a handler validates everything before it changes anything.
namespace RequestParsing {

/// The most items one bulk request may carry (docs/openapi.json: more is 422).
constexpr int MaxBulkItems = 1000;
/// The largest page (docs/openapi.json, the `limit` of the lists).
constexpr int MaxPageSize = 1000;
constexpr int DefaultPageSize = 50;

/// `page` (≥ 0, default 0), `size` (1…1000, default 50), `sort=field,asc|desc`
/// (field from `sortFields`; direction optional, default asc) and `q` (folded
/// with SearchKey::fold), each at most once. Anything else malformed, or a
/// parameter repeated, gives 400 "invalid_parameter".
std::optional<PageRequest> pageRequest(const ApiRequest &request, const QStringList &sortFields,
                                       ApiResponse *error);

/// The query parameter `name` as a whole number in `minimum`…`maximum`
/// (ASCII digits, no sign), at most once: true with `*value` set, or left
/// unset when the parameter is absent; false with 400 "invalid_parameter"
/// (details.parameter) in `error` otherwise.
bool optionalQueryInt(const ApiRequest &request, const QString &name, int minimum, int maximum,
                      std::optional<int> *value, ApiResponse *error);

/// The body as a JSON object; 400 "invalid_json" when it is not one.
std::optional<QJsonObject> jsonObject(const ApiRequest &request, ApiResponse *error);

/// `object[key]` as a list of integer ids: 400 "invalid_request" when missing
/// or not an array of integers; 422 "too_many_items" over MaxBulkItems;
/// 422 "no_items" when empty. Order kept, duplicates kept.
std::optional<QList<qint64>> idList(const QJsonObject &object, const QString &key,
                                    ApiResponse *error);

/// `object[key]` as a list of strings, with the same rules as idList.
std::optional<QStringList> stringList(const QJsonObject &object, const QString &key,
                                      ApiResponse *error);

/// An optional boolean `object[key]` (absent gives `fallback`; another type 400).
std::optional<bool> optionalBool(const QJsonObject &object, const QString &key, bool fallback,
                                 ApiResponse *error);

/// The first UTF-16 unit of `text` that has no place in a name or an id that
/// people read: a control character (C0 including U+0000, DEL, C1), an
/// unpaired surrogate, or a bidirectional embedding, override or isolate
/// control (U+202A…U+202E, U+2066…U+2069), which make text read as something
/// else. std::nullopt when there is none (and for empty text).
std::optional<char16_t> firstUnprintable(QStringView text);

/// "U+XXXX" (at least four upper-case hex digits) for a UTF-16 unit, as the
/// refusals of firstUnprintable() name it.
QString unitName(char16_t unit);

/// An integer id from a path or query parameter: ASCII digits only, no sign,
/// no white space, no leading zero, 1…10^18−1; anything else gives nullopt.
std::optional<qint64> positiveId(const QString &text);

} // namespace RequestParsing
