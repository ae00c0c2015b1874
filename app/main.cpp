// testops-users: parses the command line and hands over to AppController.

#include <AppController.h>
#include <CommandLine.h>
#include <QuitOnSignal.h>
#include <Settings.h>
#include <Translations.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

namespace {

void nameTheApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TestOps"));
    QCoreApplication::setApplicationName(QStringLiteral("testops-users"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESTOPS_VERSION));
    // No application display name: Qt would append it to every window title,
    // and the seed's titles ("Invite Users", "TestOps User Management — <org>")
    // are to be shown as they are.
}

// --help and --version only print: they must work without a display (a
// terminal over ssh, a packaging check), so they get no QApplication.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" ||
            argument == "--help-all" || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameTheApplication();
        Translations::install(&app, Translations::localeFor(Settings().language()));
        QCommandLineParser parser;
        CommandLine::configure(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    nameTheApplication();
    // The installed desktop entry's id (packaging/), so that Wayland
    // compositors and docks show its name and icon for this window.
    QGuiApplication::setDesktopFileName(QStringLiteral("com.example.TestOpsUsers"));
    // The language chosen in Settings ▸ Language…, else the system's; before
    // anything shows text.
    Translations::install(&app, Translations::localeFor(Settings().language()));

    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/testops-users-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    CommandLine::configure(parser);
    parser.process(app); // --help and --version print and exit here
    StartOptions options;
    QString error;
    if (!CommandLine::read(parser, options, error)) {
        std::fprintf(stderr, "testops-users: %s\n", qPrintable(error));
        return 2;
    }

    // A kill or a logout still stops the bundled server through the destructors.
    QuitOnSignal quitOnSignal;
    AppController controller;
    QObject::connect(&controller, &AppController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    controller.start(options);
    return QApplication::exec();
}
