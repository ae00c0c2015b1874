// libFuzzer target: the server's validation of request parameters and bodies
// (RequestParsing): ids from a path, paging, sorting and search from a query
// string, and JSON bodies with id lists, string lists and booleans. Each
// function either gives a value within its documented range or an error
// answer of the documented status with an API error body; never both,
// never neither.
#include "RequestParsing.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace {

const QStringList SortFields{QStringLiteral("name"), QStringLiteral("email"),
                             QStringLiteral("joinedAt")};

void require(bool ok, const char *what, const QByteArray &input)
{
    if (!ok) {
        std::fprintf(stderr, "FuzzRequestParsing: %s: %s\n", what, input.toHex().constData());
        std::abort();
    }
}

/// An API error answer: the status, and {"error": {"code": code, …}}.
void requireError(const ApiResponse &error, std::initializer_list<int> statuses,
                  std::initializer_list<const char *> codes, const QByteArray &input)
{
    require(std::find(statuses.begin(), statuses.end(), error.status) != statuses.end(),
            "unexpected status", input);
    const QJsonDocument body = QJsonDocument::fromJson(error.body);
    const QString code = body.object()
                             .value(QStringLiteral("error"))
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString();
    bool known = false;
    for (const char *expected : codes)
        known = known || code == QLatin1String(expected);
    require(known, "unexpected error code", input);
}

bool isCanonicalId(const QString &text)
{
    if (text.isEmpty() || text.size() > 18 || text.front() == QLatin1Char('0'))
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

void fuzzId(const QString &text, const QByteArray &input)
{
    const std::optional<qint64> id = RequestParsing::positiveId(text);
    require(id.has_value() == isCanonicalId(text), "positiveId accepts other than 1…10^18−1",
            input);
    if (id)
        require(*id >= 1 && QString::number(*id) == text, "positiveId changes the id", input);
}

void fuzzUnprintable(const QString &text, const QByteArray &input)
{
    if (const auto found = RequestParsing::firstUnprintable(text)) {
        require(text.contains(QChar(*found)), "firstUnprintable not in the text", input);
        return;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        require(!c.isSurrogate() && c.category() != QChar::Other_Control,
                "firstUnprintable misses a control or a lone surrogate", input);
    }
}

void fuzzPage(const QString &queryText, const QByteArray &input)
{
    ApiRequest request;
    request.query = QUrlQuery(queryText);
    ApiResponse error;
    const std::optional<PageRequest> page =
        RequestParsing::pageRequest(request, SortFields, &error);
    if (!page) {
        requireError(error, {400}, {"invalid_parameter"}, input);
        return;
    }
    require(page->page >= 0, "negative page", input);
    require(page->size >= 1 && page->size <= RequestParsing::MaxPageSize, "page size out of range",
            input);
    require(page->offset() >= 0, "negative offset", input);
    require(page->sortField.isEmpty() || SortFields.contains(page->sortField),
            "sort field not allowed", input);
    for (const char *name : {"page", "size", "sort", "q"})
        require(request.query.allQueryItemValues(QLatin1String(name)).size() <= 1,
                "repeated parameter accepted", input);
}

void fuzzBody(const QByteArray &body, const QByteArray &input)
{
    ApiRequest request;
    request.body = body;
    ApiResponse error;
    const std::optional<QJsonObject> object = RequestParsing::jsonObject(request, &error);
    if (!object) {
        requireError(error, {400}, {"invalid_json"}, input);
        return;
    }
    for (const QString &key : object->keys()) {
        ApiResponse idError;
        const auto ids = RequestParsing::idList(*object, key, &idError);
        if (ids) {
            require(!ids->isEmpty() && ids->size() <= RequestParsing::MaxBulkItems,
                    "id list size out of range", input);
            const QJsonArray array = object->value(key).toArray();
            require(array.size() == ids->size(), "id list lost items", input);
            for (qsizetype i = 0; i < ids->size(); ++i)
                require(ids->at(i) >= 0 && double(ids->at(i)) == array.at(i).toDouble(),
                        "id changed", input);
        } else {
            requireError(idError, {400, 422}, {"invalid_request", "too_many_items", "no_items"},
                         input);
        }
        ApiResponse stringError;
        const auto strings = RequestParsing::stringList(*object, key, &stringError);
        if (strings)
            require(!strings->isEmpty() && strings->size() <= RequestParsing::MaxBulkItems,
                    "string list size out of range", input);
        else
            requireError(stringError, {400, 422}, {"invalid_request", "too_many_items", "no_items"},
                         input);
        ApiResponse boolError;
        const auto flag = RequestParsing::optionalBool(*object, key, false, &boolError);
        const QJsonValue value = object->value(key);
        require(flag.has_value() == (value.isBool() || value.isNull()), "boolean misread", input);
        if (!flag)
            requireError(boolError, {400}, {"invalid_request"}, input);
        if (value.isString())
            fuzzUnprintable(value.toString(), input);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    FuzzedDataProvider provider(data, size);
    const std::string id = provider.ConsumeRandomLengthString(32);
    const std::string query = provider.ConsumeRandomLengthString(1024);
    const std::string body = provider.ConsumeRemainingBytesAsString();
    const QString idText = QString::fromUtf8(id.data(), qsizetype(id.size()));
    fuzzId(idText, input);
    fuzzUnprintable(idText, input);
    fuzzPage(QString::fromUtf8(query.data(), qsizetype(query.size())), input);
    fuzzBody(QByteArray(body.data(), qsizetype(body.size())), input);
    return 0;
}
