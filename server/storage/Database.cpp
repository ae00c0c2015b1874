#include "Database.h"

#include "Migrations.h"
#include "StorageError.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
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

QSqlDriver *Database::driver() const
{
    return handle().driver();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && handle().isOpen();
}

void Database::open(const QString &path)
{
    DatabaseLocation location;
    location.path = path;
    open(location);
}

void Database::open(const DatabaseLocation &location)
{
    connect(location);
    Migrations::migrate(*this);
}

void Database::connect(const DatabaseLocation &location)
{
    close();
    m_location = location;
    m_dialect = SqlDialect(location.engine);
    if (!location.isPostgreSql() && !QFileInfo::exists(location.path)) {
        // A new file is the server's user's alone (0600), as the secret file:
        // it lists every member's name and address, and queued mail with live
        // links. SQLite gives its -wal and -shm files the file's permissions.
        QFile file(location.path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFile::ReadOwner | QFile::WriteOwner) &&
            !QFileInfo::exists(location.path))
            throw StorageError(QStringLiteral("cannot create the database %1: %2")
                                   .arg(location.path, file.errorString()));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
        if (location.isPostgreSql()) {
            db.setDatabaseName(location.databaseName);
            if (!location.host.isEmpty())
                db.setHostName(location.host);
            if (location.port)
                db.setPort(location.port);
            if (!location.user.isEmpty())
                db.setUserName(location.user);
            if (!location.password.isEmpty())
                db.setPassword(location.password);
            db.setConnectOptions(location.options);
        } else {
            db.setDatabaseName(location.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open()) {
            const QSqlError error = db.lastError();
            throw StorageError(QStringLiteral("cannot open the database %1: %2")
                                   .arg(location.displayName(), error.text()),
                               location.isPostgreSql() ? StorageError::Kind::Busy
                                                       : m_dialect.classify(error));
        }
    }
    for (const QString &statement : m_dialect.sessionSetup())
        execRaw(statement);
    m_lost = false;
}

void Database::close()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    m_depth = 0;
    m_afterCommit.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void Database::fail(const QString &what, const QSqlError &error)
{
    const StorageError::Kind kind = m_dialect.classify(error);
    // Without an SQLSTATE or with a connection error, libpq lost the server:
    // the next use outside a transaction connects again.
    if (m_dialect.isPostgreSql() && kind == StorageError::Kind::Busy &&
        (error.nativeErrorCode().isEmpty() || !handle().isOpen()))
        m_lost = true;
    throw StorageError(QStringLiteral("%1: %2").arg(what, error.text()), kind);
}

void Database::reconnectIfLost()
{
    if (!m_lost || m_depth > 0)
        return;
    const DatabaseLocation location = m_location;
    connect(location);
}

void Database::execRaw(const QString &sql)
{
    reconnectIfLost();
    QSqlQuery query(handle());
    if (!query.exec(sql))
        fail(QStringLiteral("SQL failed: %1").arg(sql), query.lastError());
}

QSqlQuery &Database::exec(const QString &sql, const QVariantList &values)
{
    reconnectIfLost();
    QSqlQuery *query = m_statements.value(sql);
    if (!query) {
        query = new QSqlQuery(handle());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            const QSqlError error = query->lastError();
            delete query;
            fail(QStringLiteral("cannot prepare %1").arg(sql), error);
        }
        m_statements.insert(sql, query);
    }
    query->finish();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec())
        fail(QStringLiteral("SQL failed: %1").arg(sql), query->lastError());
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

qint64 Database::insert(const QString &sql, const QVariantList &values)
{
    return scalar(sql + QStringLiteral(" RETURNING id"), values).toLongLong();
}

void Database::setBusyTimeout(int milliseconds)
{
    execRaw(m_dialect.lockWait(milliseconds));
}

void Database::releaseStatements()
{
    for (QSqlQuery *query : std::as_const(m_statements))
        query->finish();
}

void Database::runAfterCommit(std::function<void()> action)
{
    if (m_depth == 0)
        action();
    else
        m_afterCommit.append(std::move(action));
}

void Database::begin()
{
    if (m_depth == 0) {
        ++m_transactionSerial;
        execRaw(m_dialect.beginTransaction());
    } else {
        execRaw(QStringLiteral("SAVEPOINT level%1").arg(m_depth));
    }
    ++m_depth;
}

void Database::commit()
{
    if (m_depth <= 0)
        return;
    if (m_depth > 1) {
        execRaw(QStringLiteral("RELEASE SAVEPOINT level%1").arg(m_depth - 1));
        --m_depth;
        return;
    }
    // Reset statements so that none holds a read lock past the commit.
    releaseStatements();
    QSqlQuery query(handle());
    if (query.exec(QStringLiteral("COMMIT"))) {
        m_depth = 0;
        const QList<std::function<void()>> actions = std::exchange(m_afterCommit, {});
        for (const auto &action : actions)
            action();
        return;
    }
    m_afterCommit.clear();
    const QSqlError error = query.lastError();
    // A failed COMMIT may leave the transaction open (SQLite keeps it after
    // a deferred constraint or a full disk) or have ended it (PostgreSQL):
    // end it either way, so that the next request starts from a clean slate.
    QSqlQuery rollbackQuery(handle());
    rollbackQuery.exec(QStringLiteral("ROLLBACK"));
    m_depth = 0;
    fail(QStringLiteral("COMMIT failed"), error);
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    ++m_transactionSerial;
    if (m_depth > 1) {
        QSqlQuery query(handle());
        const QString savepoint = QStringLiteral("level%1").arg(m_depth - 1);
        --m_depth;
        if (query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint) &&
            query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint))
            return;
        // The savepoint is gone with the connection; the outer levels fail
        // on their next statement and roll back in turn.
        m_lost = m_dialect.isPostgreSql();
        return;
    }
    releaseStatements();
    m_afterCommit.clear();
    QSqlQuery query(handle());
    if (!query.exec(QStringLiteral("ROLLBACK")))
        m_lost = m_dialect.isPostgreSql() || !handle().isOpen();
    m_depth = 0;
}
