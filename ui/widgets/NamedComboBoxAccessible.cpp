#include "NamedComboBoxAccessible.h"

#include <QComboBox>

namespace {

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className != QLatin1String("QComboBox") || !object || !object->isWidgetType() ||
        !object->property("accessibleNameIsName").toBool())
        return nullptr;
    return new NamedComboBoxAccessible(static_cast<QComboBox *>(object));
}

} // namespace

NamedComboBoxAccessible::NamedComboBoxAccessible(QComboBox *comboBox)
    : QAccessibleWidget(comboBox, QAccessible::ComboBox)
{}

QString NamedComboBoxAccessible::text(QAccessible::Text t) const
{
    const auto *comboBox = static_cast<const QComboBox *>(widget());
    switch (t) {
    case QAccessible::Name:
        return comboBox->accessibleName().isEmpty() ? comboBox->currentText()
                                                    : comboBox->accessibleName();
    case QAccessible::Value:
        return comboBox->currentText();
    default:
        return QAccessibleWidget::text(t);
    }
}

void NamedComboBoxAccessible::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(factory);
}
