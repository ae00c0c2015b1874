#pragma once

#include <QString>

/// A reference to a user by id and full name, as the API gives "invitedBy" and
/// "removedBy". An id of 0 means "nobody" (JSON null).
struct UserRef
{
    qint64 id = 0;
    QString name;

    bool isNull() const { return id == 0; }
    friend bool operator==(const UserRef &a, const UserRef &b)
    {
        return a.id == b.id && a.name == b.name;
    }
};
