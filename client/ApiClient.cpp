#include "ApiClient.h"

#include "ListFetch.h"
#include "ServerUrl.h"

#include <JsonCodec.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
#ifndef QT_NO_SSL
#include <QSslError>
#endif

#include <algorithm>

namespace {

constexpr const char *CanceledProperty = "testops_canceled";
constexpr const char *TlsProblemsProperty = "testops_tlsProblems";

// Reads a JSON object body; a BadResponse error when it is not one.
ApiResult<QJsonObject> readObject(QNetworkReply *reply)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ClientError::badResponse(parseError.errorString());
    if (!document.isObject())
        return ClientError::badResponse(QStringLiteral("the answer is not a JSON object"));
    return document.object();
}

// Retry-After is delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
int retryAfterSeconds(QNetworkReply *reply)
{
    const QByteArray raw = reply->rawHeader("Retry-After").trimmed();
    if (raw.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = raw.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    // An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); Qt's RFC 2822 parser
    // wants a numeric zone.
    QString text = QString::fromLatin1(raw);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(double(id));
    return array;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiResult<BulkResult> readBulk(const QJsonObject &body)
{
    std::optional<BulkResult> bulk = JsonCodec::bulkResultFromJson(body);
    if (!bulk)
        return ClientError::badResponse(QStringLiteral("a malformed bulk answer"));
    return std::move(*bulk);
}

} // namespace

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Redirects only within the same scheme, host and port: the Bearer token
    // must never follow a redirect to another server. TLS verification stays
    // at Qt's default (peers verified against the system's CAs).
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient()
{
    cancelAll();
    // Pool threads post their pages to ListFetch children: none may still run
    // when the children are deleted.
    m_parsePool.waitForDone();
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = ServerUrl::normalized(url);
}

void ApiClient::setToken(const QString &token)
{
    m_token = token.trimmed();
}

void ApiClient::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds < 1 ? DefaultTimeoutMs : milliseconds;
}

void ApiClient::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 1000);
}

void ApiClient::setPagesInFlight(int pages)
{
    m_pagesInFlight = std::clamp(pages, 1, 16);
}

QUrl ApiClient::apiUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(url.path() + QStringLiteral("/api/v1") + path);
    if (!query.isEmpty()) {
        QUrlQuery urlQuery;
        urlQuery.setQueryItems(query);
        url.setQuery(urlQuery);
    }
    return url;
}

bool ApiClient::hasUsableBaseUrl() const
{
    const QString scheme = m_baseUrl.scheme();
    return m_baseUrl.isValid() && !m_baseUrl.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QNetworkReply *ApiClient::get(const QString &path, const QList<QPair<QString, QString>> &query)
{
    if (!hasUsableBaseUrl())
        return nullptr;
    QNetworkRequest request(apiUrl(path, query));
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->get(request);
#ifndef QT_NO_SSL
    // Recorded for the message only; the errors are never ignored.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList problems;
        for (const QSslError &error : errors)
            problems.append(error.errorString());
        reply->setProperty(TlsProblemsProperty, problems);
    });
#endif
    return reply;
}

QNetworkReply *ApiClient::post(const QString &path, const QByteArray &json)
{
    if (!hasUsableBaseUrl())
        return nullptr;
    QNetworkRequest request(apiUrl(path, {}));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->post(request, json);
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList problems;
        for (const QSslError &error : errors)
            problems.append(error.errorString());
        reply->setProperty(TlsProblemsProperty, problems);
    });
#endif
    return reply;
}

