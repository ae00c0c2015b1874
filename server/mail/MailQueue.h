#pragma once

#include "Database.h"
#include "MailQueueStore.h"
#include "MailSender.h"
#include "MailTransport.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class MailWorker;

/// When and how often the queue tries.
struct MailQueueSettings
{
    /// First retry delay in seconds; later ones grow 4-fold up to 120 times it.
    int retryBaseSeconds = 30;
    /// Attempts per message before it has failed for good (transient errors).
    int maxAttempts = 8;
    /// How long a claimed message belongs to this server: longer than one
    /// delivery may take (the SMTP timeout), after which another server
    /// takes it over.
    int leaseSeconds = 150;
    /// How often the queue looks without being told: the fallback when a
    /// notification is lost, and the wake-up for other servers' messages on
    /// an engine without notifications.
    int pollSeconds = 15;
};

/// Delivery of the transactional outbox, off the request path. Requests only
/// write messages as mail_queue rows in their own transaction
/// (MailQueueStore::enqueue) and wake() the queue once it committed; the
/// queue claims committed rows one at a time (MailQueueStore::claimNext)
/// and a worker thread hands them to the MailTransport: SMTP, or the `.eml`
/// outbox folder. The queue has its own connection to the database; on
/// PostgreSQL it LISTENs for the other servers' new messages, and polls as a
/// fallback; several servers share the queue, each message claimed by one.
///
/// Retries: a transient failure (an SMTP 4xx answer, no connection, TLS or
/// login failure, a file that could not be written) is tried again after
/// retryBaseSeconds × 4^(n−1) for the n-th failure, capped at 120 ×
/// retryBaseSeconds — 30 s, 2 min, 8 min, 32 min, then hourly with the
/// default 30 s — for maxAttempts attempts in all. A permanent failure (5xx
/// answer) is not retried. After any failure the invitation's deliveryError
/// reads "email not delivered: <reason>" until a later message of that
/// invitation (automatic retry or Resend) is delivered.
///
/// A message goes out twice only when a server dies (or its database write
/// fails for the lease's length) between the transport's acceptance and the
/// record of it: the message is claimed again after the lease. It carries
/// the same Message-ID both times, so that receivers can drop the second.
class MailQueue : public QObject, public MailSender
{
    Q_OBJECT
public:
    /// Starts the worker thread; delivery begins with start().
    MailQueue(const DatabaseLocation &location, std::unique_ptr<MailTransport> transport,
              const MailQueueSettings &settings, QObject *parent = nullptr);
    /// Stops the worker, aborting a delivery under way (that message stays
    /// queued and goes out after its lease, here or on another server).
    ~MailQueue() override;

    /// Opens the queue's own database connection, listens for new messages
    /// (PostgreSQL), deletes the messages finished more than 30 days ago and
    /// begins delivering what is queued, including messages left from before
    /// a restart. Throws StorageError when the database cannot be opened.
    void start();

    /// Thread-safe: messages were committed; look for due ones now.
    void wake() override;

    QString description() const { return m_transport->description(); }

    /// The delay after the `failures`-th failed attempt (1 or more), in seconds.
    static qint64 retryDelaySeconds(int retryBaseSeconds, int failures);

signals:
    void deliverRequested(const QueuedMail &mail);

private:
    /// What became of a message, to be written to the queue.
    struct Outcome
    {
        qint64 id = 0;
        int attempts = 0;
        MailTransport::Result result;
        QString recipient;
    };

    void schedule();
    void onFinished(qint64 id, const MailTransport::Result &result);
    /// Writes `outcome`; throws StorageError.
    void record(const Outcome &outcome);

    DatabaseLocation m_location;
    Database m_db;
    MailQueueStore m_store;
    std::unique_ptr<MailTransport> m_transport;
    MailQueueSettings m_settings;
    QThread m_thread;
    QTimer m_timer;
    QTimer m_poll;
    std::atomic<bool> m_abort{false};
    bool m_started = false;
    std::optional<QueuedMail> m_inFlight; ///< the message being delivered
    /// An outcome that could not be written (database busy or full): written
    /// before anything else is sent, so that a message is never sent again
    /// just because its success was not recorded.
    std::optional<Outcome> m_unrecorded;
};
