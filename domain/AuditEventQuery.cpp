#include "AuditEventQuery.h"

#include "JsonCodec.h"

namespace {

const QString ActionParameter = QStringLiteral("action");
const QString ActorParameter = QStringLiteral("actorId");
const QString TargetParameter = QStringLiteral("targetUserId");
const QString FromParameter = QStringLiteral("from");
const QString ToParameter = QStringLiteral("to");
const QString SearchParameter = QStringLiteral("q");
const QString CursorParameter = QStringLiteral("cursor");
const QString SizeParameter = QStringLiteral("size");
const QString PageParameter = QStringLiteral("page");

constexpr int MaxSize = 1000;

// The server's answer to a bad parameter, in English like its other error
// messages (the app shows its own sentences, by error code).
QString message(const char *text)
{
    return QString::fromUtf8(text);
}

// ASCII digits only, no sign, at most 18 of them.
std::optional<qint64> wholeNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return text.toLongLong();
}

// ISO 8601 with a date, a time and "Z" or an offset: a time without a zone
// would depend on the server's.
QDateTime instant(const QString &text)
{
    const bool zoned = text.endsWith(QLatin1Char('Z')) || text.endsWith(QLatin1Char('z')) ||
                       (text.size() > 6 && (text.at(text.size() - 6) == QLatin1Char('+') ||
                                            text.at(text.size() - 6) == QLatin1Char('-')));
    if (!zoned || !text.contains(QLatin1Char('T')))
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QUrlQuery AuditEventQuery::toUrlQuery() const
{
    QUrlQuery query;
    for (AuditAction action : actions)
        query.addQueryItem(ActionParameter, JsonCodec::actionName(action));
    if (actorId > 0)
        query.addQueryItem(ActorParameter, QString::number(actorId));
    if (targetUserId > 0)
        query.addQueryItem(TargetParameter, QString::number(targetUserId));
    if (from.isValid())
        query.addQueryItem(FromParameter, from.toUTC().toString(Qt::ISODateWithMs));
    if (to.isValid())
        query.addQueryItem(ToParameter, to.toUTC().toString(Qt::ISODateWithMs));
    // QUrlQuery leaves '+' and '&' of a value alone in its encoded form; the
    // percent-encoded value keeps a search for "a+b" or "R&D" literal.
    if (!search.isEmpty())
        query.addQueryItem(SearchParameter, QString::fromLatin1(QUrl::toPercentEncoding(search)));
    if (!cursor.isEmpty())
        query.addQueryItem(CursorParameter, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    if (page >= 0)
        query.addQueryItem(PageParameter, QString::number(page));
    query.addQueryItem(SizeParameter, QString::number(size));
    return query;
}

std::optional<AuditEventQuery> AuditEventQuery::fromUrlQuery(const QUrlQuery &query, Error *error)
{
    const auto fail = [error](const QString &parameter, const QString &message) {
        *error = Error{parameter, message};
        return std::nullopt;
    };
    for (const QString &name : {ActorParameter, TargetParameter, FromParameter, ToParameter,
                                SearchParameter, CursorParameter, SizeParameter, PageParameter}) {
        if (query.allQueryItemValues(name).size() > 1)
            return fail(name, message("\"%1\" may be given only once.").arg(name));
    }
    AuditEventQuery result;
    for (const QString &name : query.allQueryItemValues(ActionParameter, QUrl::FullyDecoded)) {
        const auto action = JsonCodec::auditActionFromName(name);
        if (!action)
            return fail(ActionParameter, message("\"action\" must be one of: %1.").arg([] {
                QStringList names;
                for (AuditAction known : JsonCodec::auditActions())
                    names.append(JsonCodec::actionName(known));
                return names.join(QStringLiteral(", "));
            }()));
        if (!result.actions.contains(*action))
            result.actions.append(*action);
    }
    for (const auto &[name, field] : {std::pair{ActorParameter, &result.actorId},
                                      std::pair{TargetParameter, &result.targetUserId}}) {
        if (!query.hasQueryItem(name))
            continue;
        const auto id = wholeNumber(query.queryItemValue(name));
        if (!id || *id < 1)
            return fail(name, message("\"%1\" must be a user id.").arg(name));
        *field = *id;
    }
    for (const auto &[name, field] :
         {std::pair{FromParameter, &result.from}, std::pair{ToParameter, &result.to}}) {
        if (!query.hasQueryItem(name))
            continue;
        *field = instant(query.queryItemValue(name, QUrl::FullyDecoded));
        if (!field->isValid())
            return fail(name, message("\"%1\" must be an ISO 8601 date and time with a time zone, "
                                      "e.g. 2026-11-29T00:00:00Z.")
                                  .arg(name));
    }
    if (result.from.isValid() && result.to.isValid() && result.to <= result.from)
        return fail(ToParameter, message("\"to\" must be later than \"from\"."));
    result.search = query.queryItemValue(SearchParameter, QUrl::FullyDecoded).trimmed();
    result.cursor = query.queryItemValue(CursorParameter, QUrl::FullyDecoded);
    if (query.hasQueryItem(SizeParameter)) {
        const auto size = wholeNumber(query.queryItemValue(SizeParameter));
        if (!size || *size < 1 || *size > MaxSize)
            return fail(SizeParameter,
                        message("\"size\" must be a whole number from 1 to %1.").arg(MaxSize));
        result.size = int(*size);
    }
    if (query.hasQueryItem(PageParameter)) {
        const auto page = wholeNumber(query.queryItemValue(PageParameter));
        if (!page || *page > 100000000)
            return fail(PageParameter, message("\"page\" must be a whole number from 0."));
        if (!result.cursor.isEmpty())
            return fail(PageParameter, message("Give \"cursor\" or \"page\", not both."));
        result.page = int(*page);
    }
    return result;
}
