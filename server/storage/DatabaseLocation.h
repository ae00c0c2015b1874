#pragma once

#include <QString>

/// Which database the server uses, from the `--database` argument.
///
/// - A file path (anything that is not a `postgresql://` or `postgres://` URL):
///   SQLite, the file created when missing.
/// - `postgresql://[USER@][HOST][:PORT]/DBNAME[?host=SOCKET_DIR&sslmode=…]`:
///   PostgreSQL through Qt's QPSQL driver (libpq). An empty HOST with
///   `?host=/run/postgresql` uses the Unix socket in that folder. Allowed
///   query parameters: host, port, user, sslmode, sslrootcert,
///   connect_timeout, application_name.
///
/// A URL never carries a password (it would show in `ps` and in shell
/// history): parse() refuses one. The password comes from
/// TESTOPS_DATABASE_PASSWORD, else from libpq's own PGPASSWORD or ~/.pgpass.
struct DatabaseLocation
{
    enum class Engine
    {
        SQLite,
        PostgreSQL,
    };

    Engine engine = Engine::SQLite;
    QString path; ///< SQLite: the file
    QString host; ///< PostgreSQL: host name, address or socket folder; empty: libpq's default
    int port = 0; ///< PostgreSQL: 0 = libpq's default (5432)
    QString user; ///< PostgreSQL: empty = libpq's default (the system user name)
    QString databaseName; ///< PostgreSQL
    QString options;      ///< PostgreSQL: libpq connection options, "key=value;…" (QPSQL form)
    QString password;     ///< PostgreSQL: from TESTOPS_DATABASE_PASSWORD; never from the URL

    /// Parses `text` (see above). Returns false with `error` (a sentence for
    /// the command line) for an empty text, a URL with a password, a URL
    /// without a database name, or an unknown query parameter.
    static bool parse(const QString &text, DatabaseLocation *location, QString *error);

    bool isPostgreSql() const { return engine == Engine::PostgreSQL; }

    /// For logs and messages: the absolute file path, or the URL without any
    /// secret (postgresql://USER@HOST:PORT/DBNAME).
    QString displayName() const;
};
