#include "RequestParsing.h"

#include "SearchKey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RequestParsing", text);
}

ApiResponse invalidParameter(const QString &name, const QString &message)
{
    return ApiResponse::error(400, QStringLiteral("invalid_parameter"), message,
                              {{QStringLiteral("parameter"), name}});
}

std::optional<int> nonNegativeInt(const QString &text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return text.toInt();
}

// Checks the array shape shared by idList and stringList.
std::optional<QJsonArray> itemArray(const QJsonObject &object, const QString &key,
                                    ApiResponse *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        *error = ApiResponse::error(400, QStringLiteral("invalid_request"),
                                    tr("The request needs \"%1\" as a JSON array.").arg(key),
                                    {{QStringLiteral("field"), key}});
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > RequestParsing::MaxBulkItems) {
        *error = ApiResponse::error(422, QStringLiteral("too_many_items"),
                                    tr("One request may carry at most %1 items; this one has %2.")
                                        .arg(RequestParsing::MaxBulkItems)
                                        .arg(array.size()),
                                    {{QStringLiteral("field"), key},
                                     {QStringLiteral("max"), RequestParsing::MaxBulkItems},
                                     {QStringLiteral("count"), static_cast<qint64>(array.size())}});
        return std::nullopt;
    }
    if (array.isEmpty()) {
        *error = ApiResponse::error(422, QStringLiteral("no_items"),
                                    tr("\"%1\" is empty: there is nothing to do.").arg(key),
                                    {{QStringLiteral("field"), key}});
        return std::nullopt;
    }
    return array;
}

} // namespace

namespace RequestParsing {

std::optional<PageRequest> pageRequest(const ApiRequest &request, const QStringList &sortFields,
                                       ApiResponse *error)
{
    PageRequest page;
    const QUrlQuery &query = request.query;
    // page=1&page=2 is ambiguous: refuse it rather than silently take one.
    for (const QString &name : {QStringLiteral("page"), QStringLiteral("size"),
                                QStringLiteral("sort"), QStringLiteral("q")}) {
        if (query.allQueryItemValues(name).size() > 1) {
            *error = invalidParameter(name, tr("\"%1\" may be given only once.").arg(name));
            return std::nullopt;
        }
    }
    if (query.hasQueryItem(QStringLiteral("page"))) {
        const auto value = nonNegativeInt(query.queryItemValue(QStringLiteral("page")));
        if (!value) {
            *error = invalidParameter(QStringLiteral("page"),
                                      tr("\"page\" must be a whole number from 0."));
            return std::nullopt;
        }
        page.page = *value;
    }
    page.size = DefaultPageSize;
    if (query.hasQueryItem(QStringLiteral("size"))) {
        const auto value = nonNegativeInt(query.queryItemValue(QStringLiteral("size")));
        if (!value || *value < 1 || *value > MaxPageSize) {
            *error = invalidParameter(
                QStringLiteral("size"),
                tr("\"size\" must be a whole number from 1 to %1.").arg(MaxPageSize));
            return std::nullopt;
        }
        page.size = *value;
    }
    if (query.hasQueryItem(QStringLiteral("sort"))) {
        const QString sort = query.queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded);
        const QStringList parts = sort.split(QLatin1Char(','));
        const bool directionValid =
            parts.size() == 1 || (parts.size() == 2 && (parts.at(1) == QLatin1String("asc") ||
                                                        parts.at(1) == QLatin1String("desc")));
        if (!directionValid || !sortFields.contains(parts.at(0))) {
            *error = ApiResponse::error(
                400, QStringLiteral("invalid_parameter"),
                tr("\"sort\" must be field,asc or field,desc with one of these fields: %1.")
                    .arg(sortFields.join(QStringLiteral(", "))),
                {{QStringLiteral("parameter"), QStringLiteral("sort")},
                 {QStringLiteral("allowed"), QJsonArray::fromStringList(sortFields)}});
            return std::nullopt;
        }
        page.sortField = parts.at(0);
        page.descending = parts.size() == 2 && parts.at(1) == QLatin1String("desc");
    }
    page.foldedQuery =
        SearchKey::fold(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed());
    return page;
}

bool optionalQueryInt(const ApiRequest &request, const QString &name, int minimum, int maximum,
                      std::optional<int> *value, ApiResponse *error)
{
    const QStringList given = request.query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (given.isEmpty())
        return true;
    const std::optional<int> number =
        given.size() == 1 ? nonNegativeInt(given.first()) : std::nullopt;
    if (!number || *number < minimum || *number > maximum) {
        *error =
            invalidParameter(name, tr("\"%1\" must be a whole number from %2 to %3, given once.")
                                       .arg(name)
                                       .arg(minimum)
                                       .arg(maximum));
        return false;
    }
    *value = number;
    return true;
}

std::optional<QJsonObject> jsonObject(const ApiRequest &request, ApiResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = ApiResponse::error(400, QStringLiteral("invalid_json"),
                                    parseError.error != QJsonParseError::NoError
                                        ? tr("The body is not valid JSON: %1 at offset %2.")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset)
                                        : tr("The body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

std::optional<QList<qint64>> idList(const QJsonObject &object, const QString &key,
                                    ApiResponse *error)
{
    const auto array = itemArray(object, key, error);
    if (!array)
        return std::nullopt;
    QList<qint64> ids;
    ids.reserve(array->size());
    for (const QJsonValue &value : *array) {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != static_cast<double>(value.toInteger()) || number < 0) {
            *error = ApiResponse::error(400, QStringLiteral("invalid_request"),
                                        tr("\"%1\" must hold whole-number ids only.").arg(key),
                                        {{QStringLiteral("field"), key}});
            return std::nullopt;
        }
        ids.append(value.toInteger());
    }
    return ids;
}

std::optional<QStringList> stringList(const QJsonObject &object, const QString &key,
                                      ApiResponse *error)
{
    const auto array = itemArray(object, key, error);
    if (!array)
        return std::nullopt;
    QStringList strings;
    strings.reserve(array->size());
    for (const QJsonValue &value : *array) {
        if (!value.isString()) {
            *error = ApiResponse::error(400, QStringLiteral("invalid_request"),
                                        tr("\"%1\" must hold strings only.").arg(key),
                                        {{QStringLiteral("field"), key}});
            return std::nullopt;
        }
        strings.append(value.toString());
    }
    return strings;
}

std::optional<bool> optionalBool(const QJsonObject &object, const QString &key, bool fallback,
                                 ApiResponse *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        *error = ApiResponse::error(400, QStringLiteral("invalid_request"),
                                    tr("\"%1\" must be true or false.").arg(key),
                                    {{QStringLiteral("field"), key}});
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<char16_t> firstUnprintable(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || c.category() == QChar::Other_Control ||
            (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return u;
    }
    return std::nullopt;
}

QString unitName(char16_t unit)
{
    return QStringLiteral("U+") +
           QString::number(unit, 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

std::optional<qint64> positiveId(const QString &text)
{
    // No leading zero: one id has one spelling ("01" is not 1).
    if (text.isEmpty() || text.size() > 18 || text.startsWith(QLatin1Char('0')))
        return std::nullopt;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    const qint64 id = text.toLongLong();
    if (id <= 0)
        return std::nullopt;
    return id;
}

} // namespace RequestParsing
