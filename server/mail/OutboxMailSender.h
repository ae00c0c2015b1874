#pragma once

#include "MailSender.h"

#include <QByteArray>
#include <QString>

/// Writes each message as one RFC 5322 file (`.eml`) into a folder, atomically
/// (written as `.part`, then renamed), named `<UTC time>-<tag>-<random>.eml` so that files sort by
/// time. The text is MailEncoding::encode(), the same bytes SMTP delivery
/// sends: Date, Message-ID, From, To, Subject (RFC 2047 encoded-word when not
/// ASCII), MIME multipart/alternative when the message has an HTML body.
class OutboxMailSender : public MailSender
{
public:
    /// `directory` is created when missing (on the first send), readable by
    /// the owner only (0700); each file is 0600, as it holds a live link.
    explicit OutboxMailSender(const QString &directory);

    QString send(const MailMessage &message) override;

    QString directory() const { return m_directory; }

    /// The full message text, as written to the file (MailEncoding::encode).
    static QByteArray encode(const MailMessage &message, const QByteArray &messageId);

    /// RFC 2047 "B" encoded-word for `text` when it has non-ASCII characters;
    /// ASCII text is returned unchanged (MailEncoding::encodeHeaderWord).
    static QByteArray encodeHeaderWord(const QString &text);

private:
    QString m_directory;
};
