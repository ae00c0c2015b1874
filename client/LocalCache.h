#pragma once

#include "ApiResult.h"

#include <Invitation.h>
#include <Member.h>
#include <Organization.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

/// Why the local cache could not be read or written, as data.
struct CacheError
{
    QString message; ///< translated sentence for the user; empty means "no error"
    QString detail;  ///< the SQL driver's text, for logs
    bool isNull() const { return message.isEmpty(); }
};

/// Everything the window shows, as last received from the server.
struct CacheSnapshot
{
    Organization organization;
    QList<Member> activeMembers;
    QList<Member> removedMembers;
    QList<Invitation> invitations; ///< open invitations (pending and expired)
    /// When these lists were last fetched successfully (UTC); invalid when never.
    QDateTime refreshedAt;

    /// True when nothing has ever been stored (refreshedAt invalid).
    bool isEmpty() const { return !refreshedAt.isValid(); }
};

/// The last known lists of one connection (server URL + organization id), in
/// one SQLite file, so that the window opens at once with the last known data
/// and can say "Offline — showing data from <time>".
///
/// Storage: one SQLite file per connection under a directory the caller
/// chooses (e.g. QStandardPaths::CacheLocation), named after a hash of the
/// server URL and the organization id; a named QSqlDatabase connection per
/// LocalCache object; a `schema_version` table; migrations in a transaction;
/// WAL. The token is never stored here.
///
/// A LocalCache object belongs to the thread that created it (Qt Sql's rule);
/// to keep the GUI thread free, use loadAsync()/saveAsync(), which open their
/// own connection on a pool thread.
class LocalCache
{
    Q_DECLARE_TR_FUNCTIONS(LocalCache)

public:
    /// Prepares a cache for the connection; nothing is opened until open().
    /// `directory` is created when missing.
    LocalCache(const QString &directory, const QUrl &serverUrl, qint64 organizationId);
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    /// The file for a connection: `<directory>/cache-<hex of SHA-256 of the
    /// normalized URL and org id, 16 characters>.sqlite`.
    static QString fileName(const QString &directory, const QUrl &serverUrl, qint64 organizationId);
    QString filePath() const { return m_path; }

    /// Opens (creating or migrating) the file. A file written by a newer
    /// version of the app, or not a SQLite file, gives an error and is left untouched.
    Result<Done, CacheError> open();

    /// Replaces everything stored with `snapshot`, in one transaction (all or nothing).
    /// Opens the file when needed. 210,000 records take well under 2 s.
    Result<Done, CacheError> save(const CacheSnapshot &snapshot);

    /// Reads what was stored; an empty snapshot (isEmpty()) when nothing was.
    /// Opens the file when needed.
    Result<CacheSnapshot, CacheError> load();

    /// Deletes the stored data (e.g. when the user disconnects from a server).
    Result<Done, CacheError> clear();

    /// Runs load() on a pool thread with its own connection and delivers the
    /// result in `context`'s thread (not at all when context is destroyed first).
    static void loadAsync(const QString &directory, const QUrl &serverUrl, qint64 organizationId,
                          QObject *context,
                          std::function<void(Result<CacheSnapshot, CacheError>)> done);
    /// Runs save() on a pool thread, as loadAsync. `done` may be empty.
    static void saveAsync(const QString &directory, const QUrl &serverUrl, qint64 organizationId,
                          CacheSnapshot snapshot, QObject *context,
                          std::function<void(Result<Done, CacheError>)> done = {});

private:
    CacheError sqlError(const QString &message, const QString &detail) const;
    Result<Done, CacheError> migrate();

    QString m_path;
    QString m_connectionName;
    QString m_serverUrl;
    qint64 m_organizationId = 0;
    bool m_open = false;
};
