#include "CommandLine.h"

#include "ConnectionDialog.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QString localOption = QStringLiteral("local");
const QString dataDirOption = QStringLiteral("data-dir");
const QString serverOption = QStringLiteral("server");
const QString orgOption = QStringLiteral("org");

} // namespace

namespace CommandLine {

void configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Manage the people of a TestOps organization: invite, revoke, remove, change "
           "roles, export."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {localOption, tr("Start the bundled server with the local demonstration organization "
                         "and connect to it.")});
    parser.addOption({dataDirOption,
                      tr("Keep the local organization's database in <dir> (default: the "
                         "application data folder)."),
                      tr("dir")});
    parser.addOption({serverOption,
                      tr("Connect to the TestOps server at <url>; the token comes from the "
                         "system keychain, or is asked for."),
                      tr("url")});
    parser.addOption({orgOption,
                      tr("Manage the organization with id <id> (default: the first one)."),
                      tr("id")});
}

bool read(const QCommandLineParser &parser, StartOptions &options, QString &error)
{
    options = {};
    options.local = parser.isSet(localOption);
    options.dataDir = parser.value(dataDirOption);
    if (parser.isSet(serverOption)) {
        options.serverUrl = ConnectionDialog::parseServerUrl(parser.value(serverOption));
        if (!options.serverUrl.isValid()) {
            error = tr("--server needs an http or https URL with a host, e.g. "
                       "https://testops.example.com.");
            return false;
        }
        if (options.local) {
            error = tr("--local and --server exclude each other.");
            return false;
        }
    }
    if (parser.isSet(orgOption)) {
        bool ok = false;
        options.organizationId = parser.value(orgOption).toLongLong(&ok);
        if (!ok || options.organizationId <= 0) {
            error = tr("--org needs a positive organization id.");
            return false;
        }
    }
    return true;
}

bool parse(const QStringList &arguments, StartOptions &options, QString &error)
{
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return false;
    }
    return read(parser, options, error);
}

} // namespace CommandLine
