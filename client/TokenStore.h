#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

/// The outcome of a keychain operation, as data.
struct TokenStoreResult
{
    enum class Status
    {
        Ok,           ///< done; for read(), `token` holds the token
        NotFound,     ///< read()/remove(): nothing stored for this server and user
        NoKeychain,   ///< no keychain service runs (e.g. no Secret Service on D-Bus):
                      ///< the app says so and does not store the token anywhere else
        AccessDenied, ///< the user or the system refused access
        Failed,       ///< any other failure; see message
    };
    Status status = Status::Failed;
    QString token;   ///< read(): the stored token when Ok; empty otherwise
    QString message; ///< translated sentence for the user; empty when Ok
    QString detail;  ///< QtKeychain's errorString(), for logs (never contains the token)

    bool ok() const { return status == Status::Ok; }
};

/// The API token in the system keychain through QtKeychain (Secret Service /
/// KWallet on Linux, Keychain on macOS, Credential Manager on Windows).
/// Service name "TestOps User Management"; one entry per server URL.
/// QtKeychain's insecure fallback (a plain file) is off: where no keychain
/// service exists the result is Status::NoKeychain, and nothing is written.
/// The token never goes to settings files or logs.
///
/// Every operation is asynchronous; `done` is called once in `context`'s
/// thread (not at all when context is destroyed first).
class TokenStore : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *ServiceName = "TestOps User Management";

    /// How long an operation may wait for the keychain: 20 s.
    static constexpr int DefaultTimeoutMs = 20000;

    explicit TokenStore(QObject *parent = nullptr);

    /// After this many milliseconds without an answer (e.g. a Secret Service
    /// waiting for an unlock prompt nobody sees), an operation reports
    /// NoKeychain; a late answer is ignored. Values < 1 restore the default.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    /// The keychain key: the server URL without path, query, user info or
    /// trailing slash, host lower-cased (e.g. "https://testops.example.com:8443").
    static QString keyFor(const QUrl &serverUrl);

    using Callback = std::function<void(TokenStoreResult)>;
    /// Reads the token stored for `serverUrl`; NotFound when there is none.
    void read(const QUrl &serverUrl, QObject *context, Callback done);
    /// Stores `token` (replacing any previous one). An empty token is refused (Failed).
    void write(const QUrl &serverUrl, const QString &token, QObject *context, Callback done);
    /// Deletes the stored token; NotFound when there was none.
    void remove(const QUrl &serverUrl, QObject *context, Callback done);

private:
    int m_timeoutMs = DefaultTimeoutMs;
};
