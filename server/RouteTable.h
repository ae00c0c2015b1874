#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// One route the server answers: an HTTP method and a path template in
/// OpenAPI form, e.g. {"GET", "/api/v1/organizations/{orgId}/members"}.
struct RouteSpec
{
    QByteArray method;
    QString pathTemplate;
};

/// Every route of the API (docs/openapi.json) plus GET and POST /join, in a fixed order.
/// The server dispatches with exactly this table; the OpenAPI test compares it
/// with docs/openapi.json.
QList<RouteSpec> apiRoutes();