ClientError ApiClient::errorOf(QNetworkReply *reply, int timeoutMs)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QByteArray body = reply->readAll();
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const ApiError apiError = JsonCodec::apiErrorFromJson(object).value_or(ApiError{});
        return ClientError::fromHttpStatus(status, apiError.code, apiError.message,
                                           apiError.details, retryAfterSeconds(reply));
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError) {
        if (status < 200 || status > 299)
            return ClientError::badResponse(QStringLiteral("HTTP status %1").arg(status));
        return {};
    }
    switch (error) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // Qt reports an expired transfer timeout as a cancellation; our own
        // cancellations are marked on the reply.
        if (reply->property(CanceledProperty).toBool())
            return ClientError::canceled();
        return ClientError::timeout(timeoutMs / 1000.0);
    case QNetworkReply::SslHandshakeFailedError:
        return ClientError::tls(reply->property(TlsProblemsProperty).toStringList(),
                                reply->errorString());
    case QNetworkReply::ConnectionRefusedError:
        return ClientError::network(reply->errorString(), true);
    case QNetworkReply::HostNotFoundError:
        return ClientError::network(reply->errorString(), false, true, reply->url().host());
    default:
        return ClientError::network(reply->errorString());
    }
}

ApiClient::RequestId ApiClient::track(QNetworkReply *reply, QObject *context, Handler handler)
{
    const RequestId id = nextId();
    if (!context)
        context = this;
    if (!reply) {
        // No usable base URL: fail later, like any request, without a reply.
        const ClientError error = ClientError::invalidServerUrl(m_baseUrl.toString());
        m_unsent.insert(id);
        QPointer<ApiClient> self(this);
        QMetaObject::invokeMethod(
            context,
            [self, id, handler, error] {
                if (self && self->m_unsent.remove(id))
                    handler(nullptr, error);
            },
            Qt::QueuedConnection);
        return id;
    }
    m_replies.insert(id, reply);
    // The context as receiver: no callback once it is gone, and a queued one
    // into its thread otherwise.
    connect(reply, &QNetworkReply::finished, context, [this, id, reply, handler] {
        m_replies.remove(id);
        reply->deleteLater();
        if (reply->property(CanceledProperty).toBool())
            return;
        handler(reply, errorOf(reply, m_timeoutMs));
    });
    // (The client itself as context needs no such link: its destructor cancels everything.)
    if (context != this)
        connect(context, &QObject::destroyed, reply, [this, id] { cancel(id); });
    return id;
}

namespace {

template<typename T> ApiClient::Callback<T> orIgnore(ApiClient::Callback<T> done)
{
    if (done)
        return done;
    return [](ApiResult<T>) {};
}

} // namespace

ApiClient::RequestId ApiClient::health(QObject *context, Callback<QString> done)
{
    done = orIgnore(std::move(done));
    return track(
        get(QStringLiteral("/health")), context,
        [done](QNetworkReply *reply, const ClientError &error) {
            if (!error.isNull())
                return done(error);
            ApiResult<QJsonObject> body = readObject(reply);
            if (!body)
                return done(body.error());
            if (body.value().value(QLatin1String("status")).toString() != QLatin1String("ok"))
                return done(
                    ClientError::badResponse(QStringLiteral("health status is not \"ok\"")));
            done(body.value().value(QLatin1String("version")).toString());
        });
}

ApiClient::RequestId ApiClient::me(QObject *context, Callback<CurrentUser> done)
{
    done = orIgnore(std::move(done));
    return track(get(QStringLiteral("/me")), context,
                 [done](QNetworkReply *reply, const ClientError &error) {
                     if (!error.isNull())
                         return done(error);
                     ApiResult<QJsonObject> body = readObject(reply);
                     if (!body)
                         return done(body.error());
                     std::optional<CurrentUser> user = JsonCodec::currentUserFromJson(body.value());
                     if (!user)
                         return done(ClientError::badResponse(QStringLiteral("malformed /me")));
                     done(std::move(*user));
                 });
}

