#include "PendingInvitationsModel.h"

#include "DateText.h"
#include "LocalOffsets.h"
#include "SearchFilter.h"

#include <QHash>

#include <algorithm>
#include <limits>

using DateText::fromMs;
using DateText::toMs;

PendingInvitationsModel::PendingInvitationsModel(QObject *parent) : RecordTableModel(parent) {}

int PendingInvitationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PendingInvitationsModel::columnWidthInChars(int column) const
{
    switch (column) {
    case EmailColumn:
        return 42;
    case RoleColumn:
        return 15;
    case LicensesColumn:
        return 11;
    case InvitedByColumn:
        return 22;
    default:
        return 16;
    }
}

ActionTarget PendingInvitationsModel::targetOf(int record) const
{
    return ActionTarget{idOfRecord(record), m_rows[static_cast<size_t>(record)].role, {}};
}

QStringList PendingInvitationsModel::pendingEmails() const
{
    QStringList list;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (!isRecordExpired(static_cast<int>(r)))
            list.append(m_rows[r].email);
    }
    return list;
}

QString PendingInvitationsModel::columnTitle(int section) const
{
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case LicensesColumn:
        return tr("Licenses");
    case InvitedByColumn:
        return tr("Invited By");
    case SentColumn:
        return tr("Sent");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

void PendingInvitationsModel::setInvitations(QList<Invitation> invitations)
{
    const QSet<qint64> checked = beginLoad(invitations.size());
    m_rows.clear();
    m_rows.reserve(static_cast<size_t>(invitations.size()));
    for (Role role : Roles::all())
        m_roleText[Roles::rank(role)] = internText(Roles::displayName(role));
    m_expiredText = internText(tr("Expired", "invitation"));
    for (const Invitation &invitation : std::as_const(invitations)) {
        Row row;
        row.email = QString(invitation.email.constData(), invitation.email.size());
        row.activationUrl = invitation.activationUrl;
        row.deliveryError = invitation.deliveryError;
        row.createdAt = toMs(invitation.createdAt);
        row.expiresAt = toMs(invitation.expiresAt);
        row.licenses = internList(invitation.licenses);
        row.invitedBy = internPerson(invitation.invitedBy.id, invitation.invitedBy.name);
        row.role = invitation.role;
        row.status = invitation.status;
        // No role for the role filter: this tab filters by status.
        addRecord(invitation.id, SearchFilter::haystack({}, invitation.email), std::nullopt,
                  isExpired(row));
        m_rows.push_back(std::move(row));
    }
    const std::vector<quint32> ranks = foldedEmailRanks();
    for (size_t r = 0; r < m_rows.size(); ++r)
        m_rows[r].emailRank = ranks[r];
    rankLists();
    formatTimes();
    const qsizetype count = invitations.size();
    invitations = {};
    endLoad(checked);
    if (count >= largeLoad)
        releaseFreedMemory();
}

bool PendingInvitationsModel::isExpired(const Row &row) const
{
    if (row.status == InvitationStatus::Expired)
        return true;
    return row.expiresAt != DateText::null && row.expiresAt <= nowMs();
}

void PendingInvitationsModel::formatTimes()
{
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (const Row &row : m_rows) {
        for (qint64 ms : {row.createdAt, row.expiresAt}) {
            if (ms != DateText::null) {
                from = std::min(from, ms);
                to = std::max(to, ms);
            }
        }
    }
    const LocalOffsets zone(from, to);
    QHash<qint64, int> relatives;
    const qint64 now = nowMs();
    auto relativeText = [&](qint64 ms) {
        if (ms == DateText::null)
            return -1;
        const qint64 key = DateText::relativeKey(ms, now, zone);
        auto it = relatives.constFind(key);
        if (it == relatives.constEnd())
            it = relatives.insert(key, internText(DateText::relativeText(key)));
        return it.value();
    };
    for (size_t r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        const bool expired = isExpired(row);
        setRecordExpired(static_cast<int>(r), expired);
        row.sentText = relativeText(row.createdAt);
        row.expiresText = expired ? m_expiredText : relativeText(row.expiresAt);
    }
}

QVariant PendingInvitationsModel::recordData(int record, int column, int role) const
{
    const Row &row = m_rows[static_cast<size_t>(record)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case EmailColumn:
            return row.email;
        case RoleColumn:
            return text(m_roleText[Roles::rank(row.role)]);
        case LicensesColumn:
            return text(listEntry(row.licenses).textIndex);
        case InvitedByColumn:
            return text(listEntry(row.invitedBy).textIndex);
        case SentColumn:
            return text(row.sentText);
        case ExpiresColumn:
            return text(row.expiresText);
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case ExactTextRole:
        switch (column) {
        case SentColumn:
            return DateText::exact(row.createdAt);
        case ExpiresColumn:
            if (isRecordExpired(record))
                return tr("Expired %1").arg(DateText::exact(row.expiresAt));
            return DateText::exact(row.expiresAt);
        case EmailColumn:
            // The server words it ("email not delivered: <reason>").
            if (!row.deliveryError.isEmpty() && role == Qt::ToolTipRole)
                return tr("%1\n%2").arg(row.email, row.deliveryError);
            return row.email;
        default:
            return recordData(record, column, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (column == EmailColumn && !row.deliveryError.isEmpty())
            return m_deliveryWarningIcon;
        return {};
    case Qt::AccessibleDescriptionRole:
        if (column == EmailColumn && !row.deliveryError.isEmpty())
            return row.deliveryError;
        return {};
    case DateTimeRole:
        switch (column) {
        case SentColumn:
            return fromMs(row.createdAt);
        case ExpiresColumn:
            return fromMs(row.expiresAt);
        default:
            return {};
        }
    default:
        return {};
    }
}

qint64 PendingInvitationsModel::sortKey(int record, int column) const
{
    const Row &row = m_rows[static_cast<size_t>(record)];
    switch (column) {
    case EmailColumn:
        return row.emailRank;
    case RoleColumn:
        return Roles::rank(row.role);
    case LicensesColumn:
        return licensesKey(listEntry(row.licenses));
    case InvitedByColumn:
        return listEntry(row.invitedBy).rank;
    case SentColumn:
        return row.createdAt;
    case ExpiresColumn:
        return row.expiresAt;
    default:
        return 0;
    }
}

Invitation PendingInvitationsModel::invitationAt(int row) const
{
    if (row < 0 || row >= recordCount())
        return {};
    const Row &r = m_rows[static_cast<size_t>(recordAt(row))];
    Invitation invitation;
    invitation.id = idOfRecord(recordAt(row));
    invitation.email = r.email;
    invitation.role = r.role;
    invitation.licenses = listEntry(r.licenses).items;
    const ListEntry &invitedBy = listEntry(r.invitedBy);
    invitation.invitedBy =
        UserRef{invitedBy.id, invitedBy.items.isEmpty() ? QString() : invitedBy.items.first()};
    invitation.createdAt = fromMs(r.createdAt);
    invitation.expiresAt = fromMs(r.expiresAt);
    invitation.status = isRecordExpired(recordAt(row)) && r.status == InvitationStatus::Pending
                            ? InvitationStatus::Expired
                            : r.status;
    invitation.activationUrl = r.activationUrl;
    invitation.deliveryError = r.deliveryError;
    return invitation;
}

void PendingInvitationsModel::setDeliveryWarningIcon(const QIcon &icon)
{
    m_deliveryWarningIcon = icon;
    if (recordCount() > 0)
        emit dataChanged(index(0, EmailColumn), index(rowCount() - 1, EmailColumn),
                         {Qt::DecorationRole});
}

bool PendingInvitationsModel::isExpiredAt(int row) const
{
    return row >= 0 && row < recordCount() && isRecordExpired(recordAt(row));
}

QList<Invitation> PendingInvitationsModel::invitations(const QList<qint64> &ids) const
{
    QList<Invitation> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = rowOfId(id);
        if (row >= 0)
            result.append(invitationAt(row));
    }
    return result;
}

QList<Invitation> PendingInvitationsModel::checkedInvitations() const
{
    return invitations(checkedIds());
}
