#pragma once

#include <QAccessibleWidget>

class QComboBox;

/// The accessible interface of the tabs' filter combo boxes. On Linux, Qt's
/// own combo box interface reports the current item as the name (and names
/// the box through a label relation instead); screen readers and AT-SPI
/// tests then see "All roles" rather than "Role filter". This one reports
/// accessibleName() as the name and the current item as the value.
class NamedComboBoxAccessible : public QAccessibleWidget
{
public:
    explicit NamedComboBoxAccessible(QComboBox *comboBox);

    QString text(QAccessible::Text t) const override;

    /// Makes combo boxes whose dynamic property "accessibleNameIsName" is
    /// true use this interface. Safe to call more than once.
    static void install();
};
