#pragma once

#include <QString>

/// How the server reaches its SMTP server (from the command line and the
/// environment; see ServerCommandLine).
struct SmtpSettings
{
    /// smtp://HOST[:PORT] (STARTTLS; required unless HOST is a loopback
    /// address) or smtps://HOST[:PORT] (TLS from the start). No credentials.
    QString url;
    QString username; ///< from TESTOPS_SMTP_USERNAME; empty: no AUTH
    QString password; ///< from TESTOPS_SMTP_PASSWORD
    /// PEM file of the certificate authorities to trust instead of the
    /// system's store (a private CA); empty: the system's store.
    QString caFile;
    /// First retry delay in seconds; later ones grow 4-fold up to 120 times it.
    int retryBaseSeconds = 30;
    /// Attempts per message before it has failed for good (transient errors).
    int maxAttempts = 8;
    /// The longest one delivery may take, in seconds (libcurl's timeout).
    int timeoutSeconds = 120;
};
