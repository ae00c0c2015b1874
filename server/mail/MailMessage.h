#pragma once

#include <QDateTime>
#include <QString>

/// One plain-text email, before encoding (RFC 5322 is the sender's job).
struct MailMessage
{
    QString fromName;
    QString fromAddress;
    QString toAddress;
    QString subject;
    QString body; ///< plain text, lines separated by "\n"
    QDateTime date;
    QString tag; ///< a short file-system-safe label for the message, e.g. "invitation-12"
};
