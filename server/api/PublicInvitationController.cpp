#include "PublicInvitationController.h"

#include "JoinPage.h"
#include "JsonCodec.h"
#include "RequestParsing.h"
#include "ServerContext.h"
#include "Transaction.h"
#include "VisibleText.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PublicInvitationController", text);
}

constexpr int MaxFullNameLength = 200;

// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
QUrlQuery formFields(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

QString formValue(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

// The name as typed, cleaned: white space folded to single spaces,
// invisible characters at the ends (U+200B…, VisibleText) removed.
QString cleanName(const QString &typed)
{
    return VisibleText::trimmed(typed.simplified());
}

// Why `typed` cannot be a full name; empty when cleanName(typed) can be one.
// The name shows in the admins' lists, the CSV export, mail headers and logs,
// where control characters (NUL too) garble the text, bidi controls make it
// read as something else, and a name of only invisible characters shows as
// nobody. Controls are refused wherever they stand, never trimmed away.
QString fullNameProblem(const QString &typed)
{
    const QString simplified = typed.simplified();
    if (const auto bad = RequestParsing::firstUnprintable(simplified))
        return tr("The full name contains a control character (%1); type it without.")
            .arg(RequestParsing::unitName(*bad));
    const QString fullName = VisibleText::trimmed(simplified);
    if (fullName.isEmpty() && !simplified.isEmpty())
        return tr("The full name has no visible character; type your name.");
    if (fullName.isEmpty() || fullName.size() > MaxFullNameLength)
        return tr("Enter your full name (1 to %1 characters).").arg(MaxFullNameLength);
    return {};
}

} // namespace

std::optional<InvitationRecord> PublicInvitationController::find(const QString &token,
                                                                 const QDateTime &now)
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    return m_ctx.invitations.byLinkHash(m_ctx.secret.linkHash(token), now);
}

std::optional<PublicInvitationController::Outcome>
PublicInvitationController::refusal(const std::optional<InvitationRecord> &record) const
{
    if (!record)
        return Outcome{404, QStringLiteral("invitation_not_found"), tr("Unknown invitation link"),
                       tr("This invitation link is not valid. Check that you copied the whole "
                          "link, or ask for a new invitation."),
                       0};
    switch (record->invitation.status) {
    case InvitationStatus::Expired:
        return Outcome{409, QStringLiteral("invitation_expired"), tr("Invitation expired"),
                       tr("This invitation has expired. Ask an administrator of %1 to send it "
                          "again.")
                           .arg(record->organizationName),
                       0};
    case InvitationStatus::Revoked:
        return Outcome{409, QStringLiteral("invitation_revoked"), tr("Invitation revoked"),
                       tr("This invitation was revoked and can no longer be used."), 0};
    case InvitationStatus::Accepted:
        return Outcome{409, QStringLiteral("invitation_used"), tr("Invitation already used"),
                       tr("This invitation has already been accepted. You are a member of %1.")
                           .arg(record->organizationName),
                       0};
    case InvitationStatus::Pending:
        break;
    }
    return std::nullopt;
}

