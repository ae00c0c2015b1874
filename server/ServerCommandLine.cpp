#include "ServerCommandLine.h"

#include "ApiServer.h"
#include "AuditRetention.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "DemoSeeder.h"
#include "EmailAddress.h"
#include "MailQueue.h"
#include "MaintenanceCommands.h"
#include "OutboxMailSender.h"
#include "RateLimiter.h"
#include "RequestHandler.h"
#include "ServerSecret.h"
#include "SignalWatcher.h"
#include "SmtpClient.h"
#include "StorageError.h"
#include "TouchThrottle.h"
#include "Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QLockFile>
#include <QUrl>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerCommandLine", text);
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

struct ServeOptions
{
    QCommandLineOption listen{QStringLiteral("listen"),
                              tr("Address and port to listen on; port 0 takes a free port "
                                 "(default 127.0.0.1:8080)."),
                              tr("HOST:PORT"), QStringLiteral("127.0.0.1:8080")};
    QCommandLineOption database{
        QStringLiteral("database"),
        tr("SQLite database file, created when missing, or a PostgreSQL database: "
           "postgresql://USER@HOST:PORT/DBNAME or postgresql:///DBNAME?host=/run/postgresql "
           "(the password from TESTOPS_DATABASE_PASSWORD, PGPASSWORD or ~/.pgpass, never in "
           "the URL) (required)."),
        tr("PATH|URL")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            tr("On an empty database, create the demonstration organizations "
                               "(deterministic).")};
    QCommandLineOption demoMembers{QStringLiteral("demo-members"),
                                   tr("Active members of the demonstration organization "
                                      "(default 300, at least 10)."),
                                   tr("N"), QStringLiteral("300")};
    QCommandLineOption ttl{QStringLiteral("invitation-ttl"),
                           tr("Validity of an invitation link in seconds (default 86400, "
                              "24 hours)."),
                           tr("SECONDS"), QStringLiteral("86400")};
    QCommandLineOption outbox{QStringLiteral("outbox"),
                              tr("Folder for invitation emails (.eml files); default: the "
                                 "database path followed by \"-outbox\" (required with "
                                 "PostgreSQL unless --smtp-url is given)."),
                              tr("DIR")};
    QCommandLineOption publicUrl{QStringLiteral("public-url"),
                                 tr("Base URL of activation links; default: http://HOST:PORT "
                                    "of --listen."),
                                 tr("URL")};
    QCommandLineOption rateLimit{QStringLiteral("rate-limit"),
                                 tr("Requests per minute per API token before 429 Too Many "
                                    "Requests (default 6000; 0 turns the limit off)."),
                                 tr("N"), QStringLiteral("6000")};
    QCommandLineOption idleTimeout{
        QStringLiteral("idle-timeout"),
        tr("Seconds a connection may wait for (the rest of) a request, or for the client to "
           "take an answer, before it is closed (default 60)."),
        tr("SECONDS"), QStringLiteral("60")};
    QCommandLineOption maxConnections{
        QStringLiteral("max-connections"),
        tr("Open connections at most (default 512). At the cap the connection that has "
           "waited longest for a request is closed to make room; when all are busy, new "
           "clients wait. Keep it below the file descriptor limit (LimitNOFILE=)."),
        tr("N"), QStringLiteral("512")};
    QCommandLineOption workers{
        QStringLiteral("workers"),
        tr("Threads that answer requests, each with its own database connection (default "
           "4): a request waiting for the database holds up one of them."),
        tr("N"), QStringLiteral("4")};
    QCommandLineOption secretFile{QStringLiteral("secret-file"),
                                  tr("File holding the server secret that signs activation "
                                     "links, created (mode 0600) when missing; default: the "
                                     "database path followed by \".secret\" (required with "
                                     "PostgreSQL: every instance needs the same file). Keep "
                                     "it out of database backups. An existing file that other "
                                     "users may read or write (any group or other permission) "
                                     "is refused, as ssh refuses such a key."),
                                  tr("PATH")};
    QCommandLineOption allowReadableSecret{
        QStringLiteral("allow-readable-secret"),
        tr("Start even when the secret file is open to other users (e.g. mode 0640 for a "
           "group that must read it); a warning is logged instead. Ignored on Windows.")};

