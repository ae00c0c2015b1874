#include "InviteResultsWidget.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int OutcomeCount = 6;

/// "1 invited" / "3 invited": `one` for 1, `many` (a %n text, translated
/// with its plural forms) otherwise; the app ships without an English
/// translation, so the English singular is a text of its own.
QString countPhrase(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many;
}

} // namespace

InviteResultsWidget::InviteResultsWidget(QWidget *parent)
    : QWidget(parent), m_counts(OutcomeCount, 0)
{
    setObjectName(QStringLiteral("inviteResultsWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("resultsTree"));
    m_tree->setAccessibleName(tr("Result per address"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Email"), tr("Result")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
}

InviteResultsWidget::~InviteResultsWidget() = default;

InviteResultsWidget::Outcome InviteResultsWidget::outcomeOf(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Invited:
        return Outcome::Invited;
    case ItemStatus::AlreadyMember:
        return Outcome::AlreadyMember;
    case ItemStatus::AlreadyInvited:
        return Outcome::AlreadyInvited;
    case ItemStatus::InvalidEmail:
        return Outcome::Invalid;
    case ItemStatus::NoSeats:
        return Outcome::NoSeats;
    default:
        return Outcome::Failed;
    }
}

QString InviteResultsWidget::resultText(const ItemResult &item)
{
    const QString reason = item.error.message;
    switch (outcomeOf(item.status)) {
    case Outcome::Invited:
        return tr("Invited");
    case Outcome::AlreadyMember:
        return tr("Already a member — not invited");
    case Outcome::AlreadyInvited:
        return tr("Already invited — no second invitation");
    case Outcome::Invalid:
        return reason.isEmpty() ? tr("Invalid address") : tr("Invalid address: %1").arg(reason);
    case Outcome::NoSeats:
        return reason.isEmpty() ? tr("No seats left") : tr("No seats left: %1").arg(reason);
    case Outcome::Failed:
        break;
    }
    return reason.isEmpty() ? tr("Failed: the server gave no reason")
                            : tr("Failed: %1").arg(reason);
}

void InviteResultsWidget::setResults(const BulkResult &results, const QList<EmailCheck> &leftOut,
                                     const QHash<QString, QString> &typed)
{
    m_tree->clear();
    m_counts.fill(0);
    const QIcon okIcon = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon infoIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    const QIcon warnIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon failIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);

    QList<QTreeWidgetItem *> rows;
    rows.reserve(results.size() + leftOut.size());
    for (const ItemResult &item : results) {
        const Outcome outcome = outcomeOf(item.status);
        ++m_counts[int(outcome)];
        auto *row = new QTreeWidgetItem({typed.value(item.email, item.email), resultText(item)});
        if (row->text(0) != item.email)
            row->setToolTip(0, tr("Sent as %1").arg(item.email));
        switch (outcome) {
        case Outcome::Invited:
            row->setIcon(1, okIcon);
            break;
        case Outcome::AlreadyMember:
        case Outcome::AlreadyInvited:
            row->setIcon(1, infoIcon);
            break;
        case Outcome::Invalid:
        case Outcome::NoSeats:
            row->setIcon(1, warnIcon);
            break;
        case Outcome::Failed:
            row->setIcon(1, failIcon);
            break;
        }
        if (outcome == Outcome::AlreadyInvited)
            row->setData(1, Qt::UserRole, item.invitationId);
        row->setToolTip(1, outcome == Outcome::AlreadyInvited
                               ? tr("The invitation sent before still holds. To send its link "
                                    "again, use Resend on Pending Invitations.")
                               : row->text(1));
        rows.append(row);
    }
    for (const EmailCheck &check : leftOut) {
        ++m_counts[int(Outcome::Invalid)];
        auto *row = new QTreeWidgetItem(
            {check.input, tr("Invalid address, not sent: %1").arg(check.error)});
        row->setIcon(1, warnIcon);
        row->setToolTip(1, row->text(1));
        rows.append(row);
    }
    m_tree->addTopLevelItems(rows);
    m_summary->setText(summary());
}

QList<qint64> InviteResultsWidget::alreadyInvitedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        const qint64 id = m_tree->topLevelItem(row)->data(1, Qt::UserRole).toLongLong();
        if (id > 0)
            ids.append(id);
    }
    return ids;
}

void InviteResultsWidget::applyResend(const BulkResult &answer, const QList<SkippedTarget> &leftOut)
{
    QHash<qint64, QTreeWidgetItem *> rows;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_tree->topLevelItem(row);
        if (const qint64 id = item->data(1, Qt::UserRole).toLongLong(); id > 0)
            rows.insert(id, item);
    }
    for (const ItemResult &result : answer) {
        QTreeWidgetItem *row = rows.value(result.id);
        if (!row)
            continue;
        if (result.status == ItemStatus::Resent) {
            row->setText(1, tr("Already invited — a new link was sent"));
            row->setIcon(1, style()->standardIcon(QStyle::SP_DialogApplyButton));
        } else {
            const QString reason =
                result.error.message.isEmpty() ? result.error.code : result.error.message;
            row->setText(1, tr("Already invited — not sent again: %1").arg(reason));
            row->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        row->setToolTip(1, row->text(1));
        row->setData(1, Qt::UserRole, QVariant()); // answered: not offered again
    }
    for (const SkippedTarget &left : leftOut) {
        QTreeWidgetItem *row = rows.value(left.id);
        if (!row)
            continue;
        row->setText(1, tr("Already invited — not sent again: %1").arg(left.why.reason));
        row->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        row->setToolTip(1, row->text(1));
        row->setData(1, Qt::UserRole, QVariant()); // the rules refuse it: not offered again
    }
}

int InviteResultsWidget::count(Outcome outcome) const
{
    return m_counts.value(int(outcome));
}

QString InviteResultsWidget::summary() const
{
    QStringList parts;
    const auto add = [&](Outcome outcome, const char *one, const char *many) {
        const int n = count(outcome);
        if (n > 0)
            parts.append(countPhrase(n, tr(one), tr(many, nullptr, n)));
    };
    add(Outcome::Invited, QT_TR_NOOP("1 invited"), QT_TR_N_NOOP("%Ln invited"));
    add(Outcome::AlreadyMember, QT_TR_NOOP("1 already a member"),
        QT_TR_N_NOOP("%Ln already members"));
    add(Outcome::AlreadyInvited, QT_TR_NOOP("1 already invited"),
        QT_TR_N_NOOP("%Ln already invited"));
    add(Outcome::Invalid, QT_TR_NOOP("1 invalid"), QT_TR_N_NOOP("%Ln invalid"));
    add(Outcome::NoSeats, QT_TR_NOOP("1 without a seat"), QT_TR_N_NOOP("%Ln without a seat"));
    add(Outcome::Failed, QT_TR_NOOP("1 failed"), QT_TR_N_NOOP("%Ln failed"));
    if (parts.isEmpty())
        return tr("Nothing was sent.");
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}
