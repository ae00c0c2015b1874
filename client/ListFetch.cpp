#include "ListFetch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

#include <algorithm>

ListFetch::ListFetch(ApiClient *client, ApiClient::RequestId id, QString path, Query query,
                     QObject *context, ApiClient::Progress progress)
    : QObject(client), m_client(client), m_id(id), m_path(std::move(path)),
      m_query(std::move(query)), m_context(context), m_progress(std::move(progress)),
      m_pageSize(client->pageSize())
{}

void ListFetch::start()
{
    requestPage(0);
}

void ListFetch::requestPage(int page)
{
    Query query = m_query;
    query.append({QStringLiteral("page"), QString::number(page)});
    query.append({QStringLiteral("size"), QString::number(m_pageSize)});
    QNetworkReply *reply = m_client->get(m_path, query);
    m_inFlight.append(reply);
    m_nextPage = std::max(m_nextPage, page + 1);
    connect(reply, &QNetworkReply::finished, this, [this, page, reply] { onPage(page, reply); });
}

void ListFetch::onPage(int page, QNetworkReply *reply)
{
    m_inFlight.removeAll(reply);
    reply->deleteLater();
    if (m_finished)
        return;
    if (!contextAlive()) {
        cancel();
        return;
    }
    const ClientError error = ApiClient::errorOf(reply, m_client->timeout());
    if (!error.isNull())
        return fail(error);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    const QJsonObject body = document.object();
    const QJsonValue items = body.value(QLatin1String("items"));
    const QJsonValue total = body.value(QLatin1String("total"));
    if (parseError.error != QJsonParseError::NoError || !items.isArray() || !total.isDouble())
        return fail(ClientError::badResponse(
            parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : QStringLiteral("a list page without \"items\" and \"total\"")));

    const QJsonArray array = items.toArray();
    if (page == 0) {
        m_total = std::max<qint64>(0, qint64(total.toDouble()));
        // Bounded: at most total/size pages, whatever the server does later.
        m_pageCount = std::max<qint64>(1, (m_total + m_pageSize - 1) / m_pageSize);
        reservePages(m_pageCount, m_total);
    }
    QString why;
    if (!takePage(page, array, &why))
        return fail(ClientError::badResponse(why));
    m_received += array.size();
    ++m_pagesDone;
    if (m_progress)
        m_progress(m_received, std::max(m_total, m_received));

    if (m_pagesDone >= m_pageCount)
        return finish();
    while (m_nextPage < m_pageCount && m_inFlight.size() < m_client->pagesInFlight())
        requestPage(m_nextPage);
}

void ListFetch::fail(const ClientError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_inFlight.clear();
    m_client->m_lists.remove(m_id);
    deliverError(error);
    deleteLater();
}

void ListFetch::finish()
{
    m_finished = true;
    m_client->m_lists.remove(m_id);
    deliver();
    deleteLater();
}

void ListFetch::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_inFlight.clear();
    m_client->m_lists.remove(m_id);
    deleteLater();
}
