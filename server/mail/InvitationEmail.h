#pragma once

#include "MailMessage.h"
#include "Role.h"

#include <QDateTime>
#include <QString>

/// The text of the invitation email (invitations and resends alike).
namespace InvitationEmail {

/// Composes the message to `inviteeAddress`: the organization, who invites,
/// with which role, the activation link and when it expires (UTC, ISO 8601),
/// as plain text (`body`) and as an HTML document (`htmlBody`, every value
/// HTML-escaped). Sender and invitationId are left to the caller.
/// `tag` names the file in the outbox, e.g. "invitation-12".
MailMessage compose(const QString &organizationName, const QString &inviterName,
                    const QString &inviteeAddress, Role role, const QString &activationUrl,
                    const QDateTime &sentAt, const QDateTime &expiresAt, const QString &tag);

} // namespace InvitationEmail
