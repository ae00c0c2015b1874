#pragma once

#include "Role.h"
#include "UserRef.h"

#include <QDateTime>
#include <QStringList>

enum class MemberStatus
{
    Active,
    Removed,
};

/// A member of an organization (docs/openapi.json, Member). Times are UTC; an invalid
/// QDateTime stands for JSON null (never accessed, not removed).
struct Member
{
    qint64 userId = 0;
    QString fullName;
    QString email;
    Role role = Role::Member;
    MemberStatus status = MemberStatus::Active;
    QDateTime joinedAt;
    QDateTime lastAccessAt;
    QStringList licenses; ///< product codes, e.g. "KSE"
    int machineCount = 0;
    QStringList teams; ///< team names
    QDateTime removedAt;
    UserRef removedBy;
};
