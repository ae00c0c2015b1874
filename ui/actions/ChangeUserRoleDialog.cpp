#include "ChangeUserRoleDialog.h"

#include "MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum ListColumn
{
    NameColumn,
    EmailColumn,
    CurrentRoleColumn,
    NoteColumn
};

} // namespace

ChangeUserRoleDialog::ChangeUserRoleDialog(const QList<Member> &members, const Actor &actor,
                                           QWidget *parent)
    : BulkActionDialog(tr("Change User Role"), tr("Change Role"), parent), m_members(members),
      m_actor(actor)
{
    setObjectName(QStringLiteral("changeUserRoleDialog"));
    actionButton()->setObjectName(QStringLiteral("changeRoleButton"));

    // Which roles the actor may choose here (ActionRules: Owner means a
    // transfer, only by the Owner and only to exactly one other member).
    for (const Member &member : std::as_const(m_members))
        m_targets.append({member.userId, member.role, member.teams});
    for (Role role : Roles::all())
        m_roleDecisions << ActionRules::canChooseRole(actor, role, m_targets);

    auto *intro = new QLabel(
        m_members.size() == 1
            ? tr("Select a new role for this user.")
            : tr("Select a new role for these %1 users.").arg(QLocale().toString(m_members.size())),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_roleModel = new QStandardItemModel(this);
    QStringList unavailable;
    for (Role role : Roles::all()) {
        auto *item = new QStandardItem(Roles::displayName(role));
        item->setData(int(role), Qt::UserRole);
        const Decision &decision = m_roleDecisions.at(Roles::rank(role));
        if (!decision) {
            // Listed but disabled, with the reason: a missing role would only puzzle.
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(decision.reason);
            unavailable
                << tr("%1 is not available: %2").arg(Roles::displayName(role), decision.reason);
        } else if (role == Role::Owner) {
            item->setText(tr("Owner (transfer ownership)"));
            item->setToolTip(tr("You become Admin; the chosen member becomes the Owner."));
        }
        m_roleModel->appendRow(item);
    }
    m_roleCombo = new QComboBox(this);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    m_roleCombo->setAccessibleName(tr("New role"));
    m_roleCombo->setModel(m_roleModel);
    m_roleCombo->setPlaceholderText(tr("Select a role…"));
    m_roleCombo->setCurrentIndex(-1);
    auto *form = new QFormLayout;
    form->addRow(tr("&New role:"), m_roleCombo);

    m_unavailableLabel = new QLabel(this);
    m_unavailableLabel->setObjectName(QStringLiteral("unavailableRolesLabel"));
    m_unavailableLabel->setAccessibleName(tr("Roles you cannot give"));
    m_unavailableLabel->setWordWrap(true);
    m_unavailableLabel->setText(unavailable.join(QLatin1Char('\n')));
    m_unavailableLabel->setVisible(!unavailable.isEmpty());
    QPalette muted = m_unavailableLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_unavailableLabel->setPalette(muted);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setAccessibleName(tr("Users"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({tr("Full Name"), tr("Email"), tr("Current Role"), tr("Note")});
    for (const Member &member : std::as_const(m_members)) {
        auto *item = new QTreeWidgetItem(
            m_list, {member.fullName, member.email, Roles::displayName(member.role), QString()});
        item->setData(0, Qt::UserRole, member.userId);
    }
    m_list->header()->setStretchLastSection(true);

    m_teamsLabel = new QLabel(this);
    m_teamsLabel->setObjectName(QStringLiteral("teamsLabel"));
    m_teamsLabel->setAccessibleName(tr("Teams"));
    m_teamsLabel->setWordWrap(true);
    m_teamsLabel->setTextFormat(Qt::PlainText);
    m_teamsCheck = new QCheckBox(tr("&Take them out of these teams"), this);
    m_teamsCheck->setObjectName(QStringLiteral("removeFromTeamsCheckBox"));
    m_teamsCheck->setAccessibleName(tr("Take them out of these teams"));

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);

    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(m_unavailableLabel);
    contentLayout()->addWidget(m_list);
    contentLayout()->addWidget(m_teamsLabel);
    contentLayout()->addWidget(m_teamsCheck);
    contentLayout()->addWidget(m_summaryLabel);
    contentLayout()->addStretch();

    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &ChangeUserRoleDialog::update);
    connect(m_teamsCheck, &QCheckBox::toggled, this, &ChangeUserRoleDialog::update);
    update();
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    fitToRows(m_list, m_list->topLevelItemCount());
    fitHeight(fontMetrics().averageCharWidth() * 100);
}

std::optional<Role> ChangeUserRoleDialog::role() const
{
    if (m_roleCombo->currentIndex() < 0)
        return std::nullopt;
    return Role(m_roleCombo->currentData(Qt::UserRole).toInt());
}

bool ChangeUserRoleDialog::setRole(Role role)
{
    if (!roleDecision(role))
        return false;
    m_roleCombo->setCurrentIndex(Roles::rank(role));
    return true;
}

Decision ChangeUserRoleDialog::roleDecision(Role role) const
{
    return m_roleDecisions.at(Roles::rank(role));
}

Decision ChangeUserRoleDialog::memberDecision(int index, std::optional<Role> role) const
{
    // Teams are asked for separately (the checkbox), so the rule sees "take them out".
    const UserAction action = !role ? UserAction::of(UserAction::Kind::ChangeRole)
                              : *role == Role::Owner
                                  ? UserAction::of(UserAction::Kind::TransferOwnership)
                                  : UserAction::changeRole(*role, true);
    return ActionRules::decide(m_actor, action, m_targets.at(index));
}

bool ChangeUserRoleDialog::leavesTeams(int index, Role role) const
{
    // Allowed when taken out of the teams, refused otherwise: the rule about
    // teams (a Billing Manager belongs to none) is what the checkbox answers.
    const ActionTarget &target = m_targets.at(index);
    return ActionRules::decide(m_actor, UserAction::changeRole(role, true), target) &&
           !ActionRules::decide(m_actor, UserAction::changeRole(role, false), target);
}

QString ChangeUserRoleDialog::refusalFor(qint64 userId) const
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toLongLong() == userId)
            return item->isDisabled() ? item->text(NoteColumn) : QString();
    }
    return {};
}

