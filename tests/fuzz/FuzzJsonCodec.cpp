// libFuzzer target: the JSON codecs of the API's resources and answers
// (JsonCodec). Whatever a server sends, a decoder either refuses it or gives a
// value whose encoding decodes again to a value with the same encoding:
// decode, encode, decode is stable, so that nothing the app shows or caches
// changes on a round trip.
#include "JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QJsonObject &object)
{
    std::fprintf(stderr, "FuzzJsonCodec: %s is not stable: %s\n", what,
                 QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::abort();
}

/// decode(object), then encode, decode and encode again: both encodings equal.
template<typename Decode> void roundTrip(const char *what, const QJsonObject &object, Decode decode)
{
    const auto first = decode(object);
    if (!first)
        return;
    const QJsonObject encoded = JsonCodec::toJson(*first);
    const auto second = decode(encoded);
    if (!second)
        fail(what, encoded);
    if (JsonCodec::toJson(*second) != encoded)
        fail(what, encoded);
}

void fuzzObject(const QJsonObject &object)
{
    roundTrip("Member", object, JsonCodec::memberFromJson);
    roundTrip("Invitation", object, JsonCodec::invitationFromJson);
    roundTrip("LicensePool", object, JsonCodec::licensePoolFromJson);
    roundTrip("Organization", object, JsonCodec::organizationFromJson);
    roundTrip("CurrentUser", object, JsonCodec::currentUserFromJson);
    roundTrip("ApiError", object, JsonCodec::apiErrorFromJson);
    roundTrip("ItemResult", object, JsonCodec::itemResultFromJson);
    roundTrip("BulkResult", object, JsonCodec::bulkResultFromJson);
    roundTrip("OwnershipTransfer", object, JsonCodec::ownershipTransferFromJson);
}

void fuzzTime(const QJsonValue &value)
{
    const QDateTime time = JsonCodec::toTime(value);
    const QJsonValue encoded = JsonCodec::fromTime(time);
    if (JsonCodec::fromTime(JsonCodec::toTime(encoded)) != encoded)
        fail("time", QJsonObject{{QStringLiteral("time"), encoded}});
}

/// Every object and time-like value in `value`, down to `depth` levels (a
/// page's items, a bulk answer's results, a member inside a transfer).
void visit(const QJsonValue &value, int depth)
{
    fuzzTime(value);
    if (depth == 0)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        fuzzObject(object);
        for (auto it = object.begin(); it != object.end(); ++it)
            visit(it.value(), depth - 1);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            visit(item, depth - 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    visit(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), 4);
    return 0;
}
