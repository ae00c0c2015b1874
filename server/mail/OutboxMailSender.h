#pragma once

#include "MailSender.h"

#include <QByteArray>
#include <QString>

/// Writes each message as one RFC 5322 file (`.eml`) into a folder, atomically
/// (written as `.part`, then renamed), named `<UTC time>-<tag>-<random>.eml` so that files sort by
/// time. Headers: Date, Message-ID, From, To, Subject (RFC 2047 encoded-word
/// when not ASCII), MIME-Version, Content-Type text/plain; charset=UTF-8,
/// Content-Transfer-Encoding 8bit; lines end in CRLF.
class OutboxMailSender : public MailSender
{
public:
    /// `directory` is created when missing (on the first send).
    explicit OutboxMailSender(const QString &directory);

    QString send(const MailMessage &message) override;

    QString directory() const { return m_directory; }

    /// The full message text, as written to the file.
    static QByteArray encode(const MailMessage &message, const QByteArray &messageId);

    /// RFC 2047 "B" encoded-word for `text` when it has non-ASCII characters;
    /// ASCII text is returned unchanged.
    static QByteArray encodeHeaderWord(const QString &text);

private:
    QString m_directory;
};