PublicInvitationController::Outcome
PublicInvitationController::acceptRecord(const InvitationRecord &record, const QString &fullName,
                                         const QDateTime &now)
{
    const Invitation &invitation = record.invitation;
    Transaction transaction(m_ctx.db);
    // The caller read the invitation before the write lock: another server on
    // the same database may have accepted, revoked or resent it meanwhile.
    // The link's one use is claimed by a conditional update; when another
    // request won, decide again on what it left.
    m_ctx.organizations.lock(record.organizationId);
    if (!m_ctx.invitations.claimAcceptance(invitation.id, record.linkNonce, now)) {
        auto current = m_ctx.invitations.byId(record.organizationId, invitation.id, now);
        if (current && current->linkNonce != record.linkNonce)
            current.reset(); // resent: this link is unknown now
        if (const auto refused = refusal(current))
            return *refused;
        return *refusal(std::nullopt);
    }
    qint64 userId = 0;
    if (const auto user = m_ctx.accounts.userByEmailKey(record.emailKey)) {
        // Whoever holds the link accepts, and the inviter holds it first: for
        // a person who already has a user (a returning member, or one of
        // another organization) accepting only joins this organization. Their
        // name, tokens and other memberships stay as they are.
        userId = user->id;
    } else if (fullName.isEmpty()) {
        // The caller saw a user at this address, which cannot disappear;
        // refuse rather than create a user without a name.
        return Outcome{422, QStringLiteral("full_name_required"), tr("Full name required"),
                       fullNameProblem(fullName), 0};
    } else {
        userId = m_ctx.accounts.createUser(invitation.email, record.emailKey, fullName, now);
    }
    const auto membership = m_ctx.organizations.membership(record.organizationId, userId);
    if (!membership || membership->status != MemberStatus::Active)
        m_ctx.members.activate(record.organizationId, userId, invitation.role, now);
    m_ctx.members.assignLicenses(record.organizationId, userId,
                                 m_ctx.invitations.licensePoolIds(invitation.id), now);
    m_ctx.invitations.setAcceptedUser(invitation.id, userId);
    // Other open invitations to the same address are moot now.
    for (qint64 otherId : m_ctx.invitations.openIds(record.organizationId, record.emailKey))
        m_ctx.invitations.close(otherId, InvitationStatus::Revoked, now);
    const UserRecord user = *m_ctx.accounts.userById(userId);
    const AuditPerson joined{user.id, user.fullName, user.email};
    // No actor: the server cannot tell the invitee from anyone else who
    // held the link (the inviter had it too).
    AuditEvent accepted;
    accepted.organizationId = record.organizationId;
    accepted.action = AuditAction::InvitationAccepted;
    accepted.target = {AuditTargetType::Invitation, invitation.id, invitation.email, joined};
    accepted.details.userId = userId;
    accepted.details.role = invitation.role;
    accepted.details.licenses = invitation.licenses;
    accepted.createdAt = now;
    m_ctx.audit.record(accepted);
    transaction.commit();
    return Outcome{200, {}, tr("You have joined %1").arg(record.organizationName), {}, userId};
}

bool PublicInvitationController::isPublicOrigin(const QByteArray &origin) const
{
    // RFC 6454: scheme, host and port; the port a scheme implies counts as given.
    const auto serialize = [](const QUrl &url) {
        const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
        return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() +
               QLatin1Char(':') + QString::number(port);
    };
    const QUrl given(QString::fromLatin1(origin), QUrl::StrictMode);
    const QUrl own(m_ctx.config.publicUrl);
    if (!given.isValid() || given.host().isEmpty() || !given.path().isEmpty() || given.hasQuery() ||
        given.hasFragment() || !given.userInfo().isEmpty())
        return false;
    return serialize(given) == serialize(own);
}

std::optional<UserRecord> PublicInvitationController::existingUser(const InvitationRecord &record)
{
    return m_ctx.accounts.userByEmailKey(record.emailKey);
}

ApiResponse PublicInvitationController::show(const ApiRequest &request)
{
    const auto record = find(request.pathParameters.value(QStringLiteral("token")), request.now);
    if (!record)
        return ApiResponse::error(404, QStringLiteral("invitation_not_found"),
                                  tr("This invitation link is not valid."));
    const Invitation &invitation = record->invitation;
    const auto user = existingUser(*record);
    return ApiResponse::json(
        {{QStringLiteral("organization"),
          QJsonObject{{QStringLiteral("id"), record->organizationId},
                      {QStringLiteral("name"), record->organizationName}}},
         {QStringLiteral("email"), invitation.email},
         {QStringLiteral("role"), Roles::toApiName(invitation.role)},
         {QStringLiteral("status"), JsonCodec::statusName(invitation.status)},
         {QStringLiteral("expiresAt"), JsonCodec::fromTime(invitation.expiresAt)},
         {QStringLiteral("invitedBy"), JsonCodec::toJson(invitation.invitedBy)},
         {QStringLiteral("licenses"), QJsonArray::fromStringList(invitation.licenses)},
         {QStringLiteral("existingUser"),
          user ? QJsonValue(QJsonObject{{QStringLiteral("fullName"), user->fullName}})
               : QJsonValue(QJsonValue::Null)}});
}

