#pragma once

#include <QString>

class Database;

/// Copies a whole database into an empty one of the other engine: every
/// table, ids kept (PostgreSQL's id sequences continue after them), the audit
/// log and the mail queue; the upgrade path from SQLite to PostgreSQL.
namespace DatabaseCopy {

/// Copies every row of `source` into `target`, both open and at the current
/// schema version (Database::open), in one transaction on `target`: all or
/// nothing. Throws StorageError when `target` already holds data, when
/// `source` has a table this build does not know, or when a row fails.
/// Returns the number of rows copied.
qint64 copy(Database &source, Database &target);

} // namespace DatabaseCopy
