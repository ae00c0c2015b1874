#pragma once

#include "DatabaseLocation.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

class QSqlDriver;

/// One connection to the server's database (Qt Sql, a named connection):
/// an SQLite file or a PostgreSQL database (see DatabaseLocation). One
/// Database is used by one thread at a time.
///
/// open() sets the session up (SqlDialect::sessionSetup) and brings the
/// schema to the current version (see Migrations). Statements are prepared
/// once and reused; values are always bound, never spliced into SQL. Every
/// failure throws StorageError, classified by SqlDialect::classify.
class Database
{
public:
    /// `connectionName` must be unique in the process (QSqlDatabase::addDatabase).
    explicit Database(const QString &connectionName = QStringLiteral("testops"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Connects (connect()) and migrates the schema to the current version.
    /// Throws StorageError when the database cannot be opened, a migration
    /// fails (it is rolled back) or the database is newer than this build.
    void open(const DatabaseLocation &location);
    /// open() of the SQLite file at `path`.
    void open(const QString &path);
    /// Connects without touching the schema: SQLite creates a missing file
    /// (mode 0600); PostgreSQL takes the password from the location or libpq
    /// (PGPASSWORD, ~/.pgpass). Throws StorageError (Busy when PostgreSQL
    /// cannot be reached).
    void connect(const DatabaseLocation &location);
    void close();
    bool isOpen() const;
    /// The SQLite file; empty on PostgreSQL.
    QString path() const { return m_location.path; }
    const DatabaseLocation &location() const { return m_location; }
    const SqlDialect &dialect() const { return m_dialect; }

    /// Runs `sql` (prepared once per distinct text, then reused) with the
    /// positional `values` bound to its `?` placeholders. Returns the active
    /// query, positioned before the first row. The reference stays valid
    /// until the same SQL text runs again, so do not nest the same statement.
    QSqlQuery &exec(const QString &sql, const QVariantList &values = {});

    /// Convenience: the first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    /// Runs an INSERT (`sql` without a RETURNING clause) and returns the new
    /// row's `id` column (INSERT … RETURNING id, on both engines).
    qint64 insert(const QString &sql, const QVariantList &values = {});

    /// Runs `sql` once, unprepared (schema statements, session settings).
    void execRaw(const QString &sql);

    /// Transactions nest: the outermost level is BEGIN … COMMIT
    /// (SqlDialect::beginTransaction), inner levels are savepoints, so that
    /// an inner rollback() undoes only its own level and the outer commit()
    /// still commits the rest. Prefer the RAII Transaction.
    ///
    /// When COMMIT itself fails (a deferred constraint, a full disk, a lost
    /// connection), commit() rolls the transaction back and throws: the
    /// connection is outside any transaction afterwards either way.
    void begin();
    void commit();
    /// Never throws: a failure to roll back leaves the connection to be
    /// opened again on its next use.
    void rollback();
    /// Runs `action` once the outermost transaction has committed (at once
    /// outside a transaction); dropped when it rolls back. For what must only
    /// follow committed data, such as waking the mail queue.
    void runAfterCommit(std::function<void()> action);
    /// The nesting depth: 0 outside a transaction.
    int depth() const { return m_depth; }
    /// Names the current outermost transaction: changes at each outermost
    /// begin() and at every rollback() (any level), so that a value
    /// remembered for "this transaction" (ChangeLog's change number) is
    /// never reused after its write may have been undone.
    quint64 transactionSerial() const { return m_transactionSerial; }

    QSqlDatabase handle() const;
    /// The driver, for PostgreSQL's LISTEN/NOTIFY (QSqlDriver::subscribeToNotification).
    QSqlDriver *driver() const;

    /// How long a statement waits by default for a lock that another
    /// connection holds before it fails (StorageError, kind Busy): 5 s
    /// (SqlDialect::sessionSetup).
    static constexpr int BusyTimeoutMs = 5000;
    /// Sets that wait for this connection, in milliseconds (0: fail at once;
    /// SqlDialect::lockWait). Throws StorageError.
    void setBusyTimeout(int milliseconds);

    /// Resets every cached statement, so that no finished read keeps an old
    /// snapshot of the WAL open between requests.
    void releaseStatements();

private:
    [[noreturn]] void fail(const QString &what, const QSqlError &error);
    /// Opens the connection again after it was lost (PostgreSQL restarted),
    /// when no transaction is open.
    void reconnectIfLost();

    QString m_connectionName;
    DatabaseLocation m_location;
    SqlDialect m_dialect;
    QHash<QString, QSqlQuery *> m_statements;
    int m_depth = 0;
    quint64 m_transactionSerial = 0;
    bool m_lost = false;
    QList<std::function<void()>> m_afterCommit;
};
