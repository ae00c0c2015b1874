#pragma once

#include "MailQueueStore.h"

#include <QMetaType>
#include <QString>

#include <atomic>

/// One way a queued message leaves the server: SMTP (SmtpClient) or the
/// `.eml` outbox folder (OutboxDirectory). The MailQueue calls deliver() on
/// its worker thread, one message at a time, only for messages whose
/// transaction committed; what deliver() answers is stored as the attempt's
/// outcome (sent, or failed and retried with backoff, or failed for good).
class MailTransport
{
public:
    /// What became of one attempt.
    struct Result
    {
        bool delivered = false;
        /// Retrying the same message is pointless (an SMTP 5xx answer, RFC
        /// 5321 section 4.2.1): it fails for good at once.
        bool permanent = false;
        /// Why not delivered, one line: the server's answer ("550 5.1.1 No
        /// such user"), libcurl's description or the file error; empty when
        /// delivered.
        QString reason;
    };

    virtual ~MailTransport() = default;

    /// Delivers `mail` (its whole RFC 5322 text, Message-ID included, as
    /// stored: every attempt sends the same bytes). Blocking; gives up as
    /// soon as `abort` becomes true (then a transient failure).
    virtual Result deliver(const QueuedMail &mail, const std::atomic<bool> *abort) = 0;

    /// Where messages go, for the log: "through smtps://… from …", "in /path".
    virtual QString description() const = 0;
};

Q_DECLARE_METATYPE(MailTransport::Result)
