#pragma once

#include <QByteArray>
#include <QDateTime>
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
};

/// The durable queue of outgoing email (table mail_queue) and the delivery
/// state it leaves on invitations (invitations.delivery_error). A message is
/// queued until an SMTP server accepts it (sent), it fails for good
/// (failed), or a newer message for the same invitation or the invitation's
/// closing makes it pointless (cancelled); leaving the queue empties its
/// message (it holds an activation link), the row stays. Runs on the server's one
/// connection (main thread). Throws StorageError.
class MailQueueStore
{
public:
    explicit MailQueueStore(Database &database) : m_db(database) {}

    /// Queues `message` for delivery at `now` and returns its id. When
    /// `invitationId` is not 0, older queued messages of that invitation
    /// (with a link that no longer works) are cancelled in the same transaction.
    qint64 enqueue(qint64 invitationId, const QByteArray &sender, const QByteArray &recipient,
                   const QByteArray &message, const QDateTime &now);

    /// The queued message due first (next attempt at or before `now`), oldest
    /// first; std::nullopt when none is due. Cancels first the queued messages
    /// of invitations that were accepted or revoked meanwhile.
    std::optional<QueuedMail> nextDue(const QDateTime &now);

    /// When the earliest queued message is due; an invalid QDateTime when the
    /// queue is empty.
    QDateTime nextAttemptAt();

    /// The SMTP server accepted message `id`: it is sent, and its invitation's
    /// delivery error is cleared when it is the invitation's newest message.
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
    void setInvitationError(qint64 id, const QString &deliveryError);

    Database &m_db;
};
