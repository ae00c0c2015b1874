#pragma once

#include "MailQueueStore.h"
#include "MailSender.h"
#include "SmtpSettings.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <optional>

class Database;
class SmtpWorker;

/// SMTP delivery off the request path. send() only stores the encoded message
/// in the mail_queue table (so it survives a restart) and returns at once; a
/// worker thread delivers the queued messages one at a time through libcurl.
///
/// Retries: a transient failure (4xx answer, no connection, TLS or login
/// failure) is tried again after retryBaseSeconds × 4^(n−1) for the n-th
/// failure, capped at 120 × retryBaseSeconds — 30 s, 2 min, 8 min, 32 min,
/// then hourly with the default 30 s — for maxAttempts attempts in all. A
/// permanent failure (5xx answer) is not retried. After any failure the
/// invitation's deliveryError reads "email not delivered: <reason>" until a
/// later message of that invitation (automatic retry or Resend) is accepted.
///
/// All database work happens on the thread that owns the MailQueue (the main
/// thread, the server's one connection); the worker only speaks SMTP.
class MailQueue : public QObject, public MailSender
{
    Q_OBJECT
public:
    /// Starts the worker thread; delivery begins with start().
    MailQueue(Database &database, const SmtpSettings &settings, QObject *parent = nullptr);
    /// Stops the worker, aborting a delivery under way (that message stays
    /// queued and goes out after the next start).
    ~MailQueue() override;

    /// Queues `message` (encoded once, with a new Message-ID) and returns an
    /// empty string, or a sentence when it cannot be stored. Supersedes the
    /// still-queued messages of the same invitation.
    QString send(const MailMessage &message) override;

    /// Begins delivering what is queued, including messages left from before
    /// a restart; deletes the messages finished more than 30 days ago.
    void start();

    /// The delay after the `failures`-th failed attempt (1 or more), in seconds.
    static qint64 retryDelaySeconds(int retryBaseSeconds, int failures);

signals:
    void deliverRequested(qint64 id, const QByteArray &sender, const QByteArray &recipient,
                          const QByteArray &message);

private:
    /// What became of a message, to be written to the queue.
    struct Outcome
    {
        qint64 id = 0;
        int attempts = 0;
        bool delivered = false;
        bool permanent = false;
        QString reason;
        QString recipient;
    };

    void schedule();
    void onFinished(qint64 id, bool delivered, bool permanent, const QString &reason);
    /// Writes `outcome`; throws StorageError.
    void record(const Outcome &outcome);

    MailQueueStore m_store;
    SmtpSettings m_settings;
    QThread m_thread;
    QTimer m_timer;
    std::atomic<bool> m_abort{false};
    bool m_started = false;
    qint64 m_inFlight = 0; ///< id of the message being sent, 0 when none
    int m_inFlightAttempts = 0;
    QByteArray m_inFlightRecipient;
    /// An outcome that could not be written (database busy or full): written
    /// before anything else is sent, so that a message is never sent again
    /// just because its success was not recorded.
    std::optional<Outcome> m_unrecorded;
};
