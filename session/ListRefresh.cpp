#include "ListRefresh.h"

ListRefresh::ListRefresh(ApiClient *client, qint64 organizationId, QObject *parent)
    : QObject(parent), m_client(client), m_organizationId(organizationId)
{}

ListRefresh::~ListRefresh()
{
    if (!m_client)
        return;
    for (ApiClient::RequestId id : std::as_const(m_requests))
        m_client->cancel(id);
}

void ListRefresh::start()
{
    m_requests << m_client->organization(m_organizationId, this,
                                         [this](ApiResult<Organization> result) {
                                             if (!answered(result.error()))
                                                 return;
                                             m_snapshot.organization = result.takeValue();
                                             countAnswer();
                                         });
    m_requests << m_client->fetchMembers(
        m_organizationId, MemberStatus::Active, this,
        [this](ApiResult<QList<Member>> result) {
            if (!answered(result.error()))
                return;
            m_snapshot.activeMembers = result.takeValue();
            countAnswer();
        },
        progressOf(ActiveList));
    m_requests << m_client->fetchMembers(
        m_organizationId, MemberStatus::Removed, this,
        [this](ApiResult<QList<Member>> result) {
            if (!answered(result.error()))
                return;
            m_snapshot.removedMembers = result.takeValue();
            countAnswer();
        },
        progressOf(RemovedList));
    m_requests << m_client->fetchInvitations(
        m_organizationId, this,
        [this](ApiResult<QList<Invitation>> result) {
            if (!answered(result.error()))
                return;
            m_snapshot.invitations = result.takeValue();
            countAnswer();
        },
        progressOf(InvitationList));
}

ApiClient::Progress ListRefresh::progressOf(List list)
{
    return [this, list](qint64 received, qint64 total) {
        if (m_failed)
            return;
        m_received[list] = received;
        m_total[list] = total;
        qint64 sumReceived = 0;
        qint64 sumTotal = 0;
        for (int i = 0; i < ListCount; ++i) {
            sumReceived += m_received[i];
            sumTotal += m_total[i];
        }
        emit progress(sumReceived, sumTotal);
    };
}

bool ListRefresh::answered(const ClientError &error)
{
    if (m_failed)
        return false;
    if (!error.isNull()) {
        m_failed = true;
        for (ApiClient::RequestId id : std::as_const(m_requests))
            m_client->cancel(id);
        m_requests.clear();
        emit failed(error);
        return false;
    }
    return true;
}

void ListRefresh::countAnswer()
{
    // The organization and the three lists: the window changes once, with all of them.
    if (++m_answers < ListCount + 1)
        return;
    m_requests.clear();
    m_snapshot.refreshedAt = QDateTime::currentDateTimeUtc();
    emit finished(m_snapshot);
}
