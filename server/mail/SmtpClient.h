#pragma once

#include "MailTransport.h"
#include "SmtpSettings.h"

#include <QByteArray>
#include <QString>

#include <atomic>

/// Sends one message over SMTP with libcurl (a new easy handle per message;
/// blocking, so it runs on the mail worker thread).
///
/// Security: `smtps://` is TLS from the first byte (RFC 8314); `smtp://`
/// requires STARTTLS (RFC 3207) and fails when the server does not offer it,
/// except for a loopback host (127.0.0.0/8, ::1, localhost), where it is
/// used when offered. Certificates and host names are always verified,
/// against the system's CA store or SmtpSettings::caFile. Credentials, when set, go in AUTH.
class SmtpClient : public MailTransport
{
public:
    explicit SmtpClient(const SmtpSettings &settings) : m_settings(settings) {}

    /// Delivers `message` (RFC 5322, CRLF line ends; dot-stuffing is
    /// libcurl's) from envelope `sender` to envelope `recipient`. Gives up
    /// after 30 s without a connection or SmtpSettings::timeoutSeconds in all
    /// (default 120), or as soon as `abort`
    /// becomes true (then it reports a transient failure).
    Result send(const QByteArray &sender, const QByteArray &recipient, const QByteArray &message,
                const std::atomic<bool> *abort) const;

    /// send() of the queued message's envelope and text.
    Result deliver(const QueuedMail &mail, const std::atomic<bool> *abort) override
    {
        return send(mail.sender, mail.recipient, mail.message, abort);
    }
    QString description() const override;

    /// Whether `host` (of the URL) names this machine's loopback interface.
    static bool isLoopbackHost(const QString &host);

private:
    SmtpSettings m_settings;
};