ApiClient::RequestId ApiClient::organization(qint64 orgId, QObject *context,
                                             Callback<Organization> done)
{
    done = orIgnore(std::move(done));
    return track(get(QStringLiteral("/organizations/%1").arg(orgId)), context,
                 [done](QNetworkReply *reply, const ClientError &error) {
                     if (!error.isNull())
                         return done(error);
                     ApiResult<QJsonObject> body = readObject(reply);
                     if (!body)
                         return done(body.error());
                     std::optional<Organization> organization =
                         JsonCodec::organizationFromJson(body.value());
                     if (!organization)
                         return done(
                             ClientError::badResponse(QStringLiteral("malformed organization")));
                     done(std::move(*organization));
                 });
}

ApiClient::RequestId ApiClient::auditEvents(qint64 orgId, const AuditEventQuery &query,
                                            QObject *context, Callback<AuditEventPage> done)
{
    done = orIgnore(std::move(done));
    // Fully encoded: a search for "R&D + 100%" reaches the server as typed.
    return track(
        get(QStringLiteral("/organizations/%1/audit-events").arg(orgId),
            query.toUrlQuery().queryItems(QUrl::FullyEncoded)),
        context, [done](QNetworkReply *reply, const ClientError &error) {
            if (!error.isNull())
                return done(error);
            ApiResult<QJsonObject> body = readObject(reply);
            if (!body)
                return done(body.error());
            std::optional<AuditEventPage> page = JsonCodec::auditEventPageFromJson(body.value());
            if (!page)
                return done(ClientError::badResponse(QStringLiteral("malformed audit events")));
            done(std::move(*page));
        });
}

ApiClient::RequestId ApiClient::fetchMembers(qint64 orgId, MemberStatus status, QObject *context,
                                             Callback<QList<Member>> done, Progress progress)
{
    const RequestId id = nextId();
    if (!context)
        context = this;
    auto *fetch = new ListFetchOf<Member>(
        this, id, QStringLiteral("/organizations/%1/members").arg(orgId),
        {{QStringLiteral("status"), JsonCodec::statusName(status)}}, context,
        orIgnore(std::move(done)), std::move(progress), &JsonCodec::memberFromJson,
        [](const Member &member) { return member.userId; });
    m_lists.insert(id, fetch);
    if (context != this)
        connect(context, &QObject::destroyed, fetch, [fetch] { fetch->cancel(); });
    fetch->start();
    return id;
}

ApiClient::RequestId ApiClient::fetchInvitations(qint64 orgId, QObject *context,
                                                 Callback<QList<Invitation>> done,
                                                 Progress progress)
{
    const RequestId id = nextId();
    if (!context)
        context = this;
    auto *fetch = new ListFetchOf<Invitation>(
        this, id, QStringLiteral("/organizations/%1/invitations").arg(orgId),
        {{QStringLiteral("status"), QStringLiteral("open")}}, context, orIgnore(std::move(done)),
        std::move(progress), &JsonCodec::invitationFromJson,
        [](const Invitation &invitation) { return invitation.id; });
    m_lists.insert(id, fetch);
    if (context != this)
        connect(context, &QObject::destroyed, fetch, [fetch] { fetch->cancel(); });
    fetch->start();
    return id;
}

ApiClient::RequestId ApiClient::postBulk(const QString &path, const QByteArray &body,
                                         QObject *context, Callback<BulkResult> done)
{
    done = orIgnore(std::move(done));
    return track(post(path, body), context, [done](QNetworkReply *reply, const ClientError &error) {
        if (!error.isNull())
            return done(error);
        ApiResult<QJsonObject> object = readObject(reply);
        if (!object)
            return done(object.error());
        done(readBulk(object.value()));
    });
}

ApiClient::RequestId ApiClient::invite(qint64 orgId, const QStringList &emails, Role role,
                                       const QStringList &licenses, QObject *context,
                                       Callback<BulkResult> done)
{
    const QJsonObject body{{QStringLiteral("emails"), QJsonArray::fromStringList(emails)},
                           {QStringLiteral("role"), Roles::toApiName(role)},
                           {QStringLiteral("licenses"), QJsonArray::fromStringList(licenses)}};
    return postBulk(QStringLiteral("/organizations/%1/invitations").arg(orgId), compact(body),
                    context, std::move(done));
}