QString ChangeUserRoleDialog::teamsText() const
{
    return m_teamsLabel->isHidden() ? QString() : m_teamsLabel->text();
}

ChangeUserRoleDialog::Choice ChangeUserRoleDialog::choice() const
{
    Choice choice;
    const std::optional<Role> chosen = role();
    if (!chosen)
        return choice;
    choice.role = *chosen;
    choice.transferOwnership = *chosen == Role::Owner;
    bool teamsAsked = false;
    for (int index = 0; index < m_members.size(); ++index) {
        const Member &member = m_members.at(index);
        if (!memberDecision(index, *chosen))
            continue;
        choice.userIds << member.userId;
        teamsAsked = teamsAsked || leavesTeams(index, *chosen);
    }
    choice.removeFromTeams = teamsAsked && m_teamsCheck->isChecked();
    return choice;
}

void ChangeUserRoleDialog::update()
{
    const std::optional<Role> chosen = role();
    int allowed = 0;
    int unchanged = 0;
    QStringList inTeams;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const Member &member = m_members.at(row);
        // Before a role is chosen, a user is greyed when no role at all applies.
        const Decision decision = memberDecision(row, chosen);
        item->setDisabled(!decision.allowed);
        QString note;
        if (!decision.allowed) {
            note = decision.reason;
        } else if (chosen && member.role == *chosen) {
            note = tr("Already %1").arg(Roles::displayName(*chosen));
            ++unchanged;
        } else if (chosen && leavesTeams(row, *chosen)) {
            note = tr("In teams: %1").arg(member.teams.join(QStringLiteral(", ")));
            inTeams << tr("%1: %2").arg(member.fullName.isEmpty() ? member.email : member.fullName,
                                        member.teams.join(QStringLiteral(", ")));
        }
        item->setText(NoteColumn, note);
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, note);
        if (decision.allowed && chosen)
            ++allowed;
    }

    const bool teamsAsked = !inTeams.isEmpty();
    const bool grows = teamsAsked && m_teamsLabel->isHidden();
    m_teamsLabel->setVisible(teamsAsked);
    m_teamsCheck->setVisible(teamsAsked);
    if (teamsAsked)
        m_teamsLabel->setText(
            tr("A Billing Manager belongs to no team or project. These users are in teams:\n%1")
                .arg(inTeams.join(QLatin1Char('\n'))));
    else
        m_teamsCheck->setChecked(false);

    QString summary;
    if (chosen && *chosen == Role::Owner && allowed == 1)
        summary = tr("Ownership is transferred: you become Admin.");
    else if (chosen && allowed == 0)
        summary = tr("None of the checked users can be given this role.");
    else if (chosen && allowed > 0 && m_members.size() > allowed)
        summary = tr("%1 of %2 users are changed; the others are left out (shown greyed).")
                      .arg(allowed)
                      .arg(m_members.size());
    m_summaryLabel->setText(summary);
    m_summaryLabel->setVisible(!summary.isEmpty());
    setInputValid(chosen && allowed > 0 && (!teamsAsked || m_teamsCheck->isChecked()));
    if (grows && width() > 0)
        fitHeight(width(), true);
}

bool ChangeUserRoleDialog::confirmSubmit()
{
    const Choice chosen = choice();
    if (!chosen.transferOwnership)
        return true;
    QString name;
    for (const Member &member : std::as_const(m_members)) {
        if (chosen.userIds.contains(member.userId))
            name = member.fullName.isEmpty() ? member.email
                                             : tr("%1 (%2)").arg(member.fullName, member.email);
    }
    return MessageBox::question(this, tr("Transfer Ownership"),
                                tr("Make %1 the Owner of the organization?\n\nYou, the current "
                                   "Owner, become Admin. Only the new Owner can give ownership "
                                   "back.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Yes;
}