    QCommandLineOption smtpUrl{
        QStringLiteral("smtp-url"),
        tr("Deliver invitation emails through this SMTP server instead of the outbox: "
           "smtps://HOST[:PORT] (TLS) or smtp://HOST[:PORT] (STARTTLS, required unless HOST "
           "is a loopback address). Certificates are verified. Credentials come from the "
           "environment variables TESTOPS_SMTP_USERNAME and TESTOPS_SMTP_PASSWORD, never "
           "from the command line."),
        tr("URL")};
    QCommandLineOption smtpFrom{QStringLiteral("smtp-from"),
                                tr("Sender address of invitation emails (From and envelope); "
                                   "required with --smtp-url (default for the outbox: "
                                   "no-reply@testops.example)."),
                                tr("ADDRESS")};
    QCommandLineOption smtpCaFile{QStringLiteral("smtp-ca-file"),
                                  tr("PEM file of the certificate authorities that the SMTP "
                                     "server's certificate must chain to, instead of the "
                                     "system's (for a private CA)."),
                                  tr("PATH")};
    QCommandLineOption smtpRetryBase{
        QStringLiteral("smtp-retry-base"),
        tr("Seconds before the first retry of an email that could not be delivered (SMTP or "
           "outbox); each further retry waits 4 times longer, at most 120 times this (default "
           "30: 30 s, 2 min, 8 min, 32 min, then hourly; 8 attempts in all)."),
        tr("SECONDS"), QStringLiteral("30")};
    QCommandLineOption deliveryTimeout{
        QStringLiteral("delivery-timeout"),
        tr("Longest time one delivery of an email may take (default 120). Emails are rows "
           "of the database, each claimed by one server: one claimed by a server that dies "
           "is sent by another after this plus 10 seconds."),
        tr("SECONDS"), QStringLiteral("120")};

    QCommandLineOption auditRetentionDays{
        QStringLiteral("audit-retention-days"),
        tr("Keep audit events this many days: older ones are removed at start and then "
           "hourly, each removal recorded in the organization's log (default 0: keep "
           "forever)."),
        tr("N"), QStringLiteral("0")};
    QCommandLineOption auditPruneInterval{
        QStringLiteral("audit-prune-interval"),
        tr("Seconds between removals of expired audit events (default 3600)."), tr("SECONDS"),
        QStringLiteral("3600")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({listen,
                           database,
                           demo,
                           demoMembers,
                           ttl,
                           outbox,
                           publicUrl,
                           rateLimit,
                           idleTimeout,
                           maxConnections,
                           workers,
                           secretFile,
                           allowReadableSecret,
                           smtpUrl,
                           smtpFrom,
                           smtpCaFile,
                           smtpRetryBase,
                           deliveryTimeout,
                           auditRetentionDays,
                           auditPruneInterval});
    }
};

struct TokenOptions
{
    QCommandLineOption database{QStringLiteral("database"),
                                tr("SQLite database file or postgresql:// URL (required)."),
                                tr("PATH|URL")};
    QCommandLineOption email{QStringLiteral("email"),
                             tr("Address of the user who gets the token (required)."), tr("EMAIL")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({database, email}); }
};

QString serveHelp()
{
    QCommandLineParser parser;
    ServeOptions().addTo(parser);
    return parser.helpText().section(QLatin1Char('\n'), 2);
}

QString tokenHelp()
{
    QCommandLineParser parser;
    TokenOptions().addTo(parser);
    return parser.helpText().section(QLatin1Char('\n'), 2);
}