ApiResponse PublicInvitationController::accept(const ApiRequest &request)
{
    ApiResponse error;
    const auto body = RequestParsing::jsonObject(request, &error);
    if (!body)
        return error;
    const QJsonValue nameValue = body->value(QLatin1String("fullName"));
    if (!nameValue.isUndefined() && !nameValue.isNull() && !nameValue.isString())
        return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                  tr("\"fullName\" must be a string."),
                                  {{QStringLiteral("field"), QStringLiteral("fullName")}});
    const auto record = find(request.pathParameters.value(QStringLiteral("token")), request.now);
    if (const auto refused = refusal(record))
        return ApiResponse::error(refused->status, refused->code, refused->message);
    // The name is the new user's; for an existing user it is not read at all.
    QString fullName;
    if (!existingUser(*record)) {
        if (const QString problem = fullNameProblem(nameValue.toString()); !problem.isEmpty())
            return ApiResponse::error(422, QStringLiteral("full_name_required"), problem,
                                      {{QStringLiteral("field"), QStringLiteral("fullName")}});
        fullName = cleanName(nameValue.toString());
    }
    const Outcome outcome = acceptRecord(*record, fullName, request.now);
    if (!outcome.code.isEmpty())
        return ApiResponse::error(outcome.status, outcome.code, outcome.message);
    const auto member = m_ctx.members.member(record->organizationId, outcome.userId);
    return ApiResponse::json({{QStringLiteral("organization"),
                               QJsonObject{{QStringLiteral("id"), record->organizationId},
                                           {QStringLiteral("name"), record->organizationName}}},
                              {QStringLiteral("member"), JsonCodec::toJson(*member)}});
}

ApiResponse PublicInvitationController::joinPage(const ApiRequest &request)
{
    const QString token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const auto record = find(token, request.now);
    if (const auto refused = refusal(record))
        return ApiResponse::html(JoinPage::message(refused->title, refused->message),
                                 refused->status);
    if (const auto user = existingUser(*record))
        return ApiResponse::html(JoinPage::existingUserForm(
            record->organizationName, record->invitation.email, token, user->fullName));
    return ApiResponse::html(
        JoinPage::form(record->organizationName, record->invitation.email, token));
}

ApiResponse PublicInvitationController::joinSubmit(const ApiRequest &request)
{
    // Browsers send Origin with every POST: a form on another site (or in a
    // sandboxed frame, "null") must not post here in the invitee's name.
    const QByteArray origin = request.header("Origin");
    if (!origin.isEmpty() && !isPublicOrigin(origin))
        return ApiResponse::html(
            JoinPage::message(tr("Join request refused"),
                              tr("This form can be sent only from the invitation's own page. "
                                 "Open the link in your invitation email again and press "
                                 "Join there.")),
            403);
    const QByteArray mediaType = request.header("Content-Type").split(';').first();
    if (mediaType.trimmed().toLower() != "application/x-www-form-urlencoded")
        return ApiResponse::html(
            JoinPage::message(tr("Join request not understood"),
                              tr("The join form is sent as application/x-www-form-urlencoded. "
                                 "Open the link in your invitation email again and press Join "
                                 "there.")),
            415);
    const QUrlQuery form = formFields(request.body);
    const QString token = formValue(form, QStringLiteral("token"));
    const auto record = find(token, request.now);
    if (const auto refused = refusal(record))
        return ApiResponse::html(JoinPage::message(refused->title, refused->message),
                                 refused->status);
    QString fullName;
    if (!existingUser(*record)) {
        const QString typed = formValue(form, QStringLiteral("fullName"));
        if (const QString problem = fullNameProblem(typed); !problem.isEmpty()) {
            return ApiResponse::html(JoinPage::form(record->organizationName,
                                                    record->invitation.email, token,
                                                    typed.simplified(), problem),
                                     422);
        }
        fullName = cleanName(typed);
    }
    const Outcome outcome = acceptRecord(*record, fullName, request.now);
    if (!outcome.code.isEmpty())
        return ApiResponse::html(JoinPage::message(outcome.title, outcome.message), outcome.status);
    return ApiResponse::html(JoinPage::joined(record->organizationName, record->invitation.email));
}
