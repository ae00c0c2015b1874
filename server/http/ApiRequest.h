#pragma once

#include "Role.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

/// One HTTP request as the handlers see it, independent of Qt HttpServer.
/// The dispatcher fills the identity fields after authentication.
struct ApiRequest
{
    QByteArray method; ///< upper case, e.g. "GET"
    QString path;      ///< percent-encoded path, e.g. "/api/v1/organizations/1/members"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHash<QString, QString> pathParameters; ///< from the route template, e.g. "orgId" → "1"

    QDateTime now; ///< the time of the request, UTC, the same for all of its work

    // Set when the route needs a token.
    qint64 userId = 0;
    QString userName;
    QString userEmail;
    // Set when the route has {orgId}: the organization and the caller's role there.
    qint64 organizationId = 0;
    Role role = Role::Member;

    /// The first header named `name` (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
};