QString overview()
{
    return tr("testops-users-server %1 — the reference server of the TestOps user-management "
              "API.\n\n"
              "Usage:\n"
              "  testops-users-server serve --database PATH|URL [options]\n"
              "  testops-users-server token create --database PATH|URL --email EMAIL\n"
              "  testops-users-server migrate --database PATH|URL\n"
              "  testops-users-server copy --from SQLITE_PATH --to postgresql://…\n\n"
              "serve: answers the API on HTTP. The first line on stdout is \"Listening on "
              "http://HOST:PORT\". SIGINT or SIGTERM stops it.\n%2\n"
              "token create: prints a new API token for the user on its last line; works while "
              "a server runs on the same database.\n%3\n%4")
        .arg(QStringLiteral(TESTOPS_VERSION), serveHelp(), tokenHelp(),
             MaintenanceCommands::help());
}

/// The connection cap that fits the process's file descriptor limit: each
/// connection holds one descriptor, and the database, the log, the mail
/// queue and the outbox need some of their own.
int connectionsWithinDescriptorLimit(int wanted)
{
#ifdef Q_OS_UNIX
    constexpr rlim_t Reserve = 64;
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY ||
        limit.rlim_cur >= static_cast<rlim_t>(wanted) + Reserve)
        return wanted;
    const int fitting =
        limit.rlim_cur > Reserve + 1 ? static_cast<int>(limit.rlim_cur - Reserve) : 1;
    printErr(tr("--max-connections lowered from %1 to %2: the process may open %3 files "
                "(raise LimitNOFILE= or ulimit -n).")
                 .arg(wanted)
                 .arg(fitting)
                 .arg(static_cast<qulonglong>(limit.rlim_cur)));
    return fitting;
#else
    return wanted;
#endif
}

