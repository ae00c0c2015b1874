#pragma once

#include "SmtpClient.h"

#include <QObject>

#include <atomic>

/// Lives on the mail thread and sends one message at a time with
/// SmtpClient; it never touches the database (the MailQueue on the main
/// thread does, with the results it gets through queued signals).
class SmtpWorker : public QObject
{
    Q_OBJECT
public:
    /// `abort` (owned by the caller, outliving the worker) stops a delivery
    /// under way when it becomes true.
    SmtpWorker(const SmtpSettings &settings, const std::atomic<bool> *abort)
        : m_client(settings), m_abort(abort)
    {}

public slots:
    /// Sends message `id` and emits finished() with what became of it.
    void deliver(qint64 id, const QByteArray &sender, const QByteArray &recipient,
                 const QByteArray &message);

signals:
    /// `reason` is empty when delivered; `permanent` for a 5xx answer.
    void finished(qint64 id, bool delivered, bool permanent, const QString &reason);

private:
    SmtpClient m_client;
    const std::atomic<bool> *m_abort;
};
