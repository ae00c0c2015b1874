#include "AccountStore.h"

#include "Database.h"
#include "SearchKey.h"
#include "SqlTime.h"
#include "StorageError.h"

namespace {

std::optional<UserRecord> readUser(QSqlQuery &query)
{
    std::optional<UserRecord> user;
    if (query.next())
        user = UserRecord{query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString()};
    query.finish();
    return user;
}

} // namespace

std::optional<UserRecord> AccountStore::userForTokenHash(const QString &tokenHash)
{
    return readUser(m_db.exec(QStringLiteral("SELECT u.id, u.email, u.full_name FROM api_tokens t"
                                             " JOIN users u ON u.id = t.user_id"
                                             " WHERE t.token_hash = ?"),
                              {tokenHash}));
}

qint64 AccountStore::addToken(qint64 userId, const QString &tokenHash, const QDateTime &now)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES (?, ?, ?)"),
        {userId, tokenHash, SqlTime::fromDateTime(now)});
}

std::optional<UserRecord> AccountStore::userByEmailKey(const QString &emailKey)
{
    return readUser(m_db.exec(
        QStringLiteral("SELECT id, email, full_name FROM users WHERE email_key = ?"), {emailKey}));
}

std::optional<UserRecord> AccountStore::userById(qint64 userId)
{
    return readUser(
        m_db.exec(QStringLiteral("SELECT id, email, full_name FROM users WHERE id = ?"), {userId}));
}

qint64 AccountStore::createUser(const QString &email, const QString &emailKey,
                                const QString &fullName, const QDateTime &now)
{
    const QVariant id = m_db.scalar(
        QStringLiteral("INSERT INTO users (email, email_key, full_name, name_key, search_key,"
                       " created_at) VALUES (?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (email_key) DO NOTHING RETURNING id"),
        {email, emailKey, fullName, SearchKey::fold(fullName),
         SearchKey::forPerson(fullName, email), SqlTime::fromDateTime(now)});
    if (id.isValid())
        return id.toLongLong();
    // Another server created this person just now (an invitation of another
    // organization accepted at the same moment): the same user, whose name
    // stays as the first accept gave it.
    const std::optional<UserRecord> user = userByEmailKey(emailKey);
    if (!user)
        throw StorageError(QStringLiteral("user %1 neither created nor found").arg(email));
    return user->id;
}

void AccountStore::touch(qint64 userId, const QDateTime &now)
{
    m_db.exec(QStringLiteral("UPDATE users SET last_access_at = ? WHERE id = ?"),
              {SqlTime::fromDateTime(now), userId});
}

CurrentUser AccountStore::currentUser(const UserRecord &user)
{
    CurrentUser current;
    current.userId = user.id;
    current.fullName = user.fullName;
    current.email = user.email;
    QSqlQuery &query =
        m_db.exec(QStringLiteral("SELECT o.id, o.name, m.role FROM memberships m"
                                 " JOIN organizations o ON o.id = m.org_id"
                                 " WHERE m.user_id = ? AND m.status = 0 ORDER BY o.id"),
                  {user.id});
    while (query.next()) {
        current.organizations.append(
            OrganizationMembership{query.value(0).toLongLong(), query.value(1).toString(),
                                   static_cast<Role>(query.value(2).toInt())});
    }
    query.finish();
    return current;
}
