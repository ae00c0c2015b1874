#pragma once

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
class SmtpClient
{
public:
    /// What became of one attempt.
    struct Result
    {
        bool delivered = false;
        /// A 5xx answer (RFC 5321, 4.2.1): retrying the same message is pointless.
        bool permanent = false;
        /// Why not delivered: the server's answer ("550 5.1.1 No such user")
        /// or libcurl's description of the failure; empty when delivered.
        QString reason;
    };

    explicit SmtpClient(const SmtpSettings &settings) : m_settings(settings) {}

    /// Delivers `message` (RFC 5322, CRLF line ends; dot-stuffing is
    /// libcurl's) from envelope `sender` to envelope `recipient`. Gives up
    /// after 30 s without a connection or 120 s in all, or as soon as `abort`
    /// becomes true (then it reports a transient failure).
    Result send(const QByteArray &sender, const QByteArray &recipient, const QByteArray &message,
                const std::atomic<bool> *abort) const;

    /// Whether `host` (of the URL) names this machine's loopback interface.
    static bool isLoopbackHost(const QString &host);

private:
    SmtpSettings m_settings;
};
