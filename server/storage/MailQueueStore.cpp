#include "MailQueueStore.h"

#include "Database.h"
#include "SqlTime.h"
#include "Transaction.h"

namespace {

enum State
{
    Queued = 0,
    Sent = 1,
    Failed = 2,
    Cancelled = 3,
};

// A claim passes over at most this many pointless messages in one go.
constexpr int MaxCancelledPerClaim = 100;

} // namespace

QString MailQueueStore::notificationChannel()
{
    return QStringLiteral("testops_mail_queue");
}

qint64 MailQueueStore::enqueue(qint64 invitationId, const QByteArray &sender,
                               const QByteArray &recipient, const QByteArray &message,
                               const QDateTime &now)
{
    Transaction transaction(m_db);
    const QVariant time = SqlTime::fromDateTime(now);
    const QVariant invitation = invitationId ? QVariant(invitationId) : QVariant();
    if (invitationId) {
        m_db.exec(QStringLiteral("UPDATE mail_queue SET state = ?, finished_at = ?, message = ") +
                      m_db.dialect().emptyBlob() +
                      QStringLiteral(" WHERE invitation_id = ? AND state = ?"),
                  {Cancelled, time, invitationId, Queued});
    }
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO mail_queue (invitation_id, sender, recipient, message,"
                       " created_at, state, attempts, next_attempt_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, 0, ?)"),
        {invitation, QString::fromUtf8(sender), QString::fromUtf8(recipient), message, time, Queued,
         time});
    if (const QString notify = m_db.dialect().notify(notificationChannel()); !notify.isEmpty())
        m_db.exec(notify);
    transaction.commit();
    return id;
}

std::optional<QueuedMail> MailQueueStore::claimNext(const QDateTime &now, int leaseSeconds)
{
    Transaction transaction(m_db);
    const QVariant nowValue = SqlTime::fromDateTime(now);
    std::optional<QueuedMail> mail;
    for (int passed = 0; passed < MaxCancelledPerClaim; ++passed) {
        QSqlQuery &query = m_db.exec(
            QStringLiteral("SELECT id, invitation_id, sender, recipient, message, attempts,"
                           " created_at FROM mail_queue WHERE state = ? AND next_attempt_at <= ?"
                           " ORDER BY next_attempt_at, id LIMIT 1") +
                m_db.dialect().forUpdateSkipLocked(),
            {Queued, nowValue});
        if (query.next()) {
            mail =
                QueuedMail{query.value(0).toLongLong(),        query.value(1).toLongLong(),
                           query.value(2).toString().toUtf8(), query.value(3).toString().toUtf8(),
                           query.value(4).toByteArray(),       query.value(5).toInt(),
                           SqlTime::toDateTime(query.value(6))};
        }
        query.finish();
        if (!mail)
            break;
        // A closed invitation's link no longer works: its mail is pointless.
        const bool pointless =
            mail->invitationId &&
            m_db.scalar(QStringLiteral("SELECT 1 FROM invitations WHERE id = ? AND state <> 0"),
                        {mail->invitationId})
                .isValid();
        if (!pointless)
            break;
        m_db.exec(QStringLiteral("UPDATE mail_queue SET state = ?, finished_at = ?, message = ") +
                      m_db.dialect().emptyBlob() + QStringLiteral(" WHERE id = ?"),
                  {Cancelled, nowValue, mail->id});
        mail.reset();
    }
    if (mail) {
        m_db.exec(QStringLiteral("UPDATE mail_queue SET next_attempt_at = ? WHERE id = ?"),
                  {SqlTime::fromDateTime(now.addSecs(leaseSeconds)), mail->id});
    }
    transaction.commit();
    return mail;
}

QDateTime MailQueueStore::nextAttemptAt()
{
    return SqlTime::toDateTime(m_db.scalar(
        QStringLiteral("SELECT min(next_attempt_at) FROM mail_queue WHERE state = ?"), {Queued}));
}