bool positiveInt(const QString &text, qint64 minimum, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok && *value >= minimum;
}

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Serves the user-management API."));
    parser.addHelpOption();
    const ServeOptions options;
    options.addTo(parser);
    parser.process(arguments);

    if (!parser.isSet(options.database)) {
        printErr(tr("serve needs --database PATH or --database postgresql://…."));
        return 2;
    }
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(parser.value(options.database), &location, &error)) {
        printErr(error);
        return 2;
    }
    if (location.isPostgreSql() && !parser.isSet(options.secretFile)) {
        printErr(tr("With a PostgreSQL database, give --secret-file PATH: every server instance "
                    "needs the same secret."));
        return 2;
    }
    if (location.isPostgreSql() && !parser.isSet(options.outbox) &&
        !parser.isSet(options.smtpUrl)) {
        printErr(tr("With a PostgreSQL database, give --smtp-url (or --outbox DIR)."));
        return 2;
    }
    const QString databasePath = location.path;
    const QString listen = parser.value(options.listen);
    const int colon = static_cast<int>(listen.lastIndexOf(QLatin1Char(':')));
    QString host = listen.left(colon);
    qint64 port = -1;
    if (colon <= 0 || !positiveInt(listen.mid(colon + 1), 0, &port) || port > 65535) {
        printErr(tr("--listen needs HOST:PORT, e.g. 127.0.0.1:8080."));
        return 2;
    }
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address(host);
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    if (address.isNull()) {
        printErr(tr("--listen: \"%1\" is not an IP address.").arg(host));
        return 2;
    }
    qint64 ttl = 0;
    qint64 demoMembers = 0;
    qint64 rateLimit = 0;
    if (!positiveInt(parser.value(options.ttl), 1, &ttl)) {
        printErr(tr("--invitation-ttl needs a whole number of seconds, at least 1."));
        return 2;
    }
    if (!positiveInt(parser.value(options.demoMembers), 10, &demoMembers) ||
        demoMembers > 10000000) {
        printErr(tr("--demo-members needs a whole number from 10 to 10000000."));
        return 2;
    }
    if (!positiveInt(parser.value(options.rateLimit), 0, &rateLimit) || rateLimit > 100000000) {
        printErr(tr("--rate-limit needs a whole number of requests per minute, 0 for no limit."));
        return 2;
    }
    HttpServerSettings http;
    qint64 idleTimeout = 0;
    qint64 maxConnections = 0;
    if (!positiveInt(parser.value(options.idleTimeout), 1, &idleTimeout) || idleTimeout > 86400) {
        printErr(tr("--idle-timeout needs a whole number of seconds from 1 to 86400."));
        return 2;
    }
    if (!positiveInt(parser.value(options.maxConnections), 1, &maxConnections) ||
        maxConnections > 1000000) {
        printErr(tr("--max-connections needs a whole number from 1 to 1000000."));
        return 2;
    }
    qint64 workers = 0;
    if (!positiveInt(parser.value(options.workers), 1, &workers) || workers > 256) {
        printErr(tr("--workers needs a whole number from 1 to 256."));
        return 2;
    }
    http.idleTimeoutMs = static_cast<int>(idleTimeout * 1000);
    http.maxConnections = connectionsWithinDescriptorLimit(static_cast<int>(maxConnections));
    if (parser.isSet(options.publicUrl)) {
        const QUrl url(parser.value(options.publicUrl), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.hasQuery() || url.hasFragment()) {
            printErr(tr("--public-url needs an http or https URL such as "
                        "https://users.example.com."));
            return 2;
        }
    }

    SmtpSettings smtp;
    if (parser.isSet(options.smtpUrl)) {
        const QUrl url(parser.value(options.smtpUrl), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps")) ||
            url.hasQuery() || url.hasFragment()) {
            printErr(tr("--smtp-url needs smtp://HOST[:PORT] or smtps://HOST[:PORT]."));
            return 2;
        }
        if (!url.userInfo().isEmpty()) {
            printErr(tr("--smtp-url must not hold credentials: set TESTOPS_SMTP_USERNAME and "
                        "TESTOPS_SMTP_PASSWORD in the environment."));
            return 2;
        }
        if (!parser.isSet(options.smtpFrom)) {
            printErr(tr("--smtp-url needs --smtp-from ADDRESS."));
            return 2;
        }
        if (parser.isSet(options.smtpCaFile)) {
            smtp.caFile = parser.value(options.smtpCaFile);
            if (!QFileInfo(smtp.caFile).isReadable()) {
                printErr(tr("--smtp-ca-file: cannot read %1.").arg(smtp.caFile));
                return 2;
            }
        }
        smtp.url = url.toString();
        smtp.username = qEnvironmentVariable("TESTOPS_SMTP_USERNAME");
        smtp.password = qEnvironmentVariable("TESTOPS_SMTP_PASSWORD");
    }
    qint64 retryBase = 0;
    if (!positiveInt(parser.value(options.smtpRetryBase), 1, &retryBase) || retryBase > 86400) {
        printErr(tr("--smtp-retry-base needs a whole number of seconds from 1 to 86400."));
        return 2;
    }
    smtp.retryBaseSeconds = static_cast<int>(retryBase);
    qint64 deliveryTimeout = 0;
    if (!positiveInt(parser.value(options.deliveryTimeout), 1, &deliveryTimeout) ||
        deliveryTimeout > 3600) {
        printErr(tr("--delivery-timeout needs a whole number of seconds from 1 to 3600."));
        return 2;
    }
    smtp.timeoutSeconds = static_cast<int>(deliveryTimeout);
    qint64 retentionDays = 0;
    if (!positiveInt(parser.value(options.auditRetentionDays), 0, &retentionDays) ||
        retentionDays > 36500) {
        printErr(tr("--audit-retention-days needs a whole number of days from 0 (keep forever) "
                    "to 36500."));
        return 2;
    }
    qint64 pruneInterval = 0;
    if (!positiveInt(parser.value(options.auditPruneInterval), 1, &pruneInterval) ||
        pruneInterval > 604800) {
        printErr(tr("--audit-prune-interval needs a whole number of seconds from 1 to 604800."));
        return 2;
    }
    QString fromAddress;
    if (parser.isSet(options.smtpFrom)) {
        const EmailCheck check = EmailAddress::check(parser.value(options.smtpFrom));
        if (!check.isValid()) {
            printErr(tr("--smtp-from: %1").arg(check.error));
            return 2;
        }
        fromAddress = check.address;
    }

    // SQLite serves one process: a second server on the same file would send
    // every queued email again. The lock lives as long as the process (a
    // killed server's lock is stale at once: its process is gone).
    std::unique_ptr<QLockFile> singleServer;
    if (!location.isPostgreSql()) {
        singleServer = std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock"));
        singleServer->setStaleLockTime(0);
        if (!singleServer->tryLock(0)) {
            qint64 pid = 0;
            QString lockHost;
            QString application;
            singleServer->getLockInfo(&pid, &lockHost, &application);
            printErr(singleServer->error() == QLockFile::LockFailedError
                         ? tr("Another testops-users-server (process %1) already serves %2. An "
                              "SQLite database has one server; for several, use PostgreSQL.")
                               .arg(pid)
                               .arg(location.displayName())
                         : tr("Cannot create the lock file %1.lock.").arg(databasePath));
            return 1;
        }
    }

    Database database;
    ServerSecret secret;
    const QString secretPath = parser.isSet(options.secretFile)
                                   ? parser.value(options.secretFile)
                                   : databasePath + QStringLiteral(".secret");
    QString warning;
    if (!secret.loadOrCreate(secretPath,
                             parser.isSet(options.allowReadableSecret)
                                 ? ServerSecret::SharedFile::Warn
                                 : ServerSecret::SharedFile::Refuse,
                             &error, &warning)) {
        printErr(error);
        return 1;
    }
    if (!warning.isEmpty())
        printErr(warning);
    try {
        database.open(location);
        if (parser.isSet(options.demo)) {
            OrganizationStore organizations(database);
            if (organizations.isEmpty()) {
                QElapsedTimer timer;
                timer.start();
                DemoSeeder(database, secret)
                    .seed(static_cast<int>(demoMembers), ttl, QDateTime::currentDateTimeUtc());
                printErr(tr("Demo data created (%1 active members) in %2 ms.")
                             .arg(demoMembers)
                             .arg(timer.elapsed()));
            } else {
                printErr(tr("The database is not empty; --demo adds nothing."));
            }
        }
    } catch (const StorageError &storageError) {
        printErr(storageError.message());
        return 1;
    }

    // Before listening: a server never answers with events past their retention.
    std::unique_ptr<AuditRetention> retention;
    if (retentionDays > 0) {
        retention = std::make_unique<AuditRetention>(location, static_cast<int>(retentionDays),
                                                     static_cast<int>(pruneInterval));
        try {
            retention->start();
        } catch (const StorageError &storageError) {
            printErr(tr("Audit retention: %1").arg(storageError.message()));
            return 1;
        }
    }

    ServerConfig config;
    config.invitationTtlSeconds = ttl;
    config.rateLimit = static_cast<int>(rateLimit);
    const QString outboxPath = parser.isSet(options.outbox)
                                   ? parser.value(options.outbox)
                                   : databasePath + QStringLiteral("-outbox");
    if (!fromAddress.isEmpty())
        config.mailFromAddress = fromAddress;
    // Every email is a row of the request's transaction; the queue, on its
    // own connection, hands committed rows to SMTP or to the outbox folder.
    std::unique_ptr<MailTransport> transport;
    if (!smtp.url.isEmpty())
        transport = std::make_unique<SmtpClient>(smtp);
    else
        transport = std::make_unique<OutboxMailSender>(outboxPath);
    MailQueueSettings mailSettings;
    mailSettings.retryBaseSeconds = smtp.retryBaseSeconds;
    mailSettings.maxAttempts = smtp.maxAttempts;
    mailSettings.leaseSeconds = smtp.timeoutSeconds + 10;
    MailQueue queue(location, std::move(transport), mailSettings);
    RateLimiter rateLimiter(config.rateLimit);
    TouchThrottle touches;
    // Each worker opens its own connection, on its own thread.
    const auto makeHandler = [&](int index) {
        auto connection =
            std::make_unique<Database>(QStringLiteral("testops-worker-%1").arg(index));
        // The main connection has migrated the schema already.
        connection->connect(database.location());
        return std::make_unique<RequestHandler>(std::move(connection), queue, secret, config,
                                                rateLimiter, touches);
    };
    ApiServer server(http, static_cast<int>(workers), makeHandler);
    if (!server.listen(address, static_cast<quint16>(port), &error)) {
        printErr(tr("Cannot listen on %1: %2").arg(listen, error));
        return 1;
    }
    const QString hostText = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QStringLiteral("[%1]").arg(address.toString())
                                 : address.toString();
    const QString base = QStringLiteral("http://%1:%2").arg(hostText).arg(server.port());
    config.publicUrl = parser.isSet(options.publicUrl) ? parser.value(options.publicUrl) : base;
    while (config.publicUrl.endsWith(QLatin1Char('/')))
        config.publicUrl.chop(1);
    // The workers copy the settings: start them once the public URL is known.
    if (!server.start(&error)) {
        printErr(tr("Cannot open the database for the workers: %1").arg(error));
        return 1;
    }
    printOut(QStringLiteral("Listening on %1").arg(base));
    printErr(tr("Database %1; invitation emails %2; server secret in %3.")
                 .arg(location.displayName(),
                      tr("%1 from %2").arg(queue.description(), config.mailFromAddress),
                      QFileInfo(secretPath).absoluteFilePath()));
    try {
        queue.start();
    } catch (const StorageError &storageError) {
        printErr(tr("Mail queue: %1").arg(storageError.message()));
        return 1;
    }

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [](int) {
        printErr(tr("Stopping."));
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

int createToken(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints a new API token for a user."));
    parser.addHelpOption();
    const TokenOptions options;
    options.addTo(parser);
    parser.process(arguments);
    const QString email = parser.value(options.email);
    if (!parser.isSet(options.database) || email.isEmpty()) {
        printErr(tr("token create needs --database PATH|URL and --email EMAIL."));
        return 2;
    }
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(parser.value(options.database), &location, &error)) {
        printErr(error);
        return 2;
    }
    if (!location.isPostgreSql() && !QFileInfo::exists(location.path)) {
        printErr(tr("There is no database at %1.").arg(location.path));
        return 1;
    }
    try {
        Database database(QStringLiteral("testops-token"));
        database.open(location);
        AccountStore accounts(database);
        const EmailCheck check = EmailAddress::check(email);
        const QString key = EmailAddress::duplicateKey(check.isValid() ? check.address : email);
        const auto user = accounts.userByEmailKey(key);
        if (!user) {
            printErr(tr("No user has the address %1.").arg(email));
            return 1;
        }
        const QString token = ServerSecret::randomToken(32);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Transaction transaction(database);
        const qint64 tokenId = accounts.addToken(user->id, ServerSecret::tokenHash(token), now);
        const AuditPerson owner{user->id, user->fullName, user->email};
        AuditEvent created;
        created.actor = owner;
        created.action = AuditAction::TokenCreated;
        created.target = {AuditTargetType::Token, tokenId, user->email, owner};
        created.createdAt = now;
        AuditLog(database).record(created);
        transaction.commit();
        printErr(tr("API token for %1 (%2):").arg(user->fullName, user->email));
        printOut(token);
    } catch (const StorageError &storageError) {
        printErr(storageError.message());
        return 1;
    }
    return 0;
}

} // namespace

namespace ServerCommandLine {

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("serve"))
        return serve(QStringList{arguments.value(0)} + arguments.mid(2));
    if (command == QLatin1String("migrate"))
        return MaintenanceCommands::migrate(QStringList{arguments.value(0)} + arguments.mid(2));
    if (command == QLatin1String("copy"))
        return MaintenanceCommands::copy(QStringList{arguments.value(0)} + arguments.mid(2));
    if (command == QLatin1String("token") && arguments.value(2) == QLatin1String("create"))
        return createToken(QStringList{arguments.value(0)} + arguments.mid(3));
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        printOut(QStringLiteral("testops-users-server %1").arg(QStringLiteral(TESTOPS_VERSION)));
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printOut(overview());
        return command.isEmpty() ? 2 : 0;
    }
    printErr(tr("Unknown command \"%1\".").arg(command));
    printErr(overview());
    return 2;
}

} // namespace ServerCommandLine
