#pragma once

class Database;

/// The schema, as numbered migrations. The `schema_version` table holds the
/// version reached; each migration runs in its own transaction and is rolled
/// back completely when one statement fails.
namespace Migrations {

/// The version this build writes.
int currentVersion();

/// Brings `database` to currentVersion(). Throws StorageError when a step
/// fails, or when the file was written by a newer build (higher version).
void migrate(Database &database);

} // namespace Migrations
