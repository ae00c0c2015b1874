#include "ClientError.h"

#include <cmath>

namespace {

// The server's sentence is shown after ours only when it adds something: the
// generic ones ("Forbidden.") would just repeat the status.
QString withServerMessage(const QString &ours, const QString &server)
{
    if (server.isEmpty() || server.size() > 300)
        return ours;
    return ClientError::tr("%1 The server says: %2").arg(ours, server);
}

} // namespace

ClientError ClientError::fromHttpStatus(int status, const QString &apiCode,
                                        const QString &apiMessage, const QJsonObject &details,
                                        int retryAfterSeconds)
{
    ClientError error;
    error.kind = Kind::HttpStatus;
    error.httpStatus = status;
    error.apiCode = apiCode;
    error.apiMessage = apiMessage;
    error.apiDetails = details;
    error.retryAfterSeconds = status == 429 ? retryAfterSeconds : -1;
    error.detail = QStringLiteral("HTTP %1 %2").arg(status).arg(apiCode);

    QString ours;
    switch (status) {
    case 400:
        ours = tr("The server could not understand the request (400 Bad Request).");
        break;
    case 401:
        ours = tr("The API token is not valid (401 Unauthorized): it may have been revoked or "
                  "mistyped. Sign in again with a valid token.");
        // The server's text would only repeat this.
        error.message = ours;
        return error;
    case 403:
        ours = tr("You are not allowed to do this (403 Forbidden). User Management needs the "
                  "Owner or Admin role.");
        break;
    case 404:
        ours = tr("The server does not know this organization or record (404 Not Found). It may "
                  "have been deleted; refresh the lists.");
        break;
    case 409:
        ours = tr("The change conflicts with the current state on the server (409 Conflict). "
                  "Refresh the lists and try again.");
        break;
    case 413:
        ours = tr("The request is too large for the server (413 Content Too Large). Send fewer "
                  "items at once.");
        break;
    case 422:
        ours = tr("The server refused the request as invalid (422 Unprocessable Content).");
        break;
    case 429:
        // Two sentences rather than "%n second(s)": without a loaded English
        // translation Qt would show the "(s)" literally.
        if (retryAfterSeconds == 1)
            ours = tr("The server is receiving too many requests (429 Too Many Requests). Try "
                      "again in 1 second.");
        else if (retryAfterSeconds >= 0)
            ours = tr("The server is receiving too many requests (429 Too Many Requests). Try "
                      "again in %n seconds.",
                      nullptr, int(retryAfterSeconds));
        else
            ours = tr("The server is receiving too many requests (429 Too Many Requests). Try "
                      "again in a moment.");
        error.message = ours;
        return error;
    default:
        if (status >= 500 && status <= 599) {
            ours = tr("The server had a problem and could not answer (%1). Try again later; if "
                      "it persists, contact the server's administrator.")
                       .arg(status);
            error.message = ours;
            return error;
        }
        ours = tr("The server refused the request (HTTP status %1).").arg(status);
        break;
    }
    error.message = withServerMessage(ours, apiMessage);
    return error;
}

ClientError ClientError::network(const QString &detail, bool refused, bool hostNotFound,
                                 const QString &host)
{
    ClientError error;
    error.kind = Kind::Network;
    error.detail = detail;
    if (refused)
        error.message = tr("The server refused the connection: it does not seem to be running "
                           "at this address.");
    else if (hostNotFound)
        error.message = tr("The server name \"%1\" was not found. Check the address and your "
                           "network connection.")
                            .arg(host);
    else
        error.message = tr("The server cannot be reached: %1").arg(detail);
    return error;
}

ClientError ClientError::invalidServerUrl(const QString &url)
{
    ClientError error;
    error.kind = Kind::Network;
    error.detail = QStringLiteral("unusable base URL \"%1\"").arg(url);
    error.message = url.isEmpty() ? tr("No server address is set.")
                                  : tr("The server address \"%1\" is not an http:// or https:// "
                                       "address.")
                                        .arg(url);
    return error;
}

ClientError ClientError::timeout(double seconds)
{
    ClientError error;
    error.kind = Kind::Timeout;
    const int shown = std::max(1, int(std::ceil(seconds)));
    error.detail = QStringLiteral("no data for %1 ms").arg(qRound(seconds * 1000));
    error.message = shown == 1 ? tr("The server did not answer within 1 second. Check your "
                                    "network connection and try again.")
                               : tr("The server did not answer within %n seconds. Check your "
                                    "network connection and try again.",
                                    nullptr, shown);
    return error;
}

ClientError ClientError::tls(const QStringList &problems, const QString &detail)
{
    ClientError error;
    error.kind = Kind::Tls;
    error.tlsProblems = problems;
    error.detail = detail;
    if (problems.isEmpty())
        error.message =
            tr("A secure connection to the server could not be established: %1").arg(detail);
    else
        error.message = tr("The server's certificate is not trusted, so the connection was not "
                           "made: %1")
                            .arg(problems.join(QStringLiteral("; ")));
    return error;
}

ClientError ClientError::badResponse(const QString &detail)
{
    ClientError error;
    error.kind = Kind::BadResponse;
    error.detail = detail;
    error.message = tr("The server's answer could not be read (%1). Is this address a TestOps "
                       "server of a compatible version?")
                        .arg(detail);
    return error;
}

ClientError ClientError::canceled()
{
    ClientError error;
    error.kind = Kind::Canceled;
    error.message = tr("The request was canceled.");
    return error;
}
