#include "UserListTab.h"

#include "CheckBoxHeaderView.h"
#include "MessageBox.h"
#include "NamedComboBoxAccessible.h"
#include "Settings.h"
#include "UserTableView.h"

#include <ActiveUsersModel.h>
#include <PendingInvitationsModel.h>
#include <RecordFilterProxyModel.h>
#include <RemovedUsersModel.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// The width of an average Latin character, the unit of the widths below
/// (names, addresses and dates are mostly Latin). Under a Japanese locale the
/// default font is a CJK one, whose averageCharWidth() is that of its
/// ideographs, about twice as wide: the last columns would leave the window.
int latinCharWidth(const QFontMetrics &metrics)
{
    const int latin =
        metrics.horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz")) / 26 + 1;
    const int average = metrics.averageCharWidth();
    return average > latin * 3 / 2 ? latin : average;
}

/// Column widths for a table without saved state, in average character
/// widths (the check box column is sized in pixels by the header).
int defaultWidthInChars(UserListTab::Kind kind, int column)
{
    switch (kind) {
    case UserListTab::Kind::Active:
        switch (column) {
        case ActiveUsersModel::FullNameColumn:
            return 26;
        case ActiveUsersModel::EmailColumn:
            return 40;
        case ActiveUsersModel::RoleColumn:
            return 15;
        case ActiveUsersModel::JoinDateColumn:
            return 13;
        case ActiveUsersModel::LicensesColumn:
            return 11;
        default:
            return 16;
        }
    case UserListTab::Kind::Pending:
        switch (column) {
        case PendingInvitationsModel::EmailColumn:
            return 42;
        case PendingInvitationsModel::RoleColumn:
            return 15;
        case PendingInvitationsModel::LicensesColumn:
            return 11;
        case PendingInvitationsModel::InvitedByColumn:
            return 22;
        default:
            return 16;
        }
    case UserListTab::Kind::Removed:
        switch (column) {
        case RemovedUsersModel::FullNameColumn:
            return 26;
        case RemovedUsersModel::EmailColumn:
            return 40;
        case RemovedUsersModel::LastRoleColumn:
            return 15;
        case RemovedUsersModel::RemovedByColumn:
            return 22;
        default:
            return 14;
        }
    }
    return 16;
}

} // namespace

