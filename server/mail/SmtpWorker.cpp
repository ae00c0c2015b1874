#include "SmtpWorker.h"

void SmtpWorker::deliver(qint64 id, const QByteArray &sender, const QByteArray &recipient,
                         const QByteArray &message)
{
    const SmtpClient::Result result = m_client.send(sender, recipient, message, m_abort);
    emit finished(id, result.delivered, result.permanent, result.reason);
}
