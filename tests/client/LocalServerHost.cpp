// A stand-in application for TestLocalServer: it starts the local server as
// testops-users does, prints the server's process id, and waits to be killed.
// Usage: LocalServerHost SERVER_DIR DATA_DIR

#include <LocalServer.h>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    LocalServer server;
    server.setServerDir(QString::fromLocal8Bit(argv[1]));
    server.setDataDir(QString::fromLocal8Bit(argv[2]));
    QObject::connect(&server, &LocalServer::ready, &app, [&server] {
        std::printf("server %lld\n", static_cast<long long>(server.processId()));
        std::fflush(stdout);
    });
    QObject::connect(&server, &LocalServer::failed, &app, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
    server.start();
    return app.exec();
}
