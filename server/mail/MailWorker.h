#pragma once

#include "MailTransport.h"

#include <QObject>

#include <atomic>

/// Lives on the mail thread and delivers one message at a time through the
/// MailTransport; it never touches the database (the MailQueue on the main
/// thread does, with the results it gets through queued signals).
class MailWorker : public QObject
{
    Q_OBJECT
public:
    /// `transport` and `abort` (owned by the caller, outliving the worker):
    /// `abort` stops a delivery under way when it becomes true.
    MailWorker(MailTransport &transport, const std::atomic<bool> *abort)
        : m_transport(transport), m_abort(abort)
    {}

public slots:
    /// Delivers `mail` and emits finished() with what became of it.
    void deliver(const QueuedMail &mail);

signals:
    void finished(qint64 id, const MailTransport::Result &result);

private:
    MailTransport &m_transport;
    const std::atomic<bool> *m_abort;
};
