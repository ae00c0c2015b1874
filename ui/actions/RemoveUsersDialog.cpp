#include "RemoveUsersDialog.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RemoveUsersDialog::RemoveUsersDialog(const QList<Member> &members, const Actor &actor,
                                     QWidget *parent)
    : BulkActionDialog(tr("Remove Users"), tr("Remove"), parent)
{
    setObjectName(QStringLiteral("removeUsersDialog"));
    actionButton()->setObjectName(QStringLiteral("removeButton"));

    // The rules of the server and the session: who may be removed, and why not.
    QList<ActionTarget> targets;
    for (const Member &member : members)
        targets.append({member.userId, member.role, member.teams});
    const Availability availability =
        ActionRules::availability(actor, UserAction::of(UserAction::Kind::RemoveUsers), targets);
    QHash<qint64, QString> refusals;
    for (const SkippedTarget &left : availability.skipped)
        refusals.insert(left.id, left.why.reason);

    QStringList licenses;
    for (const Member &member : members) {
        if (refusals.contains(member.userId)) {
            m_refused.append({member, refusals.value(member.userId)});
            continue;
        }
        m_allowed << member;
        m_machines += member.machineCount;
        for (const QString &license : member.licenses) {
            if (!licenses.contains(license))
                licenses << license;
        }
    }

    const QLocale locale;
    const int count = int(m_allowed.size());
    auto *intro =
        new QLabel(count == 1 ? tr("Remove this user from the organization?")
                              : tr("Remove these %Ln users from the organization?", nullptr, count),
                   this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setAccessibleName(tr("Users to remove"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({tr("Full Name"), tr("Email"), tr("Role"), tr("Machines"), tr("Note")});
    for (const Member &member : std::as_const(m_allowed)) {
        auto *item = new QTreeWidgetItem(m_list, {member.fullName, member.email,
                                                  Roles::displayName(member.role),
                                                  locale.toString(member.machineCount)});
        item->setData(0, Qt::UserRole, member.userId);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (const auto &[member, reason] : std::as_const(m_refused)) {
        auto *item = new QTreeWidgetItem(m_list, {member.fullName, member.email,
                                                  Roles::displayName(member.role), QString(),
                                                  tr("Not removed: %1").arg(reason)});
        item->setData(0, Qt::UserRole, member.userId);
        item->setDisabled(true);
        for (int column = 0; column < 5; ++column)
            item->setToolTip(column, reason);
    }
    m_list->header()->setStretchLastSection(true);
    for (int column = 0; column < 4; ++column)
        m_list->resizeColumnToContents(column);
    fitToRows(m_list, m_list->topLevelItemCount());

    // What follows, in the seed's words.
    QStringList lines;
    lines << tr("They can no longer sign in to the organization.")
          << tr("The data they created in the organization stays.")
          << (m_machines == 1 ? tr("1 registered machine is released from the Registered "
                                   "Machine list.")
                              : tr("%Ln registered machines are released from the Registered "
                                   "Machine list.",
                                   nullptr, m_machines))
          << (licenses.isEmpty()
                  ? tr("They hold no licenses.")
                  : tr("Their licenses are freed: %1.").arg(licenses.join(QStringLiteral(", "))))
          << tr("Pending invitations to their addresses are revoked.")
          << tr("You can invite them again at any time.");
    QString html = QStringLiteral("<ul style=\"margin-left: -20px\">");
    for (const QString &line : std::as_const(lines))
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_consequences = new QLabel(html, this);
    m_consequences->setObjectName(QStringLiteral("consequencesLabel"));
    m_consequences->setAccessibleName(tr("What follows"));
    m_consequences->setAccessibleDescription(lines.join(QLatin1Char(' ')));
    m_consequences->setWordWrap(true);
    m_consequences->setTextFormat(Qt::RichText);
    m_consequences->setProperty("plainText", lines.join(QLatin1Char('\n')));

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_list);
    contentLayout()->addWidget(m_consequences);
    if (!m_refused.isEmpty()) {
        auto *note = new QLabel(
            m_refused.size() == 1
                ? tr("1 checked user cannot be removed and is left out (shown greyed).")
                : tr("%Ln checked users cannot be removed and are left out (shown greyed).",
                     nullptr, int(m_refused.size())),
            this);
        note->setObjectName(QStringLiteral("refusedLabel"));
        note->setWordWrap(true);
        contentLayout()->addWidget(note);
    }
    contentLayout()->addStretch();
    setInputValid(count > 0);
    fitHeight(fontMetrics().averageCharWidth() * 112);
}

QList<qint64> RemoveUsersDialog::userIds() const
{
    QList<qint64> ids;
    for (const Member &member : m_allowed)
        ids << member.userId;
    return ids;
}

QString RemoveUsersDialog::consequencesText() const
{
    return m_consequences->property("plainText").toString();
}
