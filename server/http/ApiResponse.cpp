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
