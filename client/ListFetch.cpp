#include "ListFetch.h"

#include <QNetworkReply>

#include <algorithm>

ListFetch::ListFetch(ApiClient *client, ApiClient::RequestId id, QString path, Query query,
                     QObject *context, ApiClient::Progress progress)
    : QObject(client), m_client(client), m_id(id), m_path(std::move(path)),
      m_query(std::move(query)), m_context(context), m_progress(std::move(progress)),
      m_pageSize(client->pageSize())
{}

QThreadPool *ListFetch::pool() const
{
    return &m_client->m_parsePool;
}

void ListFetch::start()
{
    requestPage(0);
}

void ListFetch::requestPage(int page, const QString &after)
{
    Query query = m_query;
    if (after.isEmpty())
        query.append({QStringLiteral("page"), QString::number(page)});
    else
        query.append({QStringLiteral("after"), after});
    query.append({QStringLiteral("size"), QString::number(m_pageSize)});
    m_after = after;
    QNetworkReply *reply = m_client->get(m_path, query);
    if (!reply) {
        const ClientError error = ClientError::invalidServerUrl(m_client->baseUrl().toString());
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
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
    parseAsync(page, reply->readAll());
    // The next pages go out while this one is parsed; page 0 alone decides
    // the count. Paged by key, the next page needs this one's "next" first.
    if (page > 0 && !m_keyset) {
        while (m_nextPage < m_pageCount && m_inFlight.size() < m_client->pagesInFlight())
            requestPage(m_nextPage);
    }
}

void ListFetch::pageParsed(int page, const ParsedPage &parsed)
{
    --m_parsing;
    if (m_finished) {
        end();
        return;
    }
    if (!contextAlive()) {
        cancel();
        return;
    }
    if (!parsed.error.isEmpty())
        return fail(ClientError::badResponse(parsed.error));
    if (page == 0) {
        m_total = std::max<qint64>(0, parsed.total);
        m_keyset = parsed.keyset;
        // Bounded: at most total/size pages, whatever the server does later.
        m_pageCount = int(std::max<qint64>(1, (m_total + m_pageSize - 1) / m_pageSize));
    }
    m_received += parsed.count;
    ++m_pagesDone;
    if (m_progress)
        m_progress(m_received, std::max(m_total, m_received));

    if (m_keyset) {
        // Until a page says there is none after it. A key that does not move
        // would loop forever: a broken server, not a longer list.
        if (parsed.next.isEmpty() || parsed.count == 0)
            return finish();
        if (parsed.next == m_after)
            return fail(ClientError::badResponse(
                QStringLiteral("a list page whose \"next\" is the page's own start")));
        return requestPage(page + 1, parsed.next);
    }

    if (m_pagesDone >= m_pageCount)
        return finish();
    while (m_nextPage < m_pageCount && m_inFlight.size() < m_client->pagesInFlight())
        requestPage(m_nextPage);
}

void ListFetch::fail(const ClientError &error)
{
    if (m_finished)
        return;
    cancel();
    deliverError(error);
}

void ListFetch::finish()
{
    m_finished = true;
    m_client->m_lists.remove(m_id);
    deliver();
    end();
}

void ListFetch::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->deleteLater(); // stops the transfer; see ApiClient::cancel()
        }
    }
    m_inFlight.clear();
    m_client->m_lists.remove(m_id);
    end();
}

void ListFetch::end()
{
    // Parses still running will post back here: stay until the last one has.
    if (m_parsing == 0)
        deleteLater();
}
