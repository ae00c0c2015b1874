#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

/// The one SQLite connection of the server (Qt Sql, a named connection).
///
/// open() sets WAL journaling, foreign keys and a busy timeout, then brings the
/// schema to the current version (see Migrations). Statements are prepared
/// once and reused; values are always bound, never spliced into SQL. Every
/// failure throws StorageError.
class Database
{
public:
    /// `connectionName` must be unique in the process (QSqlDatabase::addDatabase).
    explicit Database(const QString &connectionName = QStringLiteral("testops"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating when missing, mode 0600) the SQLite file at `path` and migrates it.
    /// Throws StorageError when the file cannot be opened or a migration fails
    /// (the failed migration is rolled back).
    void open(const QString &path);
    void close();
    QString path() const { return m_path; }

    /// Runs `sql` (prepared once per distinct text, then reused) with the
    /// positional `values` bound to its `?` placeholders. Returns the active
    /// query, positioned before the first row. The reference stays valid
    /// until the same SQL text runs again, so do not nest the same statement.
    QSqlQuery &exec(const QString &sql, const QVariantList &values = {});

    /// Convenience: the first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    /// The row id of the last INSERT.
    qint64 lastInsertId();

    /// Nesting-aware transaction control (only the outermost level talks to
    /// SQLite). Prefer the RAII Transaction.
    void begin();
    void commit();
    void rollback();

    QSqlDatabase handle() const;

    /// Resets every cached statement, so that no finished read keeps an old
    /// snapshot of the WAL open between requests.
    void releaseStatements();

private:
    void execRaw(const QString &sql);

    QString m_connectionName;
    QString m_path;
    QHash<QString, QSqlQuery *> m_statements;
    int m_depth = 0;
};
