#pragma once

#include <ActionRules.h>
#include <BulkResult.h>
#include <EmailAddress.h>

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

/// The last page of Invite Users: one row per address with what happened to
/// it (invited, already a member, already invited,
/// invalid, no seats, failed with the reason), and a summary line above.
///
/// Object names: `resultsSummaryLabel`, `resultsTree` (columns Email, Result).
class InviteResultsWidget : public QWidget
{
    Q_OBJECT

public:
    /// What happened to one address.
    enum class Outcome
    {
        Invited,
        AlreadyMember,
        AlreadyInvited,
        Invalid,
        NoSeats,
        Failed,
    };

    explicit InviteResultsWidget(QWidget *parent = nullptr);
    ~InviteResultsWidget() override;

    /// Shows `results` (the server's answer, in request order) followed by
    /// `leftOut` (invalid entries that were never sent). `typed` maps an
    /// address as sent (domain in punycode) to what the user typed (a Unicode
    /// domain), which the Email column shows; the form sent is in the tooltip.
    void setResults(const BulkResult &results, const QList<EmailCheck> &leftOut,
                    const QHash<QString, QString> &typed = {});

    /// The outcome of an item's status: Invited, AlreadyMember,
    /// AlreadyInvited, InvalidEmail (Invalid), NoSeats; any other, Error
    /// included, is Failed.
    static Outcome outcomeOf(ItemStatus status);
    /// The text of the Result column for `item`, e.g. "Invited" or
    /// "Failed: The server could not …".
    static QString resultText(const ItemResult &item);

    /// The ids of the open invitations the server named for the addresses
    /// answered AlreadyInvited (ItemResult::invitationId), in row order.
    QList<qint64> alreadyInvitedIds() const;
    /// Shows the answer of a Resend of alreadyInvitedIds() on their rows:
    /// Resent as a new link sent, anything else with its reason; the
    /// invitations in `leftOut` (never sent: the rules refused them) with the
    /// rule's sentence. Rows answered either way are not offered again; rows
    /// in neither keep their offer (a failed request).
    void applyResend(const BulkResult &answer, const QList<SkippedTarget> &leftOut = {});

    /// Rows per outcome, left-out addresses counted as Invalid.
    int count(Outcome outcome) const;
    /// The summary line, e.g. "3 invited, 1 already a member, 2 invalid".
    QString summary() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QList<int> m_counts;
};
