#include "BulkActionDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

BulkActionDialog::BulkActionDialog(const QString &title, const QString &actionText, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setAccessibleName(title);

    m_contentWidget = new QWidget(this);
    m_content = new QVBoxLayout(m_contentWidget);
    m_content->setContentsMargins(0, 0, 0, 0);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A KeePassXC MessageWidget in spirit: a tinted box, readable in light and dark themes.
    m_error->setStyleSheet(QStringLiteral("QLabel { background: rgba(220, 40, 40, 40); "
                                          "border: 1px solid rgba(200, 30, 30, 160); "
                                          "border-radius: 4px; padding: 6px; }"));
    m_error->hide();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_actionButton = m_buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_actionButton->setObjectName(QStringLiteral("actionButton"));
    m_actionButton->setAccessibleName(actionText);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(m_cancelButton->text().remove(QLatin1Char('&')));
    // The action stays a click away but never the default: Enter in a list
    // must not revoke or remove.
    m_actionButton->setAutoDefault(false);
    m_cancelButton->setDefault(true);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        if (m_busy || !m_inputValid || !confirmSubmit())
            return;
        emit submitted();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_contentWidget, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    updateButtons();
}

void BulkActionDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_error->hide();
        m_progress->setRange(0, 0);
    }
    m_progress->setVisible(busy);
    m_contentWidget->setEnabled(!busy);
    updateButtons();
}

void BulkActionDialog::setProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return m_progress->setRange(0, 0);
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
}

void BulkActionDialog::fitToRows(QAbstractItemView *view, int rows)
{
    const int shown = qBound(1, rows, 10);
    const int rowHeight = qMax(view->sizeHintForRow(0), view->fontMetrics().height() + 4);
    int height =
        rowHeight * shown + 2 * view->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 4;
    if (auto *tree = qobject_cast<QTreeView *>(view); tree && !tree->isHeaderHidden())
        height += tree->header()->sizeHint().height();
    if (rows > 10) {
        view->setMinimumHeight(height);
    } else {
        view->setFixedHeight(height);
    }
}

void BulkActionDialog::fitHeight(int width, bool growOnly)
{
    QLayout *outer = layout();
    outer->activate();
    const int needed = outer->hasHeightForWidth() ? outer->totalHeightForWidth(width)
                                                  : outer->totalSizeHint().height();
    resize(width, growOnly ? qMax(height(), needed) : needed);
}

void BulkActionDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    fitHeight(width(), true);
}

QString BulkActionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void BulkActionDialog::setInputValid(bool valid)
{
    m_inputValid = valid;
    updateButtons();
}

void BulkActionDialog::updateButtons()
{
    m_actionButton->setEnabled(m_inputValid && !m_busy);
}
