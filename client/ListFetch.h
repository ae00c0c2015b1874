#pragma once

#include "ApiClient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QVector>

/// Internal to ApiClient: fetches every page of one list and hands the
/// concatenated records to the caller, each record once (by id).
///
/// A server whose answers carry "next" (docs/openapi.json) is paged by key:
/// each page asks for the records `after` the previous page's last one, so a
/// record removed or added before the current position while the list loads
/// makes no other record skipped or repeated (paging by "page" offset would
/// shift every later record by one). Those pages go one after the other. A
/// server without "next" is paged by "page" and "size", keeping up to
/// `pagesInFlight` page requests open at once; page 0 comes first, alone,
/// because its "total" decides how many pages there are.
///
/// Pages are parsed and decoded on the client's parse pool, so the GUI thread
/// only moves bytes; the decoded records come back to this object's thread.
/// The object stays alive until every parse it started has reported back
/// (ApiClient's destructor waits for the pool), so a pool thread never posts
/// to a deleted object.
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
    /// What a pool thread found in one page's body.
    struct ParsedPage
    {
        qint64 total = -1;   ///< the server's "total"; -1 when the body was malformed
        qsizetype count = 0; ///< records decoded
        QString error;       ///< why the body or an item was malformed; empty when fine
        bool keyset = false; ///< the answer has "next" (the server pages by key)
        QString next;        ///< "next": where the following page starts; empty at the end
    };

    /// Starts parsing `body` of `page` on the pool; calls pageParsed() later in this thread.
    virtual void parseAsync(int page, QByteArray body) = 0;
    virtual void deliver() = 0;
    virtual void deliverError(const ClientError &error) = 0;
    /// Reports a parsed page (from parseAsync's continuation, in this thread).
    void pageParsed(int page, const ParsedPage &parsed);
    QThreadPool *pool() const;
    /// Whether the caller's context still exists.
    bool contextAlive() const { return !m_context.isNull(); }
    /// Whether the fetch ended (delivered, failed or canceled): late pages are dropped.
    bool ended() const { return m_finished; }
    void parseStarted() { ++m_parsing; }

    /// Parses one page body into records with `decode`; runs on a pool thread.
    template<typename T, typename Decode>
    static ParsedPage parse(const QByteArray &body, Decode decode, QList<T> *records)
    {
        ParsedPage result;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            result.error = parseError.errorString();
            return result;
        }
        const QJsonObject object = document.object();
        const QJsonValue items = object.value(QLatin1String("items"));
        const QJsonValue total = object.value(QLatin1String("total"));
        if (!items.isArray() || !total.isDouble()) {
            result.error = QStringLiteral("a list page without \"items\" and \"total\"");
            return result;
        }
        const QJsonArray array = items.toArray();
        records->reserve(array.size());
        for (const QJsonValue &item : array) {
            std::optional<T> record = decode(item.toObject());
            if (!record) {
                result.error = QStringLiteral("a malformed record");
                return result;
            }
            records->append(std::move(*record));
        }
        result.total = qint64(total.toDouble());
        result.count = records->size();
        const QJsonValue next = object.value(QLatin1String("next"));
        result.keyset = next.isString() || next.isNull();
        result.next = next.toString();
        return result;
    }

private:
    /// Asks for page `page`: by `after` when given, else by offset.
    void requestPage(int page, const QString &after = {});
    void onPage(int page, QNetworkReply *reply);
    void fail(const ClientError &error);
    void finish();
    void end();

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
    int m_parsing = 0;
    qint64 m_total = 0;
    qint64 m_received = 0;
    bool m_finished = false;
    bool m_keyset = false; ///< paged by key: known from page 0's answer
    QString m_after;       ///< the key the last requested page started after
};

/// ListFetch for one record type, decoded with `Decode` (e.g. JsonCodec::memberFromJson).
template<typename T> class ListFetchOf : public ListFetch
{
public:
    using Decode = std::optional<T> (*)(const QJsonObject &);
    using IdOf = qint64 (*)(const T &);

    ListFetchOf(ApiClient *client, ApiClient::RequestId id, QString path, Query query,
                QObject *context, ApiClient::Callback<QList<T>> done, ApiClient::Progress progress,
                Decode decode, IdOf idOf)
        : ListFetch(client, id, std::move(path), std::move(query), context, std::move(progress)),
          m_done(std::move(done)), m_decode(decode), m_idOf(idOf)
    {}

protected:
    void parseAsync(int page, QByteArray body) override
    {
        parseStarted();
        const Decode decode = m_decode;
        pool()->start([this, page, decode, body = std::move(body)] {
            QList<T> records;
            const ParsedPage parsed = parse<T>(body, decode, &records);
            QMetaObject::invokeMethod(
                this,
                [this, page, parsed, records = std::move(records)]() mutable {
                    if (!ended() && parsed.error.isEmpty()) {
                        if (page >= m_pages.size())
                            m_pages.resize(page + 1);
                        m_pages[page] = std::move(records);
                    }
                    pageParsed(page, parsed);
                },
                Qt::QueuedConnection);
        });
    }
    void deliver() override
    {
        qsizetype size = 0;
        for (const QList<T> &page : std::as_const(m_pages))
            size += page.size();
        // A record whose sort value changed while the list loaded may be on
        // two pages: the later page holds it as it is now.
        QHash<qint64, qsizetype> indexById;
        indexById.reserve(size);
        QList<T> all;
        all.reserve(size);
        for (QList<T> &page : m_pages) {
            for (T &record : page) {
                const auto [found, added] = tryInsert(indexById, m_idOf(record), all.size());
                if (added)
                    all.append(std::move(record));
                else
                    all[found] = std::move(record);
            }
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
    /// Inserts `id` → `index` unless `id` is there; its index, and whether it was added.
    static std::pair<qsizetype, bool> tryInsert(QHash<qint64, qsizetype> &indexById, qint64 id,
                                                qsizetype index)
    {
        const auto found = indexById.constFind(id);
        if (found != indexById.constEnd())
            return {*found, false};
        indexById.insert(id, index);
        return {index, true};
    }

    ApiClient::Callback<QList<T>> m_done;
    Decode m_decode;
    IdOf m_idOf;
    QVector<QList<T>> m_pages;
};
