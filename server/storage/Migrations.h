#pragma once

#include <QStringList>

class Database;

/// The schema, as numbered migrations. The `schema_version` table holds the
/// version reached; each migration runs in its own transaction and is rolled
/// back completely when one statement fails.
namespace Migrations {

/// The CREATE INDEX statements of the member-list sort indexes (one per
/// sortable field). Bulk loads drop them first and run these afterwards,
/// which builds each index in one sorted pass.
QStringList memberListIndexes();

/// The version this build writes.
int currentVersion();

/// Brings `database` to currentVersion(). Throws StorageError when a step
/// fails, or when the file was written by a newer build (higher version).
void migrate(Database &database);

} // namespace Migrations