UserListTab::UserListTab(Kind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    setObjectName(key() + QStringLiteral("Tab"));
    setAccessibleName(title());

    switch (m_kind) {
    case Kind::Active:
        m_activeModel = new ActiveUsersModel(this);
        m_model = m_activeModel;
        break;
    case Kind::Pending:
        m_pendingModel = new PendingInvitationsModel(this);
        m_pendingModel->setDeliveryWarningIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_model = m_pendingModel;
        break;
    case Kind::Removed:
        m_removedModel = new RemovedUsersModel(this);
        m_model = m_removedModel;
        break;
    }
    m_proxy = new RecordFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search…"));
    m_search->setAccessibleDescription(m_kind == Kind::Pending
                                           ? tr("Shows the invitations whose email contains "
                                                "the text.")
                                           : tr("Shows the users whose name or email contains "
                                                "the text."));
    m_search->setClearButtonEnabled(true);
    // The clear button is a tool button Qt creates inside the field; name it
    // for screen readers.
    for (QToolButton *clear : m_search->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear search"));
    m_search->setMinimumWidth(latinCharWidth(fontMetrics()) * 30);
    m_search->setMaximumWidth(latinCharWidth(fontMetrics()) * 60);

    NamedComboBoxAccessible::install();
    m_filter = new QComboBox(this);
    m_filter->setProperty("accessibleNameIsName", true);
    auto *filterLabel = new QLabel(this);
    filterLabel->setBuddy(m_filter);
    if (m_kind == Kind::Pending) {
        m_filter->setObjectName(QStringLiteral("statusFilterCombo"));
        m_filter->setAccessibleName(tr("Status filter"));
        filterLabel->setText(tr("S&tatus:"));
        m_filter->addItem(tr("Pending"), int(SearchFilter::StatusFilter::Pending));
        m_filter->addItem(tr("Expired"), int(SearchFilter::StatusFilter::Expired));
        m_filter->addItem(tr("All"), int(SearchFilter::StatusFilter::All));
        // Expired invitations stay listed (and can be sent again), so all show at first.
        m_filter->setCurrentIndex(2);
    } else {
        m_filter->setObjectName(QStringLiteral("roleFilterCombo"));
        m_filter->setAccessibleName(tr("Role filter"));
        filterLabel->setText(m_kind == Kind::Removed ? tr("Last &role:") : tr("&Role:"));
        m_filter->addItem(tr("All roles"), -1);
        for (Role role : Roles::all())
            m_filter->addItem(Roles::displayName(role), int(role));
    }
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table = new UserTableView(this);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setAccessibleName(title());
    m_table->setModel(m_proxy);
    if (m_kind == Kind::Pending)
        m_table->setCopyColumns(-1, PendingInvitationsModel::EmailColumn);
    else
        m_table->setCopyColumns(ActiveUsersModel::FullNameColumn, ActiveUsersModel::EmailColumn);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAccessibleName(tr("Rows shown"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addStretch();
    top->addSpacing(12);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel, 1);
    switch (m_kind) {
    case Kind::Active:
        addActionButton(Action::ChangeRole, tr("Change Role"), "changeRoleButton");
        addActionButton(Action::RemoveUsers, tr("Remove Users"), "removeUsersButton");
        break;
    case Kind::Pending:
        addActionButton(Action::CopyActivationLink, tr("Copy Activation Link"),
                        "copyActivationLinkButton");
        addActionButton(Action::Resend, tr("Resend"), "resendButton");
        addActionButton(Action::Revoke, tr("Revoke"), "revokeButton");
        break;
    case Kind::Removed:
        addActionButton(Action::InviteAgain, tr("Invite Again"), "inviteAgainButton");
        break;
    }
    for (const ActionButton &entry : std::as_const(m_buttons))
        bottom->addWidget(entry.button);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    // search → filter → table (its header first, for the header box) → buttons
    setTabOrder(m_search, m_filter);
    setTabOrder(m_filter, m_table);
    QWidget *previous = m_table;
    for (const ActionButton &entry : std::as_const(m_buttons)) {
        setTabOrder(previous, entry.button);
        previous = entry.button;
    }

    // A setter that changes the rows makes the proxy emit checkedCountsChanged;
    // one that does not ("Jose" after "jose") still changes the empty message.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_proxy->setSearchText(text))
            updateShownState();
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_filter->currentData().toInt();
        const bool changed = m_kind == Kind::Pending
                                 ? m_proxy->setStatusFilter(SearchFilter::StatusFilter(value))
                                 : m_proxy->setRoleFilter(
                                       value < 0 ? std::nullopt : std::optional<Role>(Role(value)));
        if (!changed)
            updateShownState();
    });
    connect(m_proxy, &RecordFilterProxyModel::checkedCountsChanged, this,
            &UserListTab::updateShownState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UserListTab::updateShownState);
    // The buttons count checked records, hidden ones included: only checks,
    // loads, the actor and the offline state change them, never the search.
    connect(m_model, &RecordTableModel::checksChanged, this, &UserListTab::updateButtons);
    connect(m_table->checkBoxHeader(), &CheckBoxHeaderView::toggled, this,
            [this](Qt::CheckState wanted) { m_proxy->setShownChecked(wanted == Qt::Checked); });
    connect(m_table, &UserTableView::checkAllShownRequested, this,
            [this] { m_proxy->setShownChecked(true); });

    // Relative times ("5 minutes ago") age while the window stays open.
    auto *clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, m_model, &RecordTableModel::refreshTimes);
    clock->start();

    applyDefaultLayout();
    updateShownState();
    updateButtons();
}

UserListTab::~UserListTab() = default;

QString UserListTab::key() const
{
    switch (m_kind) {
    case Kind::Active:
        return QStringLiteral("activeUsers");
    case Kind::Pending:
        return QStringLiteral("pendingInvitations");
    case Kind::Removed:
        return QStringLiteral("removedUsers");
    }
    return {};
}

QString UserListTab::title() const
{
    switch (m_kind) {
    case Kind::Active:
        return tr("Active Users");
    case Kind::Pending:
        return tr("Pending Invitations");
    case Kind::Removed:
        return tr("Removed Users");
    }
    return {};
}

void UserListTab::addActionButton(Action action, const QString &label, const char *objectName)
{
    auto *button = new QPushButton(label, this);
    button->setObjectName(QLatin1String(objectName));
    button->setAccessibleName(label);
    button->setEnabled(false);
    connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
    m_buttons.append({action, button, label});
}

