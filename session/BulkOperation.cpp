#include "BulkOperation.h"

#include <QCoreApplication>

BulkOperation::BulkOperation(QList<qint64> ids, Send send, ApiClient *client, QObject *parent)
    : QObject(parent), m_ids(std::move(ids)), m_send(std::move(send)), m_client(client),
      m_results(m_ids.size())
{}

BulkOperation::BulkOperation(QStringList emails, Send send, ApiClient *client, QObject *parent)
    : QObject(parent), m_ids(emails.size(), 0), m_emails(std::move(emails)),
      m_send(std::move(send)), m_client(client), m_results(m_ids.size())
{}

BulkOperation::~BulkOperation()
{
    if (m_requestId != 0 && m_client)
        m_client->cancel(m_requestId);
}

void BulkOperation::start()
{
    if (m_requestId != 0 || m_finished)
        return;
    if (m_answered == itemCount()) {
        // Nothing to send (every record was left out): finish as an answer would, later.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_finished)
                    finish();
            },
            Qt::QueuedConnection);
        return;
    }
    sendNext();
}

void BulkOperation::cancel()
{
    if (m_requestId == 0)
        return;
    if (m_client)
        m_client->cancel(m_requestId);
    m_requestId = 0;
    emit abandoned();
}

std::optional<ItemResult> BulkOperation::result(int index) const
{
    return index >= 0 && index < m_results.size() ? m_results.at(index) : std::nullopt;
}

BulkResult BulkOperation::results() const
{
    BulkResult all;
    all.reserve(m_results.size());
    for (const std::optional<ItemResult> &result : m_results) {
        if (result)
            all.append(*result);
    }
    return all;
}

void BulkOperation::sendNext()
{
    QList<int> batch;
    for (int i = 0; i < m_results.size() && batch.size() < BatchSize; ++i) {
        if (!m_results.at(i))
            batch << i;
    }
    if (batch.isEmpty())
        return finish();
    m_requestId = m_send(batch, this, [this, batch](ApiResult<BulkResult> answer) {
        m_requestId = 0;
        if (!answer) {
            emit failed(answer.error());
            return;
        }
        const BulkResult &items = answer.value();
        // Results come in request order, one per item.
        for (int i = 0; i < batch.size(); ++i) {
            const int index = batch.at(i);
            ItemResult item;
            if (i < items.size()) {
                item = items.at(i);
            } else {
                item.id = m_ids.at(index);
                item.email = m_emails.value(index);
                item.status = ItemStatus::Error;
                item.error.code = QStringLiteral("no_result");
                item.error.message = QCoreApplication::translate(
                    "BulkOperation", "The server sent no result for this item.");
            }
            m_results[index] = std::move(item);
            ++m_answered;
        }
        emit progress(m_answered, itemCount());
        sendNext();
    });
}

void BulkOperation::finish()
{
    m_finished = true;
    emit finished();
}
