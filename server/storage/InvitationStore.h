#pragma once

#include "ChangeLog.h"
#include "Invitation.h"
#include "PageRequest.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

class Database;

/// An invitation with what the server needs beyond the API fields.
struct InvitationRecord
{
    Invitation invitation; ///< status computed at the time asked for; no activationUrl;
                           ///< deliveryError as the mail queue last recorded it
    qint64 organizationId = 0;
    QString organizationName;
    QString emailKey;
    QString linkNonce; ///< with the server secret, gives the link token
};

/// One page of the invitations of an organization that changed since a
/// change number, ordered by id.
struct InvitationChanges
{
    QList<InvitationRecord> records; ///< changed, and in the list now
    QList<qint64> removedIds;        ///< changed, and not in the list now
    qint64 total = 0;                ///< changed invitations in all pages
};

/// Invitations (tables invitations, invitation_licenses). An invitation in
/// state "open" is pending until expires_at and expired after it; accepted
/// and revoked are final. Every write stamps the invitation with the
/// organization's change number (ChangeLog). Throws StorageError.
class InvitationStore
{
public:
    explicit InvitationStore(Database &database) : m_db(database), m_changes(database) {}

    /// The API field names an invitation list may be sorted by:
    /// email, role, createdAt, expiresAt, invitedBy.
    static QStringList sortFields();
    /// The values of `status=`: pending, expired, open (pending and expired),
    /// accepted, revoked.
    static QStringList statusFilters();

    /// The sort a page is in, as PageKey::sort ("field,asc" or "field,desc"):
    /// the request's, or createdAt descending.
    static QString sortOf(const PageRequest &page);

    /// One page; default sort createdAt descending; ties by id. A search of
    /// three characters or more goes through the search index
    /// (SqlDialect::searchSource), a shorter one reads the organization's
    /// invitations once; either counts the matches in the page's statement.
    /// With `page.after` (no search; its sort is sortOf(page)) the page
    /// starts right after that key, and `total` still counts the whole list.
    /// `next`, when given, is set to where the next page starts, or
    /// std::nullopt when this page is not full (or is a search).
    QList<InvitationRecord> list(qint64 organizationId, const QString &status,
                                 const PageRequest &page, const QDateTime &now, qint64 *total,
                                 std::optional<PageKey> *next = nullptr);
    /// The invitations of the organization that changed after change number
    /// `since` — stamped since (created, resent, licenses, accepted, revoked,
    /// delivery error), or open and expired between `sinceTime` (less a few
    /// minutes, for servers whose clocks differ) and `now` — one page of them
    /// in id order (`page`'s sort is not used). Those in the list `status`
    /// at `now` and matching the search are records; the others removedIds.
    InvitationChanges changes(qint64 organizationId, const QString &status, const PageRequest &page,
                              qint64 since, const QDateTime &sinceTime, const QDateTime &now);
    std::optional<InvitationRecord> byId(qint64 organizationId, qint64 id, const QDateTime &now);
    /// By ServerSecret::linkHash of the token in an activation link.
    std::optional<InvitationRecord> byLinkHash(const QString &linkHash, const QDateTime &now);
    /// Ids of the open (pending or expired) invitations to an address.
    QList<qint64> openIds(qint64 organizationId, const QString &emailKey);
    /// Whether a pending (open, not expired) invitation to the address exists.
    bool hasPending(qint64 organizationId, const QString &emailKey, const QDateTime &now);

    /// Creates an open invitation and returns its id. Its link is unusable
    /// until setLink() stores the real hash (the token depends on the id).
    qint64 create(qint64 organizationId, const QString &email, const QString &emailKey, Role role,
                  qint64 invitedBy, const QDateTime &now, const QDateTime &expiresAt);
    /// Replaces the link (nonce and hash) and the validity: create and resend.
    void setLink(qint64 id, const QString &nonce, const QString &linkHash, const QDateTime &sentAt,
                 const QDateTime &expiresAt);
    void setLicenses(qint64 id, const QList<qint64> &poolIds);
    QList<qint64> licensePoolIds(qint64 id);
    /// Makes an open invitation final: accepted (with the user who joined) or
    /// revoked. False when it was not open (nothing changes).
    bool close(qint64 id, InvitationStatus status, const QDateTime &now, qint64 acceptedUserId = 0);
    /// Claims the one use of a link: marks invitation `id` accepted when it
    /// is still pending at `now` with link nonce `nonce`, in one conditional
    /// UPDATE … RETURNING, so that of two servers accepting at once exactly
    /// one gets true. The joining user is recorded with setAcceptedUser().
    bool claimAcceptance(qint64 id, const QString &nonce, const QDateTime &now);
    /// Records who joined through accepted invitation `id`.
    void setAcceptedUser(qint64 id, qint64 userId);

private:
    void fillLicenses(QList<InvitationRecord> &records);
    /// ChangeLog::stamp() for the organization of invitation `id` (0 when none).
    qint64 stamp(qint64 id);

    Database &m_db;
    ChangeLog m_changes;
};
