#include "MailWorker.h"

void MailWorker::deliver(const QueuedMail &mail)
{
    emit finished(mail.id, m_transport.deliver(mail, m_abort));
}
