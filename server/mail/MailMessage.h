#pragma once

#include <QDateTime>
#include <QString>

/// One email, before encoding (MailEncoding turns it into RFC 5322 text).
struct MailMessage
{
    QString fromName;
    QString fromAddress;
    QString toAddress; ///< ASCII (IDNA) form: it is also the SMTP envelope recipient
    QString subject;
    QString body;     ///< plain text, lines separated by "\n"
    QString htmlBody; ///< the same content as an HTML document; empty: plain text only
    QDateTime date;
    QString tag;             ///< a short file-system-safe label, e.g. "invitation-12"
    qint64 invitationId = 0; ///< the invitation it belongs to (its delivery state); 0: none
};
