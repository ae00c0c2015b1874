#pragma once

#include <QStringList>

/// The database commands of testops-users-server beside `serve`:
///
///     testops-users-server migrate --database PATH|URL
///     testops-users-server copy --from SQLITE_PATH --to postgresql://…
///
/// `migrate` brings the database to this build's schema version and prints
/// "Schema version N (was M)." on stdout. `copy` copies a whole SQLite
/// database into an empty PostgreSQL database in one transaction (every
/// table, ids kept) and prints how many rows it copied. Errors go to stderr
/// with exit code 1 (2 for usage errors, such as a URL with a password).
namespace MaintenanceCommands {

/// `arguments`: the program name, then the command's own options.
int migrate(const QStringList &arguments);
int copy(const QStringList &arguments);

/// The usage lines and options of both, for the overview of --help.
QString help();

} // namespace MaintenanceCommands
