#pragma once

#include "Role.h"
#include "UserRef.h"

#include <QDateTime>
#include <QStringList>

enum class InvitationStatus
{
    Pending,
    Expired,
    Accepted,
    Revoked,
};

/// An invitation to join an organization (docs/openapi.json, Invitation). Times are UTC.
/// `activationUrl` is empty when the reader may not manage the invitation.
struct Invitation
{
    qint64 id = 0;
    QString email;
    Role role = Role::Member;
    QStringList licenses;
    UserRef invitedBy;
    QDateTime createdAt;
    QDateTime expiresAt;
    InvitationStatus status = InvitationStatus::Pending;
    QString activationUrl;
    QString deliveryError; ///< "email not delivered" reason; empty when sent or queued
};
