#include "BulkResultDialog.h"

#include "BulkActionDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

BulkResultDialog::BulkResultDialog(const QString &title, const QList<BulkOutcome> &outcomes,
                                   QWidget *parent)
    : QDialog(parent), m_outcomes(outcomes)
{
    setObjectName(QStringLiteral("bulkResultDialog"));
    setWindowTitle(tr("%1 — Result").arg(title));
    setAccessibleName(windowTitle());

    m_summary = new QLabel(summaryText(), this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAccessibleName(tr("Summary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("resultList"));
    m_list->setAccessibleName(tr("Results"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Item"), tr("Result"), tr("Details")});

    const QIcon icons[] = {style()->standardIcon(QStyle::SP_DialogApplyButton),
                           style()->standardIcon(QStyle::SP_MessageBoxInformation),
                           style()->standardIcon(QStyle::SP_MessageBoxCritical)};
    // Failed first, then skipped, then done: what needs attention is on top.
    for (BulkOutcome::Kind kind :
         {BulkOutcome::Kind::Failed, BulkOutcome::Kind::Skipped, BulkOutcome::Kind::Done}) {
        for (const BulkOutcome &outcome : std::as_const(m_outcomes)) {
            if (outcome.kind != kind)
                continue;
            auto *row = new QTreeWidgetItem(m_list, {outcome.item, kindName(kind), outcome.text});
            row->setIcon(1, icons[int(kind)]);
            row->setToolTip(0, outcome.item);
            row->setToolTip(2, outcome.text);
            row->setData(0, Qt::UserRole, outcome.id);
        }
    }
    m_list->header()->setStretchLastSection(true);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_list->setColumnWidth(
        0, qMin(m_list->columnWidth(0) + 16, fontMetrics().averageCharWidth() * 48));

    BulkActionDialog::fitToRows(m_list, int(m_outcomes.size()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, sizeHint().height());
}

int BulkResultDialog::count(BulkOutcome::Kind kind) const
{
    int n = 0;
    for (const BulkOutcome &outcome : m_outcomes)
        n += outcome.kind == kind ? 1 : 0;
    return n;
}

QString BulkResultDialog::summaryText() const
{
    const QLocale locale;
    QStringList parts;
    if (const int done = count(BulkOutcome::Kind::Done))
        parts << tr("%1 done").arg(locale.toString(done));
    if (const int skipped = count(BulkOutcome::Kind::Skipped))
        parts << tr("%1 skipped").arg(locale.toString(skipped));
    if (const int failed = count(BulkOutcome::Kind::Failed))
        parts << tr("%1 failed").arg(locale.toString(failed));
    if (parts.isEmpty())
        return tr("Nothing to do");
    QString text = parts.join(QStringLiteral(", "));
    if (count(BulkOutcome::Kind::Failed) > 0)
        text += tr(" — the failed ones stay checked, so that you can try them again.");
    return text;
}

QString BulkResultDialog::textFor(qint64 id) const
{
    for (const BulkOutcome &outcome : m_outcomes) {
        if (outcome.id == id)
            return outcome.text;
    }
    return {};
}

QString BulkResultDialog::kindName(BulkOutcome::Kind kind)
{
    switch (kind) {
    case BulkOutcome::Kind::Done:
        return tr("Done");
    case BulkOutcome::Kind::Skipped:
        return tr("Skipped");
    case BulkOutcome::Kind::Failed:
        return tr("Failed");
    }
    return {};
}
