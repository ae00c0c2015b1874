#include "Database.h"

#include "Migrations.h"
#include "StorageError.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>

Database::Database(const QString &connectionName) : m_connectionName(connectionName) {}

Database::~Database()
{
    close();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::open(const QString &path)
{
    close();
    m_path = path;
    // A new file is the server's user's alone (0600), as the secret file: it
    // lists every member's name and address, and queued mail with live links.
    // SQLite gives its -wal and -shm files the database file's permissions.
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFile::ReadOwner | QFile::WriteOwner) &&
            !QFileInfo::exists(path))
            throw StorageError(
                QStringLiteral("cannot create the database %1: %2").arg(path, file.errorString()));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        // The busy timeout lets `token create` and the running server share the file.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            throw StorageError(
                QStringLiteral("cannot open the database %1: %2").arg(path, db.lastError().text()));
    }
    execRaw(QStringLiteral("PRAGMA journal_mode=WAL"));
    execRaw(QStringLiteral("PRAGMA foreign_keys=ON"));
    execRaw(QStringLiteral("PRAGMA busy_timeout=5000"));
    execRaw(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // Deleted or overwritten content (a sent mail's activation link) is
    // zeroed, not left in free pages for a copy of the file to reveal.
    execRaw(QStringLiteral("PRAGMA secure_delete=ON"));
    // A larger page cache and memory-mapped reads keep 100,000-member lists
    // out of read() system calls.
    execRaw(QStringLiteral("PRAGMA cache_size=-32768"));
    execRaw(QStringLiteral("PRAGMA mmap_size=268435456"));
    Migrations::migrate(*this);
}

void Database::close()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    m_depth = 0;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void Database::execRaw(const QString &sql)
{
    QSqlQuery query(handle());
    if (!query.exec(sql))
        throw StorageError(QStringLiteral("SQL failed: %1: %2").arg(sql, query.lastError().text()));
}

QSqlQuery &Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = m_statements.value(sql);
    if (!query) {
        query = new QSqlQuery(handle());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            const QString error = query->lastError().text();
            delete query;
            throw StorageError(QStringLiteral("cannot prepare %1: %2").arg(sql, error));
        }
        m_statements.insert(sql, query);
    }
    query->finish();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec())
        throw StorageError(
            QStringLiteral("SQL failed: %1: %2").arg(sql, query->lastError().text()));
    return *query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = exec(sql, values);
    QVariant value;
    if (query.next())
        value = query.value(0);
    query.finish();
    return value;
}

qint64 Database::lastInsertId()
{
    return scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
}

void Database::releaseStatements()
{
    for (QSqlQuery *query : std::as_const(m_statements))
        query->finish();
}

void Database::begin()
{
    if (m_depth++ == 0)
        execRaw(QStringLiteral("BEGIN IMMEDIATE"));
}

void Database::commit()
{
    if (m_depth <= 0)
        return;
    if (--m_depth == 0) {
        // Reset statements so that none holds a read lock past the commit.
        for (QSqlQuery *query : std::as_const(m_statements))
            query->finish();
        execRaw(QStringLiteral("COMMIT"));
    }
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    m_depth = 0;
    for (QSqlQuery *query : std::as_const(m_statements))
        query->finish();
    QSqlQuery query(handle());
    query.exec(QStringLiteral("ROLLBACK"));
}
