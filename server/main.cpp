// testops-users-server: the reference server of the user-management API.
// Everything lives in the testops_server library; see ServerCommandLine.h.
#include "ServerCommandLine.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("testops-users-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESTOPS_VERSION));
    return ServerCommandLine::run(QCoreApplication::arguments());
}
