#pragma once

#include "BulkActionDialog.h"

#include <Invitation.h>

#include <QList>

class QListWidget;

/// "Revoke Invitation" (seed: Revoke invitations, step 3): the addresses to
/// double-check, and Revoke / Cancel. After the revoke the links stop working.
class RevokeInvitationDialog : public BulkActionDialog
{
    Q_OBJECT

public:
    /// `invitations`: those to revoke (at least one), in the order to list them.
    explicit RevokeInvitationDialog(const QList<Invitation> &invitations,
                                    QWidget *parent = nullptr);

    /// The ids to revoke, in list order.
    QList<qint64> invitationIds() const;
    /// The addresses listed, in list order.
    QStringList emails() const;

private:
    QList<Invitation> m_invitations;
    QListWidget *m_list = nullptr;
};
