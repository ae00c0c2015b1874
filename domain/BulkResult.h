#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/// One item of a bulk answer (api.md, Bulk operations), in request order.
/// `id` is the invitation or user id; for invitations created by address,
/// `email` is the address as sent and `id` the new invitation's id (0 if none).
struct ItemResult
{
    qint64 id = 0;
    QString email;
    QString status;    ///< e.g. "removed", "already_removed", "invited", "error"
    ApiError error;    ///< set when status is "error" (and for refusals such as "invalid_email")
    QJsonObject extra; ///< the rest of the item: "invitation", "releasedMachines", "expiresAt", …
};

using BulkResult = QList<ItemResult>;
