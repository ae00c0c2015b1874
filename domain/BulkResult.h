#pragma once

#include "ApiError.h"
#include "Invitation.h"
#include "Member.h"
#include "Role.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What the server did with one item of a bulk request: one address of an
/// invitation, one invitation of a revoke or resend, one member of a removal
/// or role change (docs/openapi.json, the *Result schemas). JsonCodec alone
/// knows the wire names ("already_removed"); everything else compares these.
enum class ItemStatus
{
    // POST …/invitations, per address
    Invited,        ///< a new invitation: ItemResult::invitation
    AlreadyMember,  ///< an active member has the address: ItemResult::memberId
    AlreadyInvited, ///< an invitation to the address is pending: ItemResult::invitationId
    InvalidEmail,   ///< not an address the server accepts: ItemResult::error
    NoSeats,        ///< a requested license has no free seat: ItemResult::error

    // POST …/invitations/revoke and …/invitations/resend, per invitation id
    Revoked,
    AlreadyRevoked,
    AlreadyAccepted, ///< accepted meanwhile: the invitee is an active member now
    NotFound,        ///< the organization has no such invitation
    Resent,          ///< a new link: expiresAt, invitation; the old link no longer works

    // POST …/members/remove, per user id
    Removed, ///< releasedMachines, releasedLicenses, revokedInvitations
    AlreadyRemoved,

    // POST …/members/change-role and …/members/licenses, per user id
    Changed,   ///< role: role, previousRole, removedFromTeams; licenses: licenses,
               ///< addedLicenses, removedLicenses
    Unchanged, ///< the member already had `role`, or the licenses asked for (licenses)

    // POST …/ownership, its one member (the route answers with both members;
    // the client reports the transfer as this one item)
    Transferred, ///< role: the new Owner's (Owner)

    // Any route: refused or failed; ItemResult::error says why (code,
    // sentence, details).
    Error,
};

/// How an item of a bulk action counts for the admin who asked for it.
enum class ItemOutcome
{
    Done,    ///< the change was made
    Skipped, ///< nothing to do (already so, gone) or never possible (an invalid address)
    Failed,  ///< not made, and it may be made later: refused, no seats, a server error
};

/// One item of a bulk answer, in request order, with the details of its
/// status as values. Fields that do not belong to the status stay at their
/// defaults; the comments say which status sets which.
struct ItemResult
{
    /// The invitation or user id the item is about; for an address that was
    /// invited, the new invitation's id; 0 when there is none (an invalid address).
    qint64 id = 0;
    /// Invitations: the address as sent; revoke and resend: the invitation's address.
    QString email;
    ItemStatus status = ItemStatus::Error;
    /// Error, InvalidEmail, NoSeats: the code, the sentence and the details
    /// (e.g. details.teams for billing_manager_in_teams, details.products for no_seats).
    ApiError error;
    /// The same address (invite) or id (resend) came earlier in the request;
    /// this item repeats the earlier one's answer.
    bool duplicate = false;

    std::optional<Invitation> invitation; ///< Invited, Resent: the invitation as it is now
    qint64 memberId = 0;                  ///< AlreadyMember: the member's user id
    qint64 invitationId = 0;              ///< AlreadyInvited: the pending invitation's id
    QDateTime expiresAt;                  ///< Resent: when the new link expires (UTC)
    QString deliveryError;                ///< Resent: the email could not even be queued

    int releasedMachines = 0;         ///< Removed: registered machines released
    QStringList releasedLicenses;     ///< Removed: license product codes freed
    QList<qint64> revokedInvitations; ///< Removed: pending invitations to the address, revoked

    std::optional<Role> role;         ///< Changed, Unchanged, Transferred: the role now
    std::optional<Role> previousRole; ///< Changed: the role before
    QStringList removedFromTeams;     ///< Changed: the teams a new Billing Manager left

    /// POST …/members/licenses (Changed, Unchanged, NoSeats): the product
    /// codes the member holds after the request, sorted; unset elsewhere.
    std::optional<QStringList> licenses;
    QStringList addedLicenses;   ///< Changed (licenses): the products assigned now
    QStringList removedLicenses; ///< Changed (licenses): the products taken back now

    /// Done, Skipped or Failed, from the status alone.
    ItemOutcome outcome() const
    {
        switch (status) {
        case ItemStatus::Invited:
        case ItemStatus::Revoked:
        case ItemStatus::Resent:
        case ItemStatus::Removed:
        case ItemStatus::Changed:
        case ItemStatus::Transferred:
            return ItemOutcome::Done;
        case ItemStatus::AlreadyMember:
        case ItemStatus::AlreadyInvited:
        case ItemStatus::InvalidEmail:
        case ItemStatus::AlreadyRevoked:
        case ItemStatus::AlreadyAccepted:
        case ItemStatus::NotFound:
        case ItemStatus::AlreadyRemoved:
        case ItemStatus::Unchanged:
            return ItemOutcome::Skipped;
        case ItemStatus::NoSeats:
        case ItemStatus::Error:
            break;
        }
        return ItemOutcome::Failed;
    }
};

/// The items of one bulk answer, in request order.
using BulkResult = QList<ItemResult>;

/// The answer of POST …/ownership: both members after the transfer.
struct OwnershipTransfer
{
    Member owner;         ///< the new Owner
    Member previousOwner; ///< the former Owner, now Admin
};
