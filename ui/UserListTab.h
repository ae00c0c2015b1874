#pragma once

#include <Invitation.h>
#include <Member.h>
#include <Permissions.h>

#include <QList>
#include <QWidget>

class ActiveUsersModel;
class PendingInvitationsModel;
class RecordFilterProxyModel;
class RecordTableModel;
class RemovedUsersModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Settings;
class UserTableView;

/// One tab of the window (Active Users, Pending Invitations or Removed
/// Users): a search field, a role or status filter, the table, and the
/// tab's action buttons. The buttons are enabled only when the checked
/// records allow the action for the signed-in user (domain Permissions),
/// show how many records they affect ("Remove Users (3)"), and say in their
/// tooltip why they are disabled.
///
/// Tab order: search → filter → table → buttons.
class UserListTab : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Active,
        Pending,
        Removed,
    };

    /// The tab's action buttons (the dialogs behind them are the next issue).
    enum class Action
    {
        RemoveUsers,
        ChangeRole,
        Revoke,
        CopyActivationLink,
        Resend,
        InviteAgain,
    };

    explicit UserListTab(Kind kind, QWidget *parent = nullptr);
    ~UserListTab() override;

    Kind kind() const { return m_kind; }
    /// "active", "pending" or "removed": the settings key.
    QString key() const;
    /// "Active Users", "Pending Invitations" or "Removed Users" (no count).
    QString title() const;

    /// Loads the list (Active Users, Removed Users); checks are kept by id.
    void setMembers(const QList<Member> &members);
    /// Loads the list (Pending Invitations); checks are kept by id.
    void setInvitations(const QList<Invitation> &invitations);

    /// The tab's model and the proxy the table shows.
    RecordTableModel *model() const { return m_model; }
    RecordFilterProxyModel *proxy() const { return m_proxy; }

    /// Records in the tab's list (before search and filter); -1 before the first load.
    qint64 totalCount() const;
    /// Rows shown after search and filter.
    int shownCount() const;
    /// "3 selected, 1 hidden by the search"; empty when nothing is checked.
    QString selectionSummary() const;

    /// The signed-in user, for the permission rules of the buttons.
    void setActor(const Actor &actor);
    Actor actor() const { return m_actor; }
    /// Offline: every action is disabled with `reason` as the tooltip.
    void setOffline(bool offline, const QString &reason);

    /// Gives the search field the focus and selects its text (Ctrl+F).
    void focusSearch();

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *filterCombo() const { return m_filter; }
    UserTableView *tableView() const { return m_table; }
    QPushButton *actionButton(Action action) const;

    /// Header state (widths, order) and sort, per tab.
    void restoreState(const Settings &settings);
    void saveState(Settings &settings) const;

signals:
    /// Total, shown or checked counts changed (tab label, status line).
    void countsChanged();
    /// An action button was clicked with the ids it affects (user ids or
    /// invitation ids), checked rows hidden by the search included.
    void actionRequested(UserListTab::Action action, const QList<qint64> &ids);

private:
    struct ActionButton
    {
        Action action;
        QPushButton *button;
        QString label;
    };

    void addActionButton(Action action, const QString &label, const char *objectName);
    void applyDefaultLayout();
    void trigger(Action action);
    /// The checked ids that `action` may act on, hidden rows included.
    QList<qint64> allowedCheckedIds(Action action) const;
    /// The permission rule of `action` for the record `id` with `role`.
    Decision decide(Action action, qint64 id, Role role) const;
    void updateShownState();
    void updateEmptyMessage();
    void updateButtons();
    void setButtonState(const ActionButton &entry, int count, const QString &whyDisabled);

    Kind m_kind;
    Actor m_actor;
    bool m_offline = false;
    QString m_offlineReason;

    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    UserTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QList<ActionButton> m_buttons;

    RecordTableModel *m_model = nullptr;
    ActiveUsersModel *m_activeModel = nullptr;
    PendingInvitationsModel *m_pendingModel = nullptr;
    RemovedUsersModel *m_removedModel = nullptr;
    RecordFilterProxyModel *m_proxy = nullptr;
    bool m_loaded = false;
};