ApiClient::RequestId ApiClient::revoke(qint64 orgId, const QList<qint64> &invitationIds,
                                       QObject *context, Callback<BulkResult> done)
{
    const QJsonObject body{{QStringLiteral("ids"), idArray(invitationIds)}};
    return postBulk(QStringLiteral("/organizations/%1/invitations/revoke").arg(orgId),
                    compact(body), context, std::move(done));
}

ApiClient::RequestId ApiClient::resend(qint64 orgId, const QList<qint64> &invitationIds,
                                       QObject *context, Callback<BulkResult> done)
{
    const QJsonObject body{{QStringLiteral("ids"), idArray(invitationIds)}};
    return postBulk(QStringLiteral("/organizations/%1/invitations/resend").arg(orgId),
                    compact(body), context, std::move(done));
}

ApiClient::RequestId ApiClient::removeMembers(qint64 orgId, const QList<qint64> &userIds,
                                              QObject *context, Callback<BulkResult> done)
{
    const QJsonObject body{{QStringLiteral("userIds"), idArray(userIds)}};
    return postBulk(QStringLiteral("/organizations/%1/members/remove").arg(orgId), compact(body),
                    context, std::move(done));
}

ApiClient::RequestId ApiClient::changeRole(qint64 orgId, const QList<qint64> &userIds, Role role,
                                           bool removeFromTeams, QObject *context,
                                           Callback<BulkResult> done)
{
    const QJsonObject body{{QStringLiteral("userIds"), idArray(userIds)},
                           {QStringLiteral("role"), Roles::toApiName(role)},
                           {QStringLiteral("removeFromTeams"), removeFromTeams}};
    return postBulk(QStringLiteral("/organizations/%1/members/change-role").arg(orgId),
                    compact(body), context, std::move(done));
}

ApiClient::RequestId ApiClient::transferOwnership(qint64 orgId, qint64 userId, QObject *context,
                                                  Callback<BulkResult> done)
{
    done = orIgnore(std::move(done));
    const QJsonObject body{{QStringLiteral("userId"), double(userId)}};
    return track(post(QStringLiteral("/organizations/%1/ownership").arg(orgId), compact(body)),
                 context, [done, userId](QNetworkReply *reply, const ClientError &error) {
                     if (!error.isNull())
                         return done(error);
                     ApiResult<QJsonObject> object = readObject(reply);
                     if (!object)
                         return done(object.error());
                     const std::optional<OwnershipTransfer> transfer =
                         JsonCodec::ownershipTransferFromJson(object.value());
                     if (!transfer)
                         return done(ClientError::badResponse(
                             QStringLiteral("a malformed ownership answer")));
                     // One item, so that a transfer reports like the other actions.
                     ItemResult item;
                     item.id = userId;
                     item.email = transfer->owner.email;
                     item.status = ItemStatus::Transferred;
                     item.role = transfer->owner.role;
                     done(BulkResult{item});
                 });
}

void ApiClient::cancel(RequestId id)
{
    m_unsent.remove(id);
    if (QPointer<QNetworkReply> reply = m_replies.take(id)) {
        // Not abort(): a reply whose failure is already queued inside Qt (e.g.
        // a refused reconnect of a kept-alive connection) would report a
        // second error and warn "this method must only be called once".
        // Deleting the reply stops its transfer just as well.
        reply->setProperty(CanceledProperty, true);
        reply->deleteLater();
    }
    if (QPointer<ListFetch> fetch = m_lists.take(id))
        fetch->cancel();
}

void ApiClient::cancelAll()
{
    m_unsent.clear();
    const QList<RequestId> ids = m_replies.keys() + m_lists.keys();
    for (RequestId id : ids)
        cancel(id);
}

int ApiClient::pendingRequests() const
{
    return int(m_replies.size() + m_lists.size() + m_unsent.size());
}
