#include "LicenseStepWidget.h"

#include "ToggleSwitch.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

LicenseStepWidget::LicenseStepWidget(const QList<LicensePool> &pools, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("licenseStepWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(24);
    int row = 0;
    for (const LicensePool &pool : pools) {
        Row entry;
        entry.pool = pool;
        const QString name =
            pool.name.isEmpty() ? pool.product : tr("%1 (%2)").arg(pool.name, pool.product);
        entry.toggle = new ToggleSwitch(name, this);
        entry.toggle->setObjectName(QStringLiteral("licenseToggle_") + pool.product);
        entry.toggle->setAccessibleName(tr("%1 license").arg(name));
        entry.seats = new QLabel(seatsText(pool), this);
        entry.seats->setObjectName(QStringLiteral("seatsLabel_") + pool.product);
        entry.toggle->setAccessibleDescription(entry.seats->text());
        entry.seats->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(entry.toggle, row, 0, 1, 2);
        grid->addWidget(entry.seats, row, 2);
        connect(entry.toggle, &QCheckBox::toggled, this, [this] {
            updateProblem();
            emit selectionChanged();
        });
        m_rows.append(entry);
        ++row;
    }
    layout->addLayout(grid);

    if (pools.isEmpty()) {
        auto *none = new QLabel(
            tr("The organization has no license products; the invitees join without licenses."),
            this);
        none->setObjectName(QStringLiteral("noLicensesLabel"));
        none->setWordWrap(true);
        layout->addWidget(none);
    }

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("seatsProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    // Red like a refused chip, readable in light and dark palettes alike.
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
}

LicenseStepWidget::~LicenseStepWidget() = default;

void LicenseStepWidget::setSeatsNeeded(int invitations)
{
    m_needed = qMax(0, invitations);
    updateProblem();
}

QStringList LicenseStepWidget::selectedProducts() const
{
    QStringList products;
    for (const Row &row : m_rows) {
        if (row.toggle->isChecked())
            products.append(row.pool.product);
    }
    return products;
}

void LicenseStepWidget::setSelectedProducts(const QStringList &products)
{
    for (const Row &row : m_rows)
        row.toggle->setChecked(products.contains(row.pool.product));
}

QString LicenseStepWidget::problem() const
{
    QStringList problems;
    for (const Row &row : m_rows) {
        if (row.toggle->isChecked()) {
            const QString text = seatProblem(row.pool, m_needed);
            if (!text.isEmpty())
                problems.append(text);
        }
    }
    return problems.join(QLatin1Char('\n'));
}

QCheckBox *LicenseStepWidget::toggle(const QString &product) const
{
    for (const Row &row : m_rows) {
        if (row.pool.product == product)
            return row.toggle;
    }
    return nullptr;
}

QString LicenseStepWidget::seatProblem(const LicensePool &pool, int needed)
{
    const int available = pool.seatsAvailable();
    if (needed <= available)
        return {};
    // English plurals spelled out: the app ships without an English translation.
    if (needed == 1)
        return tr("%1: 1 invitation needs a seat, %2 available").arg(pool.product).arg(available);
    return tr("%1: %Ln invitations need seats, %2 available", nullptr, needed)
        .arg(pool.product)
        .arg(available);
}

QString LicenseStepWidget::seatsText(const LicensePool &pool)
{
    if (pool.seatsTotal == 1)
        return tr("%1 of 1 seat available").arg(pool.seatsAvailable());
    return tr("%1 of %Ln seats available", nullptr, pool.seatsTotal).arg(pool.seatsAvailable());
}

void LicenseStepWidget::updateProblem()
{
    const QString text = problem();
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
}
