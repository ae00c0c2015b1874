#pragma once

#include "ListDescription.h"

#include <ActionRules.h>
#include <ListKind.h>

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RecordFilterProxyModel;
class RecordTableModel;
class Settings;
class UserTableView;

/// One tab of the window, built from a ListDescription over one of the
/// session's models: a search field and the filters, the table, and the
/// action buttons. A button is enabled only when the checked records allow
/// its action for the signed-in user (ActionRules::availability, the
/// server's rule), shows how many records it affects ("Remove Users (3)"),
/// and says in its tooltip why records are left out or why it is disabled.
/// A click asks for the action with every checked record, hidden ones
/// included (actionRequested()); what to do with them is the action's.
///
/// Tab order: search → filters → table → buttons.
class UserListTab : public QWidget
{
    Q_OBJECT

public:
    using Kind = ListKind;
    using Action = UserAction::Kind;

    /// `model` (not owned) must outlive the tab.
    UserListTab(const ListDescription &description, RecordTableModel *model,
                QWidget *parent = nullptr);
    ~UserListTab() override;

    const ListDescription &description() const { return m_description; }
    Kind kind() const { return m_description.list; }
    /// "activeUsers", "pendingInvitations" or "removedUsers": the settings key.
    QString key() const;
    /// "Active Users", "Pending Invitations" or "Removed Users" (no count), translated.
    QString title() const;

    /// The tab's model and the proxy the table shows.
    RecordTableModel *model() const { return m_model; }
    RecordFilterProxyModel *proxy() const { return m_proxy; }

    /// Records in the tab's list (before search and filter); -1 before the first load.
    qint64 totalCount() const;
    /// Rows shown after search and filter.
    int shownCount() const;
    /// "3 selected, 1 hidden by the search"; empty when nothing is checked.
    QString selectionSummary() const;

    /// The signed-in user, for the rules of the buttons.
    void setActor(const Actor &actor);
    Actor actor() const { return m_actor; }
    /// Offline: every action is disabled with `reason` as the tooltip.
    void setOffline(bool offline, const QString &reason);
    /// Shows `note` in place of the row count until the counts change
    /// (e.g. "Copied the activation link.").
    void showNote(const QString &note);

    /// Gives the search field the focus and selects its text (Ctrl+F).
    void focusSearch();

    QLineEdit *searchEdit() const { return m_search; }
    /// The first filter's combo box.
    QComboBox *filterCombo() const { return m_filters.value(0); }
    UserTableView *tableView() const { return m_table; }
    QPushButton *actionButton(Action action) const;

    /// Header state (widths, order) and sort, per tab.
    void restoreState(const Settings &settings);
    void saveState(Settings &settings) const;

signals:
    /// Total, shown or checked counts changed (tab label, status line).
    void countsChanged();
    /// An action button was clicked: `ids` are every checked record (user
    /// ids or invitation ids), hidden ones included.
    void actionRequested(UserAction::Kind action, const QList<qint64> &ids);

private:
    struct ActionButton
    {
        ListDescription::Action action;
        QPushButton *button;
    };

    QComboBox *addFilter(const ListDescription::Filter &filter, QLayout *layout);
    void applyFilter(const ListDescription::Filter &filter, QComboBox *combo);
    void applyDefaultLayout();
    void trigger(const ListDescription::Action &action);
    void updateShownState();
    void updateEmptyMessage();
    void updateButtons();
    void setButtonState(const ActionButton &entry, int count, const QString &why);
    QString text(const char *source, int n = -1) const;

    const ListDescription &m_description;
    Actor m_actor;
    bool m_offline = false;
    QString m_offlineReason;

    QLineEdit *m_search = nullptr;
    QList<QComboBox *> m_filters;
    UserTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QList<ActionButton> m_buttons;

    RecordTableModel *m_model;
    RecordFilterProxyModel *m_proxy = nullptr;
};
