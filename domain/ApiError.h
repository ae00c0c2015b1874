#pragma once

#include <QJsonObject>
#include <QString>

/// An error as the API sends it: {"error": {"code", "message", "details"}}.
/// An empty code means "no error".
struct ApiError
{
    QString code;    ///< snake_case, e.g. "cannot_remove_owner"
    QString message; ///< a sentence for the user
    QJsonObject details;

    bool isNull() const { return code.isEmpty(); }
};
