#pragma once

#include "ChangeLog.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

class Database;

/// One message waiting in the mail queue (table mail_queue).
struct QueuedMail
{
    qint64 id = 0;
    qint64 invitationId = 0; ///< 0 when the message belongs to no invitation
    QByteArray sender;       ///< SMTP envelope MAIL FROM address
    QByteArray recipient;    ///< SMTP envelope RCPT TO address (ASCII, IDNA form)
    QByteArray message;      ///< the whole RFC 5322 message, CRLF line ends
    int attempts = 0;        ///< delivery attempts made so far
    QDateTime queuedAt;      ///< when the request that wrote it ran (UTC)
};
Q_DECLARE_METATYPE(QueuedMail)

/// The transactional outbox: every outgoing email is a row of mail_queue,
/// written in the transaction of the change that causes it (an invitation, a
/// resend), so that a message exists exactly when its invitation was
/// committed. Senders only ever read committed rows: claimNext() gives each
/// due message to one server at a time, for a lease; an outcome is recorded
/// with markSent() or markFailed(). A message leaves the queue when a sender
/// delivered it (sent), it failed for good (failed), or a newer message for
/// the same invitation or the invitation's closing made it pointless
/// (cancelled); leaving the queue empties its text (it holds an activation
/// link), the row stays. Throws StorageError.
class MailQueueStore
{
public:
    explicit MailQueueStore(Database &database) : m_db(database), m_changes(database) {}

    /// The PostgreSQL LISTEN/NOTIFY channel that enqueue() notifies at commit.
    static QString notificationChannel();

    /// Queues `message` for delivery at `now`, in the caller's transaction
    /// (its own when there is none), and returns its id. When `invitationId`
    /// is not 0, older queued messages of that invitation (with a link that
    /// no longer works) are cancelled. On PostgreSQL the servers listening on
    /// notificationChannel() hear of it when the transaction commits.
    qint64 enqueue(qint64 invitationId, const QByteArray &sender, const QByteArray &recipient,
                   const QByteArray &message, const QDateTime &now);

    /// Claims the message due first (next attempt at or before `now`, oldest
    /// first) for `leaseSeconds`: its next attempt moves to now + lease, so
    /// that no other server takes it meanwhile, and a server that dies with
    /// it leaves it to the others once the lease ends. On PostgreSQL rows
    /// another server is claiming are passed over (FOR UPDATE SKIP LOCKED).
    /// Messages of invitations accepted or revoked meanwhile are cancelled on
    /// the way. std::nullopt when none is due.
    std::optional<QueuedMail> claimNext(const QDateTime &now, int leaseSeconds);

    /// When the earliest queued message is due (claimed ones: when their
    /// lease ends); an invalid QDateTime when the queue is empty.
    QDateTime nextAttemptAt();

    /// Message `id` was delivered: it is sent, and its invitation's delivery
    /// error is cleared when it is the invitation's newest message.
    void markSent(qint64 id, const QDateTime &now);

    /// Attempt number `attempts` of message `id` failed with `error` (a
    /// sentence). With a valid `retryAt` it stays queued until then, else it
    /// has failed for good. `deliveryError` goes on its invitation when it is
    /// the invitation's newest message.
    void markFailed(qint64 id, int attempts, const QString &error, const QDateTime &retryAt,
                    const QString &deliveryError, const QDateTime &now);

    /// Deletes the messages that were finished (sent, failed, cancelled)
    /// before `before`; returns how many. The queued ones stay.
    qint64 prune(const QDateTime &before);

    /// How many messages are in each state: queued (0), sent (1), failed (2),
    /// cancelled (3); for logs and tests.
    qint64 count(int state);

private:
    /// ChangeLog::stamp() for the organization of message `id`'s invitation (0 when none).
    qint64 stampInvitation(qint64 id);
    void lockInvitation(qint64 id);
    void setInvitationError(qint64 id, const QString &deliveryError, qint64 change);

    Database &m_db;
    ChangeLog m_changes; ///< deliveryError is an invitation list field
};
