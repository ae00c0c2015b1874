#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

/// One HTTP response: status, content type, body and extra headers.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }

    /// A compact UTF-8 JSON body.
    static ApiResponse json(const QJsonObject &object, int status = 200);
    /// The API's error body {"error": {"code", "message", "details"}} (docs/openapi.json).
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QJsonObject &details = {});
    /// A text/html; charset=utf-8 page.
    static ApiResponse html(const QByteArray &page, int status = 200);

    /// Adds the headers every answer carries: Cache-Control: no-store,
    /// X-Content-Type-Options: nosniff and, for an HTML page, a
    /// Content-Security-Policy that allows no scripts and no framing,
    /// X-Frame-Options: DENY, and a Referrer-Policy.
    void addStandardHeaders();
};
