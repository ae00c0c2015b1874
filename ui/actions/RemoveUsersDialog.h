#pragma once

#include "BulkActionDialog.h"

#include <ActionRules.h>
#include <Member.h>

#include <QList>

class QLabel;
class QTreeWidget;

/// "Remove Users" (the seed's "Remove existing users", step 3):
/// the users, and what follows — no more sign-in to the organization, their
/// data kept, N registered machines released, their licenses freed, pending
/// invitations to them revoked, invitable again any time. Remove / Cancel.
///
/// Users the signed-in admin may not remove (the Owner, themselves, an Admin
/// for an Admin) are listed disabled with the reason (ActionRules, the
/// server's rule) and are not sent.
class RemoveUsersDialog : public BulkActionDialog
{
    Q_OBJECT

public:
    RemoveUsersDialog(const QList<Member> &members, const Actor &actor, QWidget *parent = nullptr);

    /// The user ids that will be removed (the allowed ones), in list order.
    QList<qint64> userIds() const;
    /// The members that cannot be removed, with the reason.
    QList<QPair<Member, QString>> refused() const { return m_refused; }
    /// Registered machines the removal releases (sum of machineCount of the allowed users).
    int machineCount() const { return m_machines; }
    /// The "what follows" text, for tests and screen readers.
    QString consequencesText() const;

private:
    QList<Member> m_allowed;
    QList<QPair<Member, QString>> m_refused;
    int m_machines = 0;
    QTreeWidget *m_list = nullptr;
    QLabel *m_consequences = nullptr;
};
