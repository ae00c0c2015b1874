#include "InvitationEmail.h"

#include <QCoreApplication>

namespace InvitationEmail {

MailMessage compose(const QString &organizationName, const QString &inviterName,
                    const QString &inviteeAddress, Role role, const QString &activationUrl,
                    const QDateTime &sentAt, const QDateTime &expiresAt, const QString &tag)
{
    MailMessage message;
    message.toAddress = inviteeAddress;
    message.date = sentAt;
    message.tag = tag;
    message.subject =
        QCoreApplication::translate("InvitationEmail", "%1 invited you to join %2 on TestOps")
            .arg(inviterName, organizationName);
    message.body =
        QCoreApplication::translate(
            "InvitationEmail",
            "Hello,\n\n"
            "%1 invited you to join the organization \"%2\" on TestOps as %3.\n\n"
            "To accept, open this link and enter your full name:\n\n"
            "%4\n\n"
            "The link is valid until %5 (UTC). If it has expired, ask %1 to send it again.\n"
            "If you did not expect this invitation, you can ignore this message.\n")
            .arg(inviterName, organizationName, Roles::displayName(role), activationUrl,
                 expiresAt.toUTC().toString(Qt::ISODate));
    return message;
}

} // namespace InvitationEmail
