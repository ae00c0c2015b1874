#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QCommandLineParser;

/// How the app was asked to start.
struct StartOptions
{
    bool local = false;        ///< --local: the bundled server with the demo organization
    QString dataDir;           ///< --data-dir DIR; empty: the user's application data folder
    QUrl serverUrl;            ///< --server URL; invalid when not given
    qint64 organizationId = 0; ///< --org ID; 0 when not given

    /// True when any option chose a connection (otherwise the saved one, or
    /// the connection dialog, decides).
    bool choosesConnection() const { return local || serverUrl.isValid(); }
};

/// The command line of testops-users, on QCommandLineParser: --help,
/// --version, --local, --data-dir DIR, --server URL, --org ID.
namespace CommandLine {

/// Adds the options, --help and --version, and the application description.
void configure(QCommandLineParser &parser);

/// Reads the options from a parser that configure() set up and that has
/// parsed `arguments`. Returns false with `error` set (a sentence for the
/// terminal) when a value is invalid: --server without an http(s) URL with a
/// host, --org not a positive integer, --local together with --server.
bool read(const QCommandLineParser &parser, StartOptions &options, QString &error);

/// configure + parse + read in one, for tests: `arguments` starts with the
/// program name. Unknown options are errors. --help/--version are accepted
/// and ignored here (main() handles them through the parser).
bool parse(const QStringList &arguments, StartOptions &options, QString &error);

} // namespace CommandLine
