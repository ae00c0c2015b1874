#pragma once

#include "ApiClient.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

/// Internal to ApiClient: fetches every page of one list (api.md, Lists),
/// keeping up to `pagesInFlight` page requests open at once, and hands the
/// concatenated records to the caller. Page 0 comes first, alone, because its
/// "total" decides how many pages there are.
class ListFetch : public QObject
{
public:
    using Query = QList<QPair<QString, QString>>;

    ListFetch(ApiClient *client, ApiClient::RequestId id, QString path, Query query,
              QObject *context, ApiClient::Progress progress);

    void start();
    /// Aborts every page in flight; no callback is called afterwards.
    void cancel();

protected:
    /// Converts one page's "items" into records kept for page `page`; false
    /// with `why` set when an item is malformed.
    virtual bool takePage(int page, const QJsonArray &items, QString *why) = 0;
    virtual void reservePages(int pageCount, qint64 total) = 0;
    virtual void deliver() = 0;
    virtual void deliverError(const ClientError &error) = 0;
    /// Whether the caller's context still exists.
    bool contextAlive() const { return !m_context.isNull(); }

private:
    void requestPage(int page);
    void onPage(int page, QNetworkReply *reply);
    void fail(const ClientError &error);
    void finish();

    ApiClient *m_client;
    ApiClient::RequestId m_id;
    QString m_path;
    Query m_query;
    QPointer<QObject> m_context;
    ApiClient::Progress m_progress;
    QList<QPointer<QNetworkReply>> m_inFlight;
    int m_pageSize = ApiClient::DefaultPageSize;
    int m_pageCount = 1;
    int m_nextPage = 0;
    int m_pagesDone = 0;
    qint64 m_total = 0;
    qint64 m_received = 0;
    bool m_finished = false;
};

/// ListFetch for one record type, decoded with `Decode` (e.g. JsonCodec::memberFromJson).
template<typename T> class ListFetchOf : public ListFetch
{
public:
    using Decode = std::optional<T> (*)(const QJsonObject &);

    ListFetchOf(ApiClient *client, ApiClient::RequestId id, QString path, Query query,
                QObject *context, ApiClient::Callback<QList<T>> done, ApiClient::Progress progress,
                Decode decode)
        : ListFetch(client, id, std::move(path), std::move(query), context, std::move(progress)),
          m_done(std::move(done)), m_decode(decode)
    {}

protected:
    void reservePages(int pageCount, qint64 total) override
    {
        m_pages.resize(pageCount);
        m_reserve = total;
    }
    bool takePage(int page, const QJsonArray &items, QString *why) override
    {
        if (page >= m_pages.size())
            m_pages.resize(page + 1);
        QList<T> &records = m_pages[page];
        records.reserve(items.size());
        for (const QJsonValue &item : items) {
            std::optional<T> record = m_decode(item.toObject());
            if (!record) {
                *why = QStringLiteral("malformed record on page %1").arg(page);
                return false;
            }
            records.append(std::move(*record));
        }
        return true;
    }
    void deliver() override
    {
        QList<T> all;
        all.reserve(m_reserve);
        for (QList<T> &page : m_pages) {
            for (T &record : page)
                all.append(std::move(record));
            page = {};
        }
        if (contextAlive() && m_done)
            m_done(ApiResult<QList<T>>(std::move(all)));
    }
    void deliverError(const ClientError &error) override
    {
        if (contextAlive() && m_done)
            m_done(ApiResult<QList<T>>(error));
    }

private:
    ApiClient::Callback<QList<T>> m_done;
    Decode m_decode;
    QVector<QList<T>> m_pages;
    qint64 m_reserve = 0;
};
