#include "ListAnswer.h"

#include <QCoreApplication>

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
    if (head.removedIds) {
        writer.key("removedIds");
        writer.beginArray();
        for (qint64 id : *head.removedIds)
            writer.value(id);
        writer.endArray();
    }
    writer.endObject();
}

ApiResponse response(QByteArray body)
{
    ApiResponse answer;
    answer.body = std::move(body);
    return answer;
}

} // namespace ListAnswer
