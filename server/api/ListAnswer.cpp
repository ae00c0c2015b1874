#include "ListAnswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ListAnswer", text);
}

} // namespace

namespace ListAnswer {

bool changedSince(const ApiRequest &request, const ChangePosition &current,
                  std::optional<ChangePosition> *since, ApiResponse *error)
{
    const QString name = QStringLiteral("changedSince");
    since->reset();
    const QStringList values = request.query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.isEmpty())
        return true;
    const std::optional<ChangePosition> position =
        values.size() == 1 ? ChangePosition::fromCursor(values.constFirst()) : std::nullopt;
    if (!position) {
        *error = ApiResponse::error(
            400, QStringLiteral("invalid_parameter"),
            values.size() == 1
                ? tr("\"changedSince\" must be the \"cursor\" of an earlier answer of this server.")
                : tr("\"changedSince\" may be given only once."),
            {{QStringLiteral("parameter"), name}});
        return false;
    }
    if (!ChangeLog::canServe(*position, current)) {
        const QString reason = position->databaseId != current.databaseId
                                   ? QStringLiteral("other_database")
                               : position->organizationId != current.organizationId
                                   ? QStringLiteral("other_organization")
                                   : QStringLiteral("ahead_of_database");
        *error = ApiResponse::error(
            410, QStringLiteral("cursor_expired"),
            tr("The changes since this cursor cannot be told; load the whole list again."),
            {{QStringLiteral("reason"), reason}});
        return false;
    }
    *since = position;
    return true;
}

void begin(JsonWriter &writer)
{
    writer.beginObject();
    writer.key("items");
    writer.beginArray();
}

void end(JsonWriter &writer, const Head &head)
{
    writer.endArray();
    writer.key("page");
    writer.value(head.page.page);
    writer.key("size");
    writer.value(head.page.size);
    writer.key("total");
    writer.value(head.total);
    writer.key("totalIsLowerBound");
    writer.value(head.totalIsLowerBound);
    writer.key("cursor");
    writer.value(head.position.toCursor());
    writer.key("next");
    if (head.next)
        writer.value(toToken(*head.next));
    else
        writer.null();
    if (head.removedIds) {
        writer.key("removedIds");
        writer.beginArray();
        for (qint64 id : *head.removedIds)
            writer.value(id);
        writer.endArray();
    }
    writer.endObject();
}

QString toToken(const PageKey &key)
{
    QJsonValue value;
    if (key.value.isNull())
        value = QJsonValue::Null;
    else if (key.value.typeId() == QMetaType::QString)
        value = key.value.toString();
    else
        value = key.value.toLongLong();
    const QJsonArray array{key.sort, value, key.id};
    return QString::fromLatin1(
        QJsonDocument(array)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<PageKey> fromToken(const QString &token, const QStringList &textFields)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    const QJsonArray array = document.array();
    if (array.size() != 3 || !array.at(0).isString() || !array.at(2).isDouble())
        return std::nullopt;
    // Whole numbers only: ids and every numeric sort column are integers.
    auto whole = [](double number) {
        return std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 9.0e15;
    };
    PageKey key;
    key.sort = array.at(0).toString();
    if (!whole(array.at(2).toDouble()))
        return std::nullopt;
    key.id = static_cast<qint64>(array.at(2).toDouble());
    const QJsonValue value = array.at(1);
    const bool text = textFields.contains(key.sort.section(QLatin1Char(','), 0, 0));
    if (value.isNull()) {
        key.value = QVariant();
    } else if (text && value.isString()) {
        key.value = value.toString();
    } else if (!text && value.isDouble() && whole(value.toDouble())) {
        key.value = static_cast<qint64>(value.toDouble());
    } else {
        return std::nullopt;
    }
    return key;
}

bool after(const ApiRequest &request, const QString &sort, const QStringList &textFields,
           PageRequest *page, ApiResponse *error)
{
    const QString name = QStringLiteral("after");
    const QStringList values = request.query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.isEmpty())
        return true;
    QString message;
    std::optional<PageKey> key;
    if (values.size() > 1)
        message = tr("\"after\" may be given only once.");
    else if (page->page != 0)
        message = tr("\"after\" and \"page\" cannot be combined: \"after\" is the page's start.");
    else if (!page->foldedQuery.isEmpty())
        message = tr("\"after\" cannot be combined with a search (\"q\").");
    else if (request.query.hasQueryItem(QStringLiteral("changedSince")))
        message = tr("\"after\" cannot be combined with \"changedSince\".");
    else if (key = fromToken(values.constFirst(), textFields); !key || key->sort != sort)
        message = tr("\"after\" must be the \"next\" of an earlier answer of this list, "
                     "in the same sort.");
    if (!message.isEmpty()) {
        *error = ApiResponse::error(400, QStringLiteral("invalid_parameter"), message,
                                    {{QStringLiteral("parameter"), name}});
        return false;
    }
    page->after = std::move(key);
    return true;
}

ApiResponse response(QByteArray body)
{
    ApiResponse answer;
    answer.body = std::move(body);
    return answer;
}

} // namespace ListAnswer
