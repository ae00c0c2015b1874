#pragma once

#include <Organization.h>
#include <Role.h>

#include <QSet>
#include <QString>
#include <QStringList>

/// What Invite Users starts from: the organization (id, name, license
/// pools), the signed-in user's role there, what the loaded lists say about
/// addresses, and the addresses to pre-fill (Invite Again).
/// OrganizationSession::inviteRequest() builds it from the session.
struct InviteUsersRequest
{
    Organization organization;
    Role actorRole = Role::Member;
    /// EmailAddress::duplicateKey of each active member's address.
    QSet<QString> memberKeys;
    /// EmailAddress::duplicateKey of each pending (not expired) invitation:
    /// the server answers "already invited" for these, and replaces an
    /// expired invitation with a new one.
    QSet<QString> invitationKeys;
    /// Addresses to start with (the checked Removed Users for Invite Again); may be empty.
    QStringList addresses;
};
