#pragma once

#include "MailMessage.h"
#include "MailTransport.h"

#include <QByteArray>
#include <QString>

/// The outbox folder as a mail transport: each queued message becomes one
/// RFC 5322 file (`.eml`), the bytes SMTP would send (MailEncoding::encode:
/// Subject and From names as RFC 2047 encoded-words when not plain ASCII,
/// folded at 78 octets).
/// Named `<queued at, UTC>-invitation-<invitation id>-<message id>.eml`, so
/// that files sort by time and a message delivered again (after a crash
/// between the write and its record) replaces its own file instead of making
/// a second one.
///
/// Written with QSaveFile (a temporary file, flushed and synced, then
/// renamed): a reader never sees half a message, and a failed write, flush,
/// sync or rename — a full disk — is a failed attempt, retried like an SMTP
/// failure, never reported as sent.
class OutboxMailSender : public MailTransport
{
public:
    /// `directory` is created when missing (on the first delivery), readable
    /// by the owner only (0700); each file is 0600, as it holds a live link.
    explicit OutboxMailSender(const QString &directory);

    Result deliver(const QueuedMail &mail, const std::atomic<bool> *abort) override;
    QString description() const override;

    QString directory() const { return m_directory; }
    /// The file name of `mail` (see above).
    static QString fileName(const QueuedMail &mail);

    /// The full message text (MailEncoding::encode).
    static QByteArray encode(const MailMessage &message, const QByteArray &messageId);

    /// RFC 2047 "B" encoded-words for `text` unless it is printable ASCII
    /// without "=?", which is returned unchanged (MailEncoding::encodeHeaderWord).
    static QByteArray encodeHeaderWord(const QString &text);

private:
    QString m_directory;
};
