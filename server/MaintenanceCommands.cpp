#include "MaintenanceCommands.h"

#include "Database.h"
#include "DatabaseCopy.h"
#include "DatabaseLocation.h"
#include "Migrations.h"
#include "StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MaintenanceCommands", text);
}

void printOut(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

void printErr(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

struct MigrateOptions
{
    QCommandLineOption database{QStringLiteral("database"),
                                tr("SQLite database file or postgresql:// URL (required)."),
                                tr("PATH|URL")};
    void addTo(QCommandLineParser &parser) const { parser.addOption(database); }
};

struct CopyOptions
{
    QCommandLineOption from{QStringLiteral("from"),
                            tr("The SQLite database file to copy (required)."), tr("PATH")};
    QCommandLineOption to{QStringLiteral("to"),
                          tr("The empty PostgreSQL database to copy into: postgresql://… "
                             "(required; the password from the environment, never in the URL)."),
                          tr("URL")};
    void addTo(QCommandLineParser &parser) const { parser.addOptions({from, to}); }
};

// A --database style option, parsed; false (after the message) on a usage error.
bool location(const QString &text, const QString &option, DatabaseLocation *result)
{
    QString error;
    if (text.isEmpty()) {
        printErr(tr("%1 is required.").arg(option));
        return false;
    }
    if (!DatabaseLocation::parse(text, result, &error)) {
        printErr(error);
        return false;
    }
    return true;
}

QString optionsHelp(void (*add)(QCommandLineParser &))
{
    QCommandLineParser parser;
    add(parser);
    return parser.helpText().section(QLatin1Char('\n'), 2);
}

} // namespace

namespace MaintenanceCommands {

QString help()
{
    return tr("migrate: brings the database to this server's schema version and prints it.\n%1\n"
              "copy: copies a whole SQLite database (every table, ids kept, the audit log and "
              "the mail queue) into an empty PostgreSQL database, in one transaction.\n%2")
        .arg(optionsHelp([](QCommandLineParser &parser) { MigrateOptions().addTo(parser); }),
             optionsHelp([](QCommandLineParser &parser) { CopyOptions().addTo(parser); }));
}

int migrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Brings the database to this server's schema version."));
    parser.addHelpOption();
    const MigrateOptions options;
    options.addTo(parser);
    parser.process(arguments);
    DatabaseLocation database;
    if (!location(parser.value(options.database), QStringLiteral("--database"), &database))
        return 2;
    if (!database.isPostgreSql() && !QFileInfo::exists(database.path)) {
        printErr(tr("There is no database at %1.").arg(database.path));
        return 1;
    }
    try {
        Database db(QStringLiteral("testops-migrate"));
        db.connect(database);
        const Migrations::Result result = Migrations::migrate(db);
        printOut(result.from == result.to
                     ? tr("Schema version %1 (up to date).").arg(result.to)
                     : tr("Schema version %1 (was %2).").arg(result.to).arg(result.from));
    } catch (const StorageError &error) {
        printErr(error.message());
        return 1;
    }
    return 0;
}

int copy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies an SQLite database into an empty PostgreSQL database."));
    parser.addHelpOption();
    const CopyOptions options;
    options.addTo(parser);
    parser.process(arguments);
    DatabaseLocation from;
    DatabaseLocation to;
    if (!location(parser.value(options.from), QStringLiteral("--from"), &from) ||
        !location(parser.value(options.to), QStringLiteral("--to"), &to))
        return 2;
    if (from.isPostgreSql() || !to.isPostgreSql()) {
        printErr(tr("copy goes from an SQLite file (--from PATH) to a PostgreSQL database "
                    "(--to postgresql://…)."));
        return 2;
    }
    if (!QFileInfo::exists(from.path)) {
        printErr(tr("There is no database at %1.").arg(from.path));
        return 1;
    }
    try {
        QElapsedTimer timer;
        timer.start();
        Database source(QStringLiteral("testops-copy-source"));
        source.open(from);
        Database target(QStringLiteral("testops-copy-target"));
        target.open(to);
        const qint64 rows = DatabaseCopy::copy(source, target);
        printOut(tr("Copied %1 rows from %2 to %3 in %4 ms.")
                     .arg(rows)
                     .arg(from.displayName(), to.displayName())
                     .arg(timer.elapsed()));
    } catch (const StorageError &error) {
        printErr(tr("Nothing was copied: %1").arg(error.message()));
        return 1;
    }
    return 0;
}

} // namespace MaintenanceCommands
