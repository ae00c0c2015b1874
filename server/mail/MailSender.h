#pragma once

#include "MailMessage.h"

#include <QString>

/// Where invitation emails go. The reference server writes them into an
/// outbox folder (OutboxMailSender); real SMTP delivery comes later behind
/// this same interface.
class MailSender
{
public:
    virtual ~MailSender() = default;

    /// Sends or queues `message`. Returns an empty string on success, else a
    /// sentence saying why it failed (the API reports it as deliveryError).
    virtual QString send(const MailMessage &message) = 0;
};
