#pragma once

#include <BulkResult.h>

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QTreeWidget;

/// The outcome of one item of a bulk action, as the result summary shows it.
struct BulkOutcome
{
    /// Done, Skipped (nothing to do, or not allowed) or Failed; `text` says why.
    using Kind = ItemOutcome;
    qint64 id = 0; ///< user id or invitation id
    QString item;  ///< what the user recognises: an address, or "Name <address>"
    Kind kind = Kind::Done;
    QString text; ///< "Revoked", "Already accepted — now an active member", the error, …
};

/// The result summary of one bulk action: a line that
/// counts the items done, skipped and failed, and one row per item with its
/// outcome and reason. Failed rows come first, then skipped, then done, so
/// that what needs attention is at the top. Not modal: the window stays usable.
class BulkResultDialog : public QDialog
{
    Q_OBJECT

public:
    /// `title`: the action ("Revoke Invitation"); `outcomes` in request order.
    BulkResultDialog(const QString &title, const QList<BulkOutcome> &outcomes,
                     QWidget *parent = nullptr);

    QList<BulkOutcome> outcomes() const { return m_outcomes; }
    int count(BulkOutcome::Kind kind) const;
    /// "2 done, 1 skipped, 1 failed" (the counts that are not 0; "Nothing to do" when empty).
    QString summaryText() const;
    /// The outcome text shown for the item `id`; empty when it is not listed.
    QString textFor(qint64 id) const;

    static QString kindName(BulkOutcome::Kind kind);

private:
    QList<BulkOutcome> m_outcomes;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
};
