#include "ApiResponse.h"

#include "ApiError.h"
#include "JsonCodec.h"

#include <QJsonDocument>

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const QJsonObject &details)
{
    return json(JsonCodec::toJson(ApiError{code, message, details}), status);
}

ApiResponse ApiResponse::html(const QByteArray &page, int status)
{
    ApiResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    response.body = page;
    return response;
}

void ApiResponse::addStandardHeaders()
{
    addHeader("Cache-Control", "no-store");
    addHeader("X-Content-Type-Options", "nosniff");
    if (contentType.startsWith("text/html")) {
        // The join page needs nothing from elsewhere: no scripts at all.
        addHeader("Content-Security-Policy",
                  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                  "frame-ancestors 'none'");
        // The same for browsers that know no frame-ancestors.
        addHeader("X-Frame-Options", "DENY");
        // The page's URL holds the link token: no other site may see it in a
        // Referer. Not "no-referrer": with it browsers send "Origin: null"
        // with the form's POST, which the join form must refuse.
        addHeader("Referrer-Policy", "same-origin");
    }
}
