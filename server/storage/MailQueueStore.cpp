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

} // namespace

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
    transaction.commit();
    return id;
}

std::optional<QueuedMail> MailQueueStore::nextDue(const QDateTime &now)
{
    // A closed invitation's link no longer works: its mail is pointless.
    m_db.exec(QStringLiteral("UPDATE mail_queue SET state = ?, finished_at = ?, message = ") +
                  m_db.dialect().emptyBlob() +
                  QStringLiteral(" WHERE state = ? AND invitation_id IN"
                                 " (SELECT id FROM invitations WHERE state <> 0)"),
              {Cancelled, SqlTime::fromDateTime(now), Queued});
    QSqlQuery &query =
        m_db.exec(QStringLiteral("SELECT id, invitation_id, sender, recipient, message, attempts"
                                 " FROM mail_queue WHERE state = ? AND next_attempt_at <= ?"
                                 " ORDER BY next_attempt_at, id LIMIT 1"),
                  {Queued, SqlTime::fromDateTime(now)});
    std::optional<QueuedMail> mail;
    if (query.next()) {
        mail = QueuedMail{query.value(0).toLongLong(),        query.value(1).toLongLong(),
                          query.value(2).toString().toUtf8(), query.value(3).toString().toUtf8(),
                          query.value(4).toByteArray(),       query.value(5).toInt()};
    }
    query.finish();
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
    // A sent message carries a live activation link: the database (and its
    // backups) must not hold it once it is not needed (api.md, Conventions).
    m_db.exec(QStringLiteral("UPDATE mail_queue SET state = ?, attempts = attempts + 1,"
                             " last_error = '', finished_at = ?, message = ") +
                  m_db.dialect().emptyBlob() + QStringLiteral(" WHERE id = ?"),
              {Sent, SqlTime::fromDateTime(now), id});
    setInvitationError(id, QString());
    transaction.commit();
}

void MailQueueStore::markFailed(qint64 id, int attempts, const QString &error,
                                const QDateTime &retryAt, const QString &deliveryError,
                                const QDateTime &now)
{
    Transaction transaction(m_db);
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
    setInvitationError(id, deliveryError);
    transaction.commit();
}

void MailQueueStore::setInvitationError(qint64 id, const QString &deliveryError)
{
    // Only the invitation's newest message speaks for it: the result of a
    // message that a resend superseded while it was being sent is history.
    // coalesce: Qt binds an empty QString as NULL, and the column is NOT NULL.
    m_db.exec(QStringLiteral("UPDATE invitations SET delivery_error = coalesce(?, '') WHERE id ="
                             " (SELECT invitation_id FROM mail_queue WHERE id = ?)"
                             " AND NOT EXISTS (SELECT 1 FROM mail_queue newer"
                             " WHERE newer.invitation_id = invitations.id AND newer.id > ?)"),
              {deliveryError, id, id});
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
