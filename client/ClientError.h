#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Why a request to the server failed, as data. Each failure has a kind, the
/// HTTP status and API error code when the server answered, and `message`: a
/// translated sentence for the user, ready to show (e.g. in a MessageWidget).
/// A null ClientError (kind None) means "no error".
struct ClientError
{
    Q_DECLARE_TR_FUNCTIONS(ClientError)

public:
    enum class Kind
    {
        None,        ///< no error
        Network,     ///< connection refused, host not found, connection lost, …
        Timeout,     ///< no answer within ApiClient::timeout()
        Tls,         ///< TLS handshake failed, e.g. an untrusted certificate
        HttpStatus,  ///< the server answered 4xx or 5xx (see httpStatus, apiCode)
        BadResponse, ///< the answer was not the JSON docs/openapi.json describes
        Canceled,    ///< the request was canceled through ApiClient::cancel()
    };

    Kind kind = Kind::None;
    /// The HTTP status (RFC 9110) when the server answered, e.g. 401; 0 otherwise.
    int httpStatus = 0;
    /// The API error code from {"error": {"code": …}}, e.g. "forbidden"; may be empty.
    QString apiCode;
    /// The server's own sentence from {"error": {"message": …}} (English); may be empty.
    QString apiMessage;
    /// {"error": {"details": …}} as sent, e.g. the team names of billing_manager_in_teams.
    QJsonObject apiDetails;
    /// For 429: the seconds to wait from the Retry-After header (RFC 9110
    /// §10.2.3, delay-seconds or an HTTP date); -1 when absent.
    int retryAfterSeconds = -1;
    /// For Tls: each certificate problem as Qt describes it (QSslError::errorString()),
    /// e.g. "The certificate is self-signed, and untrusted".
    QStringList tlsProblems;
    /// Technical detail for logs and a "Details" section (QNetworkReply::errorString()
    /// and the like); never contains the token.
    QString detail;
    /// The translated sentence for the user; never empty unless the error is null.
    QString message;

    bool isNull() const { return kind == Kind::None; }

    /// True for failures where the server could not be reached at all
    /// (Network, Timeout, Tls): the app then shows its cached data as offline.
    bool isOffline() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Tls;
    }

    /// Builds an error for an HTTP status with the API's error body, filling
    /// `message` with the sentence for that status (401: the token is not valid,
    /// sign in again; 403; 404; 409; 413; 422; 429 with the seconds; 5xx; …),
    /// followed by the server's own message where it adds something.
    static ClientError fromHttpStatus(int status, const QString &apiCode, const QString &apiMessage,
                                      const QJsonObject &details = {}, int retryAfterSeconds = -1);
    /// Network: `detail` is the transport's description. `refused` / `hostNotFound`
    /// choose the specific sentence.
    static ClientError network(const QString &detail, bool refused = false,
                               bool hostNotFound = false, const QString &host = {});
    /// Network: no usable http(s) server address is set (`url` as given, may be empty).
    static ClientError invalidServerUrl(const QString &url);
    /// Timeout after `seconds` (may be fractional; shown rounded up).
    static ClientError timeout(double seconds);
    /// Tls with the certificate problems (may be empty when the handshake failed otherwise).
    static ClientError tls(const QStringList &problems, const QString &detail);
    /// BadResponse: the answer could not be read; `detail` says what was wrong.
    static ClientError badResponse(const QString &detail);
    static ClientError canceled();
};
