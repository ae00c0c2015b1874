#pragma once

#include "AccountStore.h"
#include "ApiRequest.h"
#include "AuditLog.h"
#include "ChangeLog.h"
#include "Database.h"
#include "InvitationStore.h"
#include "MachineStore.h"
#include "MailQueueStore.h"
#include "MemberStore.h"
#include "OrganizationStore.h"
#include "ServerConfig.h"
#include "ServerSecret.h"
#include "TeamStore.h"

class MailSender;

/// What every handler works with: the database and its stores, the secret,
/// the mail sender and the settings. Owned by the server; handlers borrow it.
struct ServerContext
{
    ServerContext(Database &database, const ServerSecret &serverSecret, MailSender &mailSender,
                  const ServerConfig &serverConfig)
        : db(database), changes(database), accounts(database), organizations(database),
          members(database), invitations(database), mailQueue(database), teams(database),
          machines(database), audit(database), secret(serverSecret), mail(mailSender),
          config(serverConfig)
    {}

    /// The activation link of an invitation: publicUrl + "/join?token=" + token.
    QString activationUrl(qint64 invitationId, const QString &nonce) const
    {
        return config.publicUrl + QStringLiteral("/join?token=") +
               secret.linkToken(invitationId, nonce);
    }

    Database &db;
    ChangeLog changes;
    AccountStore accounts;
    OrganizationStore organizations;
    MemberStore members;
    InvitationStore invitations;
    MailQueueStore mailQueue; ///< the transactional outbox: emails as rows
    TeamStore teams;
    MachineStore machines;
    AuditLog audit;
    const ServerSecret &secret;
    MailSender &mail;
    ServerConfig config;
};

/// The caller of an authenticated request as the audit log keeps them.
inline AuditPerson auditCaller(const ApiRequest &request)
{
    return {request.userId, request.userName, request.userEmail};
}

/// An event of the request's organization, by its caller, at its time; the
/// details are the caller's to fill.
inline AuditEvent auditEvent(const ApiRequest &request, AuditAction action,
                             const AuditTarget &target)
{
    AuditEvent event;
    event.organizationId = request.organizationId;
    event.actor = auditCaller(request);
    event.action = action;
    event.target = target;
    event.createdAt = request.now;
    return event;
}
