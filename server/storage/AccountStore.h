#pragma once

#include "Organization.h"

#include <QDateTime>
#include <QString>

#include <optional>

class Database;

/// A person known to the server, whatever their organizations.
struct UserRecord
{
    qint64 id = 0;
    QString email;
    QString fullName;
};

/// Users and their API tokens (tables users, api_tokens). Throws StorageError.
class AccountStore
{
public:
    explicit AccountStore(Database &database) : m_db(database) {}

    /// The user whose token hashes to `tokenHash` (ServerSecret::tokenHash).
    std::optional<UserRecord> userForTokenHash(const QString &tokenHash);
    /// Stores a new token hash for `userId`; returns the token row id.
    qint64 addToken(qint64 userId, const QString &tokenHash, const QDateTime &now);

    /// The user with this duplicate key (EmailAddress::duplicateKey).
    std::optional<UserRecord> userByEmailKey(const QString &emailKey);
    /// The user with this id; std::nullopt when unknown.
    std::optional<UserRecord> userById(qint64 userId);
    /// Creates a user; `email` as given, keys computed here. Returns the id;
    /// when another server created a user with this key at the same moment,
    /// that user's id (one person, one row).
    qint64 createUser(const QString &email, const QString &emailKey, const QString &fullName,
                      const QDateTime &now);
    /// Sets the user's own last_access_at: their last API request, in any
    /// organization. No organization sees it (MemberStore::touch is theirs).
    void touch(qint64 userId, const QDateTime &now);

    /// GET /me: the user and their ACTIVE memberships, by organization id.
    CurrentUser currentUser(const UserRecord &user);

private:
    Database &m_db;
};
