#include "PostgreSqlTestCluster.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace PostgreSqlTestCluster {

QString adminUrl(QString *error)
{
    QString url = qEnvironmentVariable("TESTOPS_TEST_POSTGRESQL_URL");
    if (url.isEmpty()) {
        const QString path = qEnvironmentVariable("TESTOPS_TEST_POSTGRESQL_URL_FILE");
        QFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (url.isEmpty())
        *error = QStringLiteral("no PostgreSQL test cluster: set TESTOPS_TEST_POSTGRESQL_URL, or "
                                "run ctest, whose fixture starts one "
                                "(tests/support/postgresql-cluster.sh)");
    return url;
}

QString databaseUrl(const QString &name)
{
    QString error;
    QUrl url(adminUrl(&error));
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

QSqlDatabase connection(const QString &connectionName, const QString &name)
{
    QString error;
    const QUrl url(adminUrl(&error));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setDatabaseName(name);
    const QString host = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
    db.setHostName(host.isEmpty() ? url.host() : host);
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    return db;
}

namespace {

// Runs `sql` on the cluster's admin database.
bool adminExec(const QString &sql, QString *error)
{
    if (adminUrl(error).isEmpty())
        return false;
    const QString connectionName =
        QStringLiteral("testops-admin-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = connection(connectionName, QUrl(adminUrl(error)).path().mid(1));
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to the PostgreSQL test cluster: %1")
                         .arg(db.lastError().text());
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

} // namespace

QString createDatabase(QString *error)
{
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    return adminExec(QStringLiteral("CREATE DATABASE %1").arg(name), error) ? name : QString();
}

bool dropDatabase(const QString &name, QString *error)
{
    return adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), error);
}

} // namespace PostgreSqlTestCluster
