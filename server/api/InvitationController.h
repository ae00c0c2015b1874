#pragma once

#include "MailMessage.h"

#include "ApiRequest.h"
#include "ApiResponse.h"

#include "Invitation.h"

struct ServerContext;
struct InvitationRecord;
class QJsonObject;

/// The invitations of an organization (docs/openapi.json): list, invite, revoke, resend.
/// Each handler validates the whole request before it changes anything, and
/// writes each change with its audit event in one transaction.
class InvitationController
{
public:
    explicit InvitationController(ServerContext &context) : m_ctx(context) {}

    /// GET …/invitations?status=pending|expired|open|accepted|revoked (default
    /// open)&q=&sort=&page=&size=. Owner and Admin only (403).
    ApiResponse list(const ApiRequest &request);
    /// POST …/invitations {"emails": [...], "role": "MEMBER", "licenses": ["KSE"]}.
    ApiResponse invite(const ApiRequest &request);
    /// POST …/invitations/revoke {"ids": [...]}.
    ApiResponse revoke(const ApiRequest &request);
    /// POST …/invitations/resend {"ids": [...]}: a new link and expiry.
    ApiResponse resend(const ApiRequest &request);

    /// The API form of an invitation; activationUrl only when `viewer` may
    /// manage it and it is still open.
    QJsonObject toJson(const InvitationRecord &record, Role viewer) const;
    /// The invitation as `viewer` sees it (toJson() before encoding).
    Invitation forViewer(const InvitationRecord &record, Role viewer) const;

private:
    /// Queues the invitation email `message` in the request's transaction
    /// (the transactional outbox): it exists, and is sent, only if that
    /// transaction commits.
    void queueEmail(MailMessage message, qint64 invitationId, const ApiRequest &request);

    ServerContext &m_ctx;
};