QPushButton *UserListTab::actionButton(Action action) const
{
    for (const ActionButton &entry : m_buttons) {
        if (entry.action == action)
            return entry.button;
    }
    return nullptr;
}

void UserListTab::setMembers(const QList<Member> &members)
{
    Q_ASSERT(m_kind != Kind::Pending);
    m_loaded = true;
    if (m_activeModel)
        m_activeModel->setMembers(members);
    else if (m_removedModel)
        m_removedModel->setMembers(members);
}

void UserListTab::setInvitations(const QList<Invitation> &invitations)
{
    Q_ASSERT(m_kind == Kind::Pending);
    m_loaded = true;
    m_pendingModel->setInvitations(invitations);
}

qint64 UserListTab::totalCount() const
{
    return m_loaded ? m_model->recordCount() : -1;
}

int UserListTab::shownCount() const
{
    return m_proxy->rowCount();
}

QString UserListTab::selectionSummary() const
{
    const int checked = m_model->checkedCount();
    if (checked == 0)
        return {};
    const int hidden = m_proxy->checkedHiddenCount();
    if (hidden == 0)
        return tr("%1 selected").arg(QLocale().toString(checked));
    return m_search->text().trimmed().isEmpty()
               ? tr("%1 selected, %2 hidden by the filter")
                     .arg(QLocale().toString(checked), QLocale().toString(hidden))
               : tr("%1 selected, %2 hidden by the search")
                     .arg(QLocale().toString(checked), QLocale().toString(hidden));
}

void UserListTab::setActor(const Actor &actor)
{
    m_actor = actor;
    updateButtons();
}

void UserListTab::setOffline(bool offline, const QString &reason)
{
    m_offline = offline;
    m_offlineReason = reason;
    updateButtons();
}

void UserListTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UserListTab::applyDefaultLayout()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int charWidth = latinCharWidth(fontMetrics());
    for (int column = 1; column < m_proxy->columnCount(); ++column)
        header->resizeSection(column, defaultWidthInChars(m_kind, column) * charWidth + 16);
    // Translated role names can be longer than the English ones the width was
    // chosen for ("Abrechnungsmanager"): the role column fits the longest.
    const int roleColumn = m_kind == Kind::Active    ? int(ActiveUsersModel::RoleColumn)
                           : m_kind == Kind::Pending ? int(PendingInvitationsModel::RoleColumn)
                                                     : int(RemovedUsersModel::LastRoleColumn);
    int roleWidth = header->sectionSize(roleColumn);
    for (Role role : Roles::all())
        roleWidth = std::max(roleWidth, fontMetrics().horizontalAdvance(Roles::displayName(role)) +
                                            2 * charWidth + 16);
    header->resizeSection(roleColumn, roleWidth);
    header->setSectionResizeMode(RecordTableModel::CheckColumn, QHeaderView::Fixed);
    header->resizeSection(RecordTableModel::CheckColumn,
                          m_table->checkBoxHeader()->checkBoxSectionWidth());
    if (m_kind == Kind::Removed)
        header->setSortIndicator(RemovedUsersModel::defaultSortColumn,
                                 RemovedUsersModel::defaultSortOrder);
    else
        header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
}

void UserListTab::restoreState(const Settings &settings)
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = settings.headerState(key());
    if (!state.isEmpty() && !header->restoreState(state))
        applyDefaultLayout();
    const SortState sort = settings.sortState(key());
    if (sort.column >= 1 && sort.column < m_proxy->columnCount())
        m_table->sortByColumn(sort.column, sort.order);
    else if (!state.isEmpty())
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void UserListTab::saveState(Settings &settings) const
{
    const QHeaderView *header = m_table->horizontalHeader();
    settings.setHeaderState(key(), header->saveState());
    SortState sort;
    sort.column = header->sortIndicatorSection();
    sort.order = header->sortIndicatorOrder();
    if (sort.column >= m_proxy->columnCount())
        sort.column = -1;
    settings.setSortState(key(), sort);
}

