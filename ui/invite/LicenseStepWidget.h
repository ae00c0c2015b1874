#pragma once

#include <LicensePool.h>

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;

/// Step 2 of Invite Users (seed step 4, "Switch the toggle on to select the
/// product licenses"): one toggle per license product of the organization,
/// in the server's order and never hard-coded, each with "N of M seats
/// available" (LicensePool::seatsAvailable: neither used by members nor held
/// by pending invitations).
///
/// Asking for more seats than a product has left is refused before anything
/// is sent: problem() then says why ("KSE: 12 invitations need seats, 5
/// available"), and the widget shows the same sentence inline.
///
/// Object names: `licenseToggle_<product>` (a ToggleSwitch, i.e. a QCheckBox),
/// `seatsLabel_<product>`, `seatsProblemLabel`, `noLicensesLabel`.
class LicenseStepWidget : public QWidget
{
    Q_OBJECT

public:
    /// `pools`: the organization's license pools; empty gives a sentence
    /// saying that invitees join without licenses.
    explicit LicenseStepWidget(const QList<LicensePool> &pools, QWidget *parent = nullptr);
    ~LicenseStepWidget() override;

    /// How many invitations will need a seat of each toggled product (the
    /// addresses that will really be invited; ≥ 0, negative counts as 0).
    void setSeatsNeeded(int invitations);
    int seatsNeeded() const { return m_needed; }

    /// The product codes toggled on, in the order shown, e.g. {"KSE"}.
    QStringList selectedProducts() const;
    /// Toggles on exactly the products in `products` (unknown codes ignored).
    void setSelectedProducts(const QStringList &products);

    /// Why the selection cannot be sent, one sentence per product short of
    /// seats joined by a new line; empty when it can be sent.
    QString problem() const;
    bool isAcceptable() const { return problem().isEmpty(); }

    /// The toggle of `product`; null for an unknown code.
    QCheckBox *toggle(const QString &product) const;

    /// The sentence for `pool` when `needed` invitations ask for its seats:
    /// empty when needed ≤ available, otherwise e.g. "KSE: 12 invitations
    /// need seats, 5 available".
    static QString seatProblem(const LicensePool &pool, int needed);
    /// "N of M seats available" for `pool`.
    static QString seatsText(const LicensePool &pool);

signals:
    /// A toggle changed (the problem may have changed with it).
    void selectionChanged();

private:
    struct Row
    {
        LicensePool pool;
        QCheckBox *toggle = nullptr;
        QLabel *seats = nullptr;
    };

    void updateProblem();

    QList<Row> m_rows;
    QLabel *m_problemLabel = nullptr;
    int m_needed = 0;
};