void MailQueueStore::markSent(qint64 id, const QDateTime &now)
{
    Transaction transaction(m_db);
    // The organization's row, then the invitation's, then the message's:
    // the order in which a request that resends it takes them, so that two
    // such transactions never wait for each other in a circle.
    const qint64 change = stampInvitation(id);
    lockInvitation(id);
    // A sent message carries a live activation link: the database (and its
    // backups) must not hold it once it is not needed.
    m_db.exec(QStringLiteral("UPDATE mail_queue SET state = ?, attempts = attempts + 1,"
                             " last_error = '', finished_at = ?, message = ") +
                  m_db.dialect().emptyBlob() + QStringLiteral(" WHERE id = ?"),
              {Sent, SqlTime::fromDateTime(now), id});
    setInvitationError(id, QString(), change);
    transaction.commit();
}

void MailQueueStore::markFailed(qint64 id, int attempts, const QString &error,
                                const QDateTime &retryAt, const QString &deliveryError,
                                const QDateTime &now)
{
    Transaction transaction(m_db);
    // The locks in markSent's order.
    const qint64 change = stampInvitation(id);
    lockInvitation(id);
    if (retryAt.isValid()) {
        m_db.exec(QStringLiteral("UPDATE mail_queue SET attempts = ?, last_error = coalesce(?, ''),"
                                 " next_attempt_at = ? WHERE id = ? AND state = ?"),
                  {attempts, error, SqlTime::fromDateTime(retryAt), id, Queued});
    } else {
        m_db.exec(QStringLiteral(
                      "UPDATE mail_queue SET state = ?, attempts = ?, last_error = coalesce(?, ''),"
                      " finished_at = ?, message = ") +
                      m_db.dialect().emptyBlob() + QStringLiteral(" WHERE id = ? AND state = ?"),
                  {Failed, attempts, error, SqlTime::fromDateTime(now), id, Queued});
    }
    setInvitationError(id, deliveryError, change);
    transaction.commit();
}

qint64 MailQueueStore::stampInvitation(qint64 id)
{
    // First in the transaction (see markSent).
    const QVariant organizationId =
        m_db.scalar(QStringLiteral("SELECT i.org_id FROM mail_queue q"
                                   " JOIN invitations i ON i.id = q.invitation_id WHERE q.id = ?"),
                    {id});
    return organizationId.isValid() ? m_changes.stamp(organizationId.toLongLong()) : 0;
}

void MailQueueStore::lockInvitation(qint64 id)
{
    m_db.scalar(QStringLiteral("SELECT 1 FROM invitations WHERE id ="
                               " (SELECT invitation_id FROM mail_queue WHERE id = ?)") +
                    m_db.dialect().forUpdate(),
                {id});
}

void MailQueueStore::setInvitationError(qint64 id, const QString &deliveryError, qint64 change)
{
    // Only the invitation's newest message speaks for it: the result of a
    // message that a resend superseded while it was being sent is history.
    // coalesce: Qt binds an empty QString as NULL, and the column is NOT NULL.
    m_db.exec(QStringLiteral("UPDATE invitations SET delivery_error = coalesce(?, ''),"
                             " change_seq = ? WHERE id ="
                             " (SELECT invitation_id FROM mail_queue WHERE id = ?)"
                             " AND NOT EXISTS (SELECT 1 FROM mail_queue newer"
                             " WHERE newer.invitation_id = invitations.id AND newer.id > ?)"
                             " AND delivery_error <> coalesce(?, '')"),
              {deliveryError, change, id, id, deliveryError});
}

qint64 MailQueueStore::prune(const QDateTime &before)
{
    return m_db
        .exec(QStringLiteral("DELETE FROM mail_queue WHERE state <> ? AND finished_at < ?"),
              {Queued, SqlTime::fromDateTime(before)})
        .numRowsAffected();
}

qint64 MailQueueStore::count(int state)
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM mail_queue WHERE state = ?"), {state})
        .toLongLong();
}
