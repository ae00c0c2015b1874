#pragma once

/// What requests tell about the invitation emails they queued. A request
/// writes its messages as rows in its own transaction (MailQueueStore) and,
/// once that transaction committed, calls wake() so that delivery begins at
/// once instead of at the next poll (MailQueue).
class MailSender
{
public:
    virtual ~MailSender() = default;

    /// New messages were committed. Thread-safe; returns at once.
    virtual void wake() = 0;
};
