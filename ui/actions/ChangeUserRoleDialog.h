#pragma once

#include "BulkActionDialog.h"

#include <ActionRules.h>
#include <Member.h>

#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeWidget;

/// "Change User Role" (the seed's "Change user role", steps 3–4):
/// a dropdown of the four roles and the checked users.
///
/// - Roles the signed-in admin may not give are in the dropdown but disabled,
///   with the reason in their tooltip and in a line under the dropdown.
/// - Users whose role they may not change for the chosen role (the Owner,
///   themselves, an Admin for an Admin) are listed greyed with the reason
///   and are not sent. The rules are ActionRules, the server's.
/// - Billing Manager for users in teams: the teams are named, and Change Role
///   stays disabled until "Take them out of these teams" is checked (the
///   request then carries removeFromTeams: true).
/// - Owner (for the Owner, with exactly one other member checked): Change Role
///   transfers ownership after a confirmation (through MessageBox) that says
///   the current Owner becomes Admin.
class ChangeUserRoleDialog : public BulkActionDialog
{
    Q_OBJECT

public:
    /// What the dialog asks for.
    struct Choice
    {
        Role role = Role::Member;
        QList<qint64> userIds; ///< the users the change applies to (allowed ones)
        bool removeFromTeams = false;
        bool transferOwnership = false; ///< role is Owner: one user id, POST /ownership
    };

    ChangeUserRoleDialog(const QList<Member> &members, const Actor &actor,
                         QWidget *parent = nullptr);

    /// The role chosen, if any (none at first).
    std::optional<Role> role() const;
    /// Chooses `role` as the user would; false when the role is disabled.
    bool setRole(Role role);
    /// Whether `role` can be chosen, and why not.
    Decision roleDecision(Role role) const;
    /// For the chosen role: the reason `userId` is left out; empty when it is
    /// changed (or not listed).
    QString refusalFor(qint64 userId) const;
    Choice choice() const;

    QComboBox *roleCombo() const { return m_roleCombo; }
    QCheckBox *removeFromTeamsCheckBox() const { return m_teamsCheck; }
    /// The teams text shown for Billing Manager ("Łukasz Nowak: QA Team"), empty when hidden.
    QString teamsText() const;

protected:
    bool confirmSubmit() override;

private:
    void update();
    /// The rule for the member at `index` and the role chosen (none: any role).
    Decision memberDecision(int index, std::optional<Role> role) const;
    /// Whether giving the member at `index` `role` takes them out of their
    /// teams (ActionRules allows it only so).
    bool leavesTeams(int index, Role role) const;

    QList<Member> m_members;
    QList<ActionTarget> m_targets; ///< the members, as the rules see them
    Actor m_actor;
    QList<Decision> m_roleDecisions; ///< by Roles::rank()
    QComboBox *m_roleCombo = nullptr;
    QStandardItemModel *m_roleModel = nullptr;
    QLabel *m_unavailableLabel = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_teamsLabel = nullptr;
    QCheckBox *m_teamsCheck = nullptr;
    QLabel *m_summaryLabel = nullptr;
};
