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
    // The HTML part says the same; every inserted value is escaped, and the
    // link is both the button's target and shown as text for copying.
    const QString inviter = inviterName.toHtmlEscaped();
    const QString organization = organizationName.toHtmlEscaped();
    const QString link = activationUrl.toHtmlEscaped();
    const QString paragraphs =
        QCoreApplication::translate(
            "InvitationEmail",
            "<p>Hello,</p>\n"
            "<p>%1 invited you to join the organization <strong>%2</strong> on TestOps as "
            "%3.</p>\n"
            "<p><a href=\"%4\">Accept the invitation</a></p>\n"
            "<p>Or open this link and enter your full name:<br>\n%4</p>\n"
            "<p>The link is valid until %5 (UTC). If it has expired, ask %1 to send it "
            "again.<br>\n"
            "If you did not expect this invitation, you can ignore this message.</p>")
            .arg(inviter, organization, Roles::displayName(role).toHtmlEscaped(), link,
                 expiresAt.toUTC().toString(Qt::ISODate));
    message.htmlBody = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                                      "<title>%1</title>\n</head>\n<body>\n%2\n</body>\n</html>\n")
                           .arg(message.subject.toHtmlEscaped(), paragraphs);
    return message;
}

} // namespace InvitationEmail
