#include "RevokeInvitationDialog.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

RevokeInvitationDialog::RevokeInvitationDialog(const QList<Invitation> &invitations,
                                               QWidget *parent)
    : BulkActionDialog(tr("Revoke Invitation"), tr("Revoke"), parent), m_invitations(invitations)
{
    setObjectName(QStringLiteral("revokeInvitationDialog"));
    actionButton()->setObjectName(QStringLiteral("revokeButton"));

    const int count = int(m_invitations.size());
    auto *intro = new QLabel(
        count == 1 ? tr("Double-check the email address. Its invitation link will stop working.")
                   : tr("Double-check the %Ln email addresses. Their invitation links will stop "
                        "working.",
                        nullptr, count),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("emailList"));
    m_list->setAccessibleName(tr("Invitations to revoke"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::StrongFocus);
    for (const Invitation &invitation : std::as_const(m_invitations)) {
        auto *item = new QListWidgetItem(invitation.email, m_list);
        item->setToolTip(tr("Role: %1").arg(Roles::displayName(invitation.role)));
    }
    fitToRows(m_list, count);

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_list, 1);
    contentLayout()->addStretch();
    setInputValid(count > 0);
    fitHeight(fontMetrics().averageCharWidth() * 64);
}

QList<qint64> RevokeInvitationDialog::invitationIds() const
{
    QList<qint64> ids;
    for (const Invitation &invitation : m_invitations)
        ids << invitation.id;
    return ids;
}

QStringList RevokeInvitationDialog::emails() const
{
    QStringList emails;
    for (const Invitation &invitation : m_invitations)
        emails << invitation.email;
    return emails;
}
