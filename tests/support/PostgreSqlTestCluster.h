#pragma once

#include <QSqlDatabase>
#include <QString>

/// The PostgreSQL cluster the tests run against (started by the ctest
/// fixture, tests/support/postgresql-cluster.sh). Its admin URL comes from
/// TESTOPS_TEST_POSTGRESQL_URL, or from the file named by
/// TESTOPS_TEST_POSTGRESQL_URL_FILE: postgresql://USER@/postgres?host=SOCKET_DIR.
namespace PostgreSqlTestCluster {

/// The admin URL; empty with `error` set when none is configured.
QString adminUrl(QString *error);

/// Creates a new, empty database with a unique name and returns the name;
/// empty with `error` set on failure.
QString createDatabase(QString *error);

/// Drops database `name` (closing its connections first). False with `error`.
bool dropDatabase(const QString &name, QString *error);

/// The postgresql:// URL of database `name` in the cluster, for --database.
QString databaseUrl(const QString &name);

/// A QPSQL connection (not yet opened) to database `name`, added under
/// `connectionName`.
QSqlDatabase connection(const QString &connectionName, const QString &name);

} // namespace PostgreSqlTestCluster
