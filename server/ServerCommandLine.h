#pragma once

#include <QStringList>

/// The command line of testops-users-server (QCommandLineParser):
///
///     testops-users-server serve --database PATH [--listen HOST:PORT] [--demo]
///         [--demo-members N] [--invitation-ttl SECONDS] [--outbox DIR]
///         [--public-url URL] [--rate-limit N] [--idle-timeout SECONDS]
///         [--max-connections N] [--secret-file PATH] [--allow-readable-secret]
///         [--smtp-url URL --smtp-from ADDRESS] [--smtp-ca-file PATH]
///         [--smtp-retry-base SECONDS]
///     testops-users-server token create --database PATH --email EMAIL
///
/// `serve` prints "Listening on http://HOST:PORT" as its first line on stdout
/// and runs until SIGINT or SIGTERM. `token create` prints a new API token on
/// its last line. Errors go to stderr with exit code 1 (2 for usage errors);
/// a secret file open to other users is such an error unless
/// --allow-readable-secret turns it into a warning.
/// With --smtp-url, invitation emails go through SMTP (MailQueue; credentials
/// from TESTOPS_SMTP_USERNAME / TESTOPS_SMTP_PASSWORD); without, to the outbox.
namespace ServerCommandLine {

/// Runs the command in `arguments` (the whole argv, program name first) and
/// returns the process exit code. Needs a QCoreApplication.
int run(const QStringList &arguments);

} // namespace ServerCommandLine
