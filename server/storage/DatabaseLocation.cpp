#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseLocation", text);
}

// libpq keywords passed on as they are (QPSQL's connect options).
const QStringList passedOptions = {
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
};

} // namespace

bool DatabaseLocation::parse(const QString &text, DatabaseLocation *location, QString *error)
{
    *location = DatabaseLocation();
    if (text.trimmed().isEmpty()) {
        *error = tr("--database needs a file path or a postgresql:// URL.");
        return false;
    }
    if (!text.startsWith(QLatin1String("postgresql://")) &&
        !text.startsWith(QLatin1String("postgres://"))) {
        location->engine = Engine::SQLite;
        location->path = text;
        return true;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("--database: not a valid URL: %1").arg(url.errorString());
        return false;
    }
    // "USER:PASSWORD@" (even an empty password) in the authority part.
    const QString authority = text.section(QLatin1Char('/'), 2, 2);
    if (!url.password().isEmpty() ||
        (authority.contains(u'@') && authority.section(QLatin1Char('@'), 0, 0).contains(u':'))) {
        *error = tr("--database must not hold a password: set TESTOPS_DATABASE_PASSWORD or "
                    "PGPASSWORD in the environment, or use ~/.pgpass.");
        return false;
    }
    location->engine = Engine::PostgreSQL;
    location->user = url.userName();
    location->host = url.host();
    location->port = url.port(0);
    location->databaseName = url.path().mid(1);
    QStringList options;
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == QLatin1String("host")) {
            location->host = item.second;
        } else if (item.first == QLatin1String("port")) {
            bool ok = false;
            location->port = item.second.toInt(&ok);
            if (!ok || location->port <= 0 || location->port > 65535) {
                *error = tr("--database: port must be a number from 1 to 65535.");
                return false;
            }
        } else if (item.first == QLatin1String("user")) {
            location->user = item.second;
        } else if (item.first == QLatin1String("password")) {
            *error = tr("--database must not hold a password: set TESTOPS_DATABASE_PASSWORD or "
                        "PGPASSWORD in the environment, or use ~/.pgpass.");
            return false;
        } else if (passedOptions.contains(item.first) && !item.second.contains(u';')) {
            options.append(item.first + QLatin1Char('=') + item.second);
        } else {
            *error = tr("--database: unknown parameter \"%1\"; known: host, port, user, %2.")
                         .arg(item.first, passedOptions.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (location->databaseName.isEmpty() || location->databaseName.contains(u'/')) {
        *error = tr("--database: the URL needs a database name: "
                    "postgresql://USER@HOST:PORT/DBNAME.");
        return false;
    }
    location->options = options.join(QLatin1Char(';'));
    location->password = qEnvironmentVariable("TESTOPS_DATABASE_PASSWORD");
    return true;
}

QString DatabaseLocation::displayName() const
{
    if (engine == Engine::SQLite)
        return QFileInfo(path).absoluteFilePath();
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        text += host;
    if (port)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + databaseName;
    if (host.startsWith(QLatin1Char('/')))
        text += QStringLiteral("?host=") + host;
    return text;
}
