#pragma once

#include <QStringList>

class Database;

/// The schema, as numbered migrations. The `schema_version` table holds the
/// version reached; each migration runs in its own transaction and is rolled
/// back completely when one statement fails.
namespace Migrations {

/// The CREATE INDEX statements of the member-list sort indexes (one per
/// sortable field), before SqlDialect::schema(). Bulk loads drop them first
/// and run these afterwards, which builds each index in one sorted pass.
QStringList memberListIndexes();

/// The version this build writes.
int currentVersion();

/// The schema versions before and after migrate().
struct Result
{
    int from = -1; ///< 0 for a new database
    int to = 0;
};

/// Brings `database` to currentVersion(), one transaction per version (on
/// PostgreSQL under an advisory lock, so that concurrent servers migrate
/// once). Throws StorageError when a step fails (that step is rolled back),
/// or when the database was written by a newer build (higher version).
Result migrate(Database &database);

/// The schema version stored in `database` (0 when none). One read of the
/// database, so it also proves that the database answers (the readiness
/// check). Throws StorageError (kind Busy when it is locked).
int storedVersion(Database &database);

} // namespace Migrations
