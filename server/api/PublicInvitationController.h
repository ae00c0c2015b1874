#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <optional>

struct ServerContext;
struct InvitationRecord;
struct UserRecord;

/// What the invitee does with an activation link, without an API token:
/// the JSON routes GET /api/v1/invitations/{token} and POST …/accept, and the
/// HTML page GET and POST /join.
///
/// Answers for links that no longer work (JSON): 404 "invitation_not_found"
/// for an unknown token; 409 "invitation_expired", "invitation_revoked" or
/// "invitation_used" (already accepted). The HTML page uses the same statuses.
class PublicInvitationController
{
public:
    explicit PublicInvitationController(ServerContext &context) : m_ctx(context) {}

    /// GET /api/v1/invitations/{token}: organization, email, role, status,
    /// expiry, and `existingUser` ({"fullName"} of the user the address
    /// already belongs to, who joins as they are; null when accepting creates
    /// a user).
    ApiResponse show(const ApiRequest &request);
    /// POST /api/v1/invitations/{token}/accept {"fullName": "…"}: joins. For
    /// an address without a user, `fullName` names the new user: absent,
    /// empty (after trimming) or over-long, or with control characters,
    /// unpaired surrogates or bidi controls, it is 422 "full_name_required".
    /// For an address that already has a user `fullName` is ignored (it may
    /// be left out): the link reaches the inviter too, so accepting changes
    /// nothing about the user but their membership in this organization.
    /// A `fullName` that is not a string is 400 "invalid_request".
    ApiResponse accept(const ApiRequest &request);
    /// GET /join?token=…: the form (a "Full name" field for a new user; "You
    /// will join as <name>" for an existing one), or why the link does not work.
    ApiResponse joinPage(const ApiRequest &request);
    /// POST /join (form fields token, fullName): joins and shows the result;
    /// fullName is read as in accept(). Refused before anything is read: an
    /// `Origin` header other than the server's public origin (that of
    /// ServerConfig::publicUrl; "null" included) is 403, a Content-Type other
    /// than application/x-www-form-urlencoded (parameters allowed) is 415,
    /// each an HTML page with the sentence why. No Origin (a client that is
    /// not a browser) is accepted.
    ApiResponse joinSubmit(const ApiRequest &request);

private:
    struct Outcome
    {
        int status = 200;
        QString code;    ///< empty on success
        QString title;   ///< for the HTML page
        QString message; ///< a sentence for the invitee
        qint64 userId = 0;
    };

    std::optional<InvitationRecord> find(const QString &token, const QDateTime &now);
    /// Whether an Origin header value is this server's public origin.
    bool isPublicOrigin(const QByteArray &origin) const;
    /// The user the invited address already belongs to, if any.
    std::optional<UserRecord> existingUser(const InvitationRecord &record);
    /// Why `record` cannot be accepted; std::nullopt when it can.
    std::optional<Outcome> refusal(const std::optional<InvitationRecord> &record) const;
    /// Accepts: the user (existing by address, or new with `fullName`) becomes
    /// an active member. An existing user is not changed in any way (their
    /// name, tokens, last access and other memberships stay as they are).
    /// Checks the invitation again inside the transaction; when it no longer
    /// can be accepted, answers the refusal (code set) and changes nothing.
    Outcome acceptRecord(const InvitationRecord &record, const QString &fullName,
                         const QDateTime &now);

    ServerContext &m_ctx;
};
