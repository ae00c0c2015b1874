#pragma once

#include <QByteArray>
#include <QString>

/// The server's secret key and the tokens derived from or checked with it.
///
/// The secret lives in a file outside the database (by default the database
/// path plus ".secret", created with mode 0600 on first start), so that a copy
/// of the database alone can use neither an API token nor an activation link.
class ServerSecret
{
public:
    /// What loadOrCreate does with an existing secret file that users other
    /// than its owner may read or write (any group or other permission bit).
    enum class SharedFile
    {
        Refuse, ///< fail, as ssh refuses a private key others can read
        Warn,   ///< load it, and say so in `warning`
    };

    /// Reads the secret from `path`, creating it (32 random bytes, base64,
    /// owner read/write only, mode 0600) when the file does not exist.
    /// Returns false with `error` set when the file cannot be read or written,
    /// is too short, or (POSIX systems only; `shared` Refuse) has any
    /// permission for group or others: whoever reads it can forge activation
    /// links. With `shared` Warn such a file is loaded and `warning` (may be
    /// null) says why it should be private; otherwise `warning` is cleared.
    bool loadOrCreate(const QString &path, SharedFile shared, QString *error,
                      QString *warning = nullptr);

    /// For tests and tools that need no file: uses `key` directly.
    void setKey(const QByteArray &key) { m_key = key; }
    bool isValid() const { return m_key.size() >= 32; }

    /// HMAC-SHA256(secret, message), lower-case hex (64 characters).
    QByteArray hmacHex(const QByteArray &message) const;

    /// The activation-link token of invitation `invitationId` with the stored
    /// `nonce`: base64url (no padding) of HMAC-SHA256(secret, "id:nonce").
    /// Deterministic, so the API can show the link again; a new nonce (resend)
    /// gives a new token and the old one stops matching.
    QString linkToken(qint64 invitationId, const QString &nonce) const;

    /// What the database stores to find an invitation by its link token:
    /// hmacHex(token). Empty token gives the hash of the empty string.
    QString linkHash(const QString &token) const;

    /// A fresh random value of `bytes` bytes (QRandomGenerator::system),
    /// base64url without padding. Used for API tokens (32 bytes) and nonces.
    static QString randomToken(int bytes = 32);

    /// SHA-256 of an API token, lower-case hex: what api_tokens stores.
    static QString tokenHash(const QString &token);

private:
    QByteArray m_key;
};
