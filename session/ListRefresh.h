#pragma once

#include <ApiClient.h>
#include <LocalCache.h>

#include <QObject>
#include <QPointer>

/// One refresh of an organization's lists: the organization (name and
/// license pools) and the three lists, fetched at the same time through
/// ApiClient; the answer comes once, when all four have arrived, as the
/// snapshot LocalCache keeps. Deleting the object abandons its requests.
class ListRefresh : public QObject
{
    Q_OBJECT

public:
    ListRefresh(ApiClient *client, qint64 organizationId, QObject *parent = nullptr);
    ~ListRefresh() override;

    /// Sends the four requests; call once.
    void start();

signals:
    /// `received` of `total` records over the three lists (total 0: not known yet).
    void progress(qint64 received, qint64 total);
    /// Everything arrived; `snapshot.refreshedAt` is now (UTC).
    void finished(const CacheSnapshot &snapshot);
    /// A request failed; the others are abandoned.
    void failed(const ClientError &error);

private:
    enum List
    {
        ActiveList,
        RemovedList,
        InvitationList,
        ListCount
    };

    ApiClient::Progress progressOf(List list);
    bool answered(const ClientError &error);
    void countAnswer();

    /// Guarded: as siblings under one session, the client may be deleted first
    /// (children are deleted in the order they were created).
    QPointer<ApiClient> m_client;
    qint64 m_organizationId;
    CacheSnapshot m_snapshot;
    qint64 m_received[ListCount] = {};
    qint64 m_total[ListCount] = {};
    int m_answers = 0;
    bool m_failed = false;
    QList<ApiClient::RequestId> m_requests;
};