void UserListTab::trigger(Action action)
{
    const QList<qint64> ids = allowedCheckedIds(action);
    if (ids.isEmpty())
        return;
    // Resend and Copy Activation Link act at once, with no dialog listing the
    // addresses: checked rows hidden by the search or filter would be acted
    // on unseen (product.md: never silently), so the user is asked first.
    if (action == Action::Resend || action == Action::CopyActivationLink) {
        const QList<qint64> shownList = m_proxy->checkedShownIds();
        const QSet<qint64> shown(shownList.cbegin(), shownList.cend());
        const auto hidden = std::count_if(ids.cbegin(), ids.cend(),
                                          [&shown](qint64 id) { return !shown.contains(id); });
        if (hidden > 0) {
            const QString label =
                action == Action::Resend ? tr("Resend") : tr("Copy Activation Link");
            const QString text =
                tr("%1 of the %2 checked invitations are hidden by the search or filter.\n"
                   "%3 all %2, the hidden ones included?")
                    .arg(QLocale().toString(qint64(hidden)), QLocale().toString(ids.size()), label);
            if (MessageBox::question(this, label, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) != QMessageBox::Yes)
                return;
        }
    }
    if (action == Action::CopyActivationLink) {
        QStringList links;
        for (const Invitation &invitation : m_pendingModel->invitations(ids)) {
            if (!invitation.activationUrl.isEmpty())
                links << invitation.activationUrl;
        }
        // One link per line, so that a list pastes into mail or a spreadsheet.
        QApplication::clipboard()->setText(links.join(QLatin1Char('\n')));
        m_countLabel->setText(links.size() == 1
                                  ? tr("Copied the activation link.")
                                  : tr("Copied %n activation links.", nullptr, int(links.size())));
    }
    emit actionRequested(action, ids);
}

QList<qint64> UserListTab::allowedCheckedIds(Action action) const
{
    QList<qint64> allowed;
    const int checked = m_model->checkedCount();
    allowed.reserve(checked);
    std::optional<bool> allowedForRank[4];
    const QList<Role> roles = Roles::all(); // index == rank
    const int rows = m_model->rowCount();
    int seen = 0;
    for (int row = 0; row < rows && seen < checked; ++row) {
        const int record = m_model->recordAt(row);
        if (!m_model->isRecordChecked(record))
            continue;
        ++seen;
        const qint64 id = m_model->idAt(row);
        const Role role = m_model->filterRoleOf(record).value_or(Role::Member);
        bool ok = false;
        if (m_kind == Kind::Active && id == m_actor.userId) {
            ok = decide(action, id, role).allowed;
        } else {
            std::optional<bool> &cached = allowedForRank[Roles::rank(role)];
            if (!cached)
                cached = decide(action, -1, roles.at(Roles::rank(role))).allowed;
            ok = *cached;
        }
        if (ok)
            allowed << id;
    }
    return allowed;
}

Decision UserListTab::decide(Action action, qint64 id, Role role) const
{
    switch (action) {
    case Action::RemoveUsers:
        return Permissions::canRemove(m_actor, {id, role, {}});
    case Action::ChangeRole: {
        // Allowed when at least one other role may be given; the dialog
        // (next issue) offers the choices and checks teams.
        Decision last = Permissions::canManageUsers(m_actor.role);
        for (Role target : Permissions::grantableRoles(m_actor.role)) {
            if (target == role)
                continue;
            last = Permissions::canChangeRole(m_actor, {id, role, {}}, target, true);
            if (last)
                return last;
        }
        return last.allowed ? Decision::refuse(QStringLiteral("forbidden"),
                                               tr("No other role can be given."))
                            : last;
    }
    case Action::Revoke:
    case Action::Resend:
    case Action::CopyActivationLink:
        return Permissions::canManageInvitation(m_actor.role, role);
    case Action::InviteAgain:
        return Permissions::canInviteWithRole(m_actor.role, Role::Member);
    }
    return Permissions::canManageUsers(m_actor.role);
}

void UserListTab::updateShownState()
{
    const int shown = m_proxy->rowCount();
    const qint64 total = m_loaded ? m_model->recordCount() : 0;
    const QLocale locale;
    if (!m_loaded)
        m_countLabel->setText(tr("Loading…"));
    else if (shown == total)
        m_countLabel->setText(
            m_kind == Kind::Pending
                ? (total == 1 ? tr("1 invitation") : tr("%Ln invitations", nullptr, total))
                : (total == 1 ? tr("1 user") : tr("%Ln users", nullptr, total)));
    else
        m_countLabel->setText(
            tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));

    CheckBoxHeaderView *header = m_table->checkBoxHeader();
    header->setCheckState(m_proxy->shownCheckState());
    header->setCheckBoxEnabled(shown > 0);
    updateEmptyMessage();
    updateButtons();
    emit countsChanged();
}

