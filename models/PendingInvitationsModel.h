#pragma once

#include "Invitation.h"
#include "RecordTableModel.h"

#include <QIcon>
#include <QList>

#include <vector>

/// The Pending Invitations list: checkbox, Email, Role, Licenses, Invited
/// By, Sent, Expires (or "Expired"). An invitation is
/// expired when the server says so or when its expiry time has passed (at
/// load or at refreshTimes()); the status filter of RecordFilterProxyModel
/// tests that.
class PendingInvitationsModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CheckColumn = RecordTableModel::CheckColumn,
        EmailColumn,
        RoleColumn,
        LicensesColumn,
        InvitedByColumn,
        SentColumn,
        ExpiresColumn,
        ColumnCount
    };

    explicit PendingInvitationsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;

    /// Replaces the invitations (a load or a refresh). Checks are kept for
    /// invitation ids still present; the current sort is re-applied. Pass
    /// the list with std::move (see MemberTableModel::setMembers()).
    void setInvitations(QList<Invitation> invitations);

    /// The invitation at `row` (as loaded); a default one when out of range.
    Invitation invitationAt(int row) const;
    /// Whether the invitation at `row` is expired; false when out of range.
    bool isExpiredAt(int row) const;
    /// The invitations with the given ids, in the order of `ids`; unknown ids
    /// are skipped.
    QList<Invitation> invitations(const QList<qint64> &ids) const;
    /// The checked invitations, in row order.
    QList<Invitation> checkedInvitations() const;
    /// The addresses of the invitations that have not expired, in load order
    /// (the server answers "already invited" for these).
    QStringList pendingEmails() const;

    /// The icon shown before the address of an invitation whose email was
    /// not delivered (Qt::DecorationRole of the Email column); the widgets
    /// layer sets its style's warning icon. A null icon shows none.
    void setDeliveryWarningIcon(const QIcon &icon);

protected:
    QString columnTitle(int column) const override;
    int columnWidthInChars(int column) const override;
    ActionTarget targetOf(int record) const override;
    QVariant recordData(int record, int column, int role) const override;
    qint64 sortKey(int record, int column) const override;
    void formatTimes() override;
    QList<int> timeColumns() const override { return {SentColumn, ExpiresColumn}; }

private:
    struct Row
    {
        QString email;
        QString activationUrl;
        QString deliveryError;
        qint64 createdAt = 0;
        qint64 expiresAt = 0;
        quint32 emailRank = 0;
        qint32 licenses = -1;  ///< listEntry()
        qint32 invitedBy = -1; ///< listEntry() of the person (internPerson())
        qint32 sentText = -1;
        qint32 expiresText = -1;
        Role role = Role::Member;
        InvitationStatus status = InvitationStatus::Pending;
    };

    bool isExpired(const Row &row) const;

    std::vector<Row> m_rows; ///< by record
    QIcon m_deliveryWarningIcon;
    int m_roleText[4] = {-1, -1, -1, -1};
    int m_expiredText = -1;
};
