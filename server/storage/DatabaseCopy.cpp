#include "DatabaseCopy.h"

#include "Database.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QRegularExpression>
#include <QSqlRecord>
#include <QStringList>

namespace {

// Every table of the schema, parents before children (foreign keys).
const QStringList tables = {
    QStringLiteral("users"),
    QStringLiteral("api_tokens"),
    QStringLiteral("organizations"),
    QStringLiteral("memberships"),
    QStringLiteral("license_pools"),
    QStringLiteral("member_licenses"),
    QStringLiteral("teams"),
    QStringLiteral("team_members"),
    QStringLiteral("machines"),
    QStringLiteral("invitations"),
    QStringLiteral("invitation_licenses"),
    QStringLiteral("audit_events"),
    QStringLiteral("mail_queue"),
};
// Tables with an `id` of their own, whose sequence continues after a copy.
const QStringList tablesWithIds = {
    QStringLiteral("users"),         QStringLiteral("api_tokens"),
    QStringLiteral("organizations"), QStringLiteral("license_pools"),
    QStringLiteral("teams"),         QStringLiteral("machines"),
    QStringLiteral("invitations"),   QStringLiteral("audit_events"),
    QStringLiteral("mail_queue"),
};
// Rows per INSERT statement: fewer round trips to the server.
constexpr int BatchRows = 100;

QString placeholders(int columns, int rows)
{
    QString row = QStringLiteral("(");
    for (int c = 0; c < columns; ++c)
        row += c ? QStringLiteral(", ?") : QStringLiteral("?");
    row += QLatin1Char(')');
    QStringList all;
    for (int r = 0; r < rows; ++r)
        all.append(row);
    return all.join(QStringLiteral(", "));
}

qint64 copyTable(Database &source, Database &target, const QString &table)
{
    const QSqlRecord record = source.handle().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    if (columns.isEmpty())
        throw StorageError(QStringLiteral("the source has no table %1").arg(table));
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                               .arg(table, columns.join(QStringLiteral(", ")));
    QSqlQuery &rows = source.exec(
        QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
    QVariantList batch;
    qint64 copied = 0;
    auto flush = [&]() {
        const int count = static_cast<int>(batch.size() / columns.size());
        if (count == 0)
            return;
        target.exec(insert + placeholders(static_cast<int>(columns.size()), count), batch);
        copied += count;
        batch.clear();
    };
    while (rows.next()) {
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant value = rows.value(c);
            // SQLite gives an empty BLOB as a null QByteArray, which Qt would
            // bind as NULL: the empty text of a sent message is not NULL.
            if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
                batch.append(QVariant(QByteArray("")));
            else
                batch.append(value);
        }
        if (batch.size() >= BatchRows * columns.size())
            flush();
    }
    rows.finish();
    flush();
    return copied;
}

} // namespace

namespace DatabaseCopy {

qint64 copy(Database &source, Database &target)
{
    // What the source holds must all be known here: a table added by a
    // later build would otherwise be left behind without a word.
    // Not copied: the search indexes (SQLite's FTS5 tables and their shadow
    // tables), which the target's own triggers and indexes fill as the rows
    // arrive, and the database's identity: the copy is another database, so
    // that a change cursor of the source is answered 410 by the target and
    // the clients load their lists once, instead of being told changes of a
    // database that may since have gone its own way.
    QStringList known = tables;
    known << QStringLiteral("schema_version") << QStringLiteral("sqlite_sequence")
          << QStringLiteral("database_identity");
    const QRegularExpression searchIndex(
        QStringLiteral("^(users|invitations)_search(_data|_idx|_docsize|_config|_content)?$"));
    for (const QString &table : source.handle().tables()) {
        if (!known.contains(table) && !searchIndex.match(table).hasMatch())
            throw StorageError(QStringLiteral("the source has a table this server does not "
                                              "know: %1")
                                   .arg(table));
    }
    for (const QString &table : tables) {
        if (target.scalar(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)).isValid())
            throw StorageError(QStringLiteral("the target database is not empty (table %1 has "
                                              "rows); copy only into a new database")
                                   .arg(table));
    }
    // One snapshot of the source: its write lock keeps a server that still
    // runs on it from changing rows between two tables (never committed).
    Transaction snapshot(source);
    Transaction transaction(target);
    qint64 copied = 0;
    for (const QString &table : tables)
        copied += copyTable(source, target, table);
    for (const QString &table : tablesWithIds) {
        if (const QString reset = target.dialect().resetIdSequence(table); !reset.isEmpty())
            target.execRaw(reset);
    }
    transaction.commit();
    return copied;
}

} // namespace DatabaseCopy
