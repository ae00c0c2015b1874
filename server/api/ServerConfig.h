#pragma once

#include <QString>

/// Settings of a running server (from the command line).
struct ServerConfig
{
    qint64 invitationTtlSeconds = 24 * 60 * 60; ///< validity of an invitation link
    QString publicUrl; ///< base of activation links, e.g. "http://127.0.0.1:8080", no trailing '/'
    int rateLimit = 6000; ///< requests per minute per API token; 0 = no limit
    QString mailFromAddress = QStringLiteral("no-reply@testops.example");
    QString mailFromName = QStringLiteral("TestOps");
};