void UserListTab::updateEmptyMessage()
{
    QString message;
    const QString search = m_search->text().trimmed();
    if (!m_loaded) {
        message = tr("Loading…");
    } else if (m_model->recordCount() == 0) {
        switch (m_kind) {
        case Kind::Active:
            message = tr("No active users.");
            break;
        case Kind::Pending:
            message = tr("No pending invitations.");
            break;
        case Kind::Removed:
            message = tr("No removed users.");
            break;
        }
    } else if (m_proxy->rowCount() == 0) {
        const QString filter = m_filter->currentText();
        const bool filtered =
            m_filter->currentData().toInt() >= 0 &&
            !(m_kind == Kind::Pending &&
              m_filter->currentData().toInt() == int(SearchFilter::StatusFilter::All));
        if (m_kind == Kind::Pending) {
            if (!search.isEmpty() && filtered)
                message = tr("No %1 invitations match “%2”.").arg(filter.toLower(), search);
            else if (!search.isEmpty())
                message = tr("No invitations match “%1”.").arg(search);
            else
                message = tr("No %1 invitations.").arg(filter.toLower());
        } else {
            if (!search.isEmpty() && filtered)
                message = tr("No users with the role %1 match “%2”.").arg(filter, search);
            else if (!search.isEmpty())
                message = tr("No users match “%1”.").arg(search);
            else
                message = tr("No users with the role %1.").arg(filter);
        }
    }
    m_table->setEmptyMessage(message);
}

void UserListTab::updateButtons()
{
    const int checked = m_model->checkedCount();
    // A decision depends only on the target's role, and on whether the target
    // is the signed-in user; so one pass counts the checked records per role
    // (plain array reads, no lookups by id), and each button asks the rules
    // once per role.
    int perRank[4] = {0, 0, 0, 0};
    std::optional<Role> selfRole;
    if (checked > 0 && !m_offline) {
        const int rows = m_model->rowCount();
        int seen = 0;
        for (int row = 0; row < rows && seen < checked; ++row) {
            const int record = m_model->recordAt(row);
            if (!m_model->isRecordChecked(record))
                continue;
            ++seen;
            const Role role = m_model->filterRoleOf(record).value_or(Role::Member);
            if (m_kind == Kind::Active && m_model->idAt(row) == m_actor.userId)
                selfRole = role;
            else
                ++perRank[Roles::rank(role)];
        }
    }
    const QList<Role> roles = Roles::all(); // index == rank
    for (const ActionButton &entry : std::as_const(m_buttons)) {
        if (m_offline) {
            setButtonState(entry, 0, m_offlineReason);
            continue;
        }
        if (checked == 0) {
            setButtonState(entry, 0,
                           m_kind == Kind::Pending ? tr("Check the invitations this applies to.")
                                                   : tr("Check the users this applies to."));
            continue;
        }
        int allowed = 0;
        Decision firstRefusal;
        auto tally = [&](const Decision &decision, int count) {
            if (decision.allowed)
                allowed += count;
            else if (firstRefusal.allowed)
                firstRefusal = decision;
        };
        if (selfRole)
            tally(decide(entry.action, m_actor.userId, *selfRole), 1);
        for (int rank = 0; rank < 4; ++rank) {
            // Id -1 is nobody's: the rule sees "someone else with this role".
            if (perRank[rank] > 0)
                tally(decide(entry.action, -1, roles.at(rank)), perRank[rank]);
        }
        QString why;
        if (allowed == 0)
            why = firstRefusal.reason;
        else if (allowed < checked)
            why = checked - allowed == 1
                      ? tr("1 checked record is left out: %1").arg(firstRefusal.reason)
                      : tr("%Ln checked records are left out: %1", nullptr, checked - allowed)
                            .arg(firstRefusal.reason);
        setButtonState(entry, allowed, why);
    }
}

void UserListTab::setButtonState(const ActionButton &entry, int count, const QString &why)
{
    entry.button->setEnabled(count > 0);
    entry.button->setText(count > 0 ? tr("%1 (%2)").arg(entry.label, QLocale().toString(count))
                                    : entry.label);
    entry.button->setToolTip(why);
    entry.button->setAccessibleDescription(why);
}
