#include "CheckBoxHeaderView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionButton>

CheckBoxHeaderView::CheckBoxHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(false);
    // Space on the focused header toggles the box, so keyboard users reach it.
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("Column headers"));
}

void CheckBoxHeaderView::setCheckState(Qt::CheckState state)
{
    if (state == m_state)
        return;
    m_state = state;
    viewport()->update();
}

void CheckBoxHeaderView::setCheckBoxEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    viewport()->update();
}

void CheckBoxHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    painter->save();
    QHeaderView::paintSection(painter, rect, logicalIndex);
    painter->restore();
    if (logicalIndex != 0)
        return;

    QStyleOptionButton option;
    option.initFrom(this);
    const QSize box(style()->pixelMetric(QStyle::PM_IndicatorWidth, &option, this),
                    style()->pixelMetric(QStyle::PM_IndicatorHeight, &option, this));
    option.rect = QRect(QPoint(rect.x() + (rect.width() - box.width()) / 2,
                               rect.y() + (rect.height() - box.height()) / 2),
                        box);
    option.state = QStyle::State_None;
    if (m_enabled)
        option.state |= QStyle::State_Enabled;
    switch (m_state) {
    case Qt::Checked:
        option.state |= QStyle::State_On;
        break;
    case Qt::PartiallyChecked:
        option.state |= QStyle::State_NoChange;
        break;
    case Qt::Unchecked:
        option.state |= QStyle::State_Off;
        break;
    }
    if (hasFocus())
        option.state |= QStyle::State_HasFocus;
    style()->drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, painter, this);
}

int CheckBoxHeaderView::checkBoxSectionWidth() const
{
    return style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this) + 20;
}

QSize CheckBoxHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (logicalIndex == 0)
        size.setWidth(checkBoxSectionWidth());
    return size;
}

void CheckBoxHeaderView::mousePressEvent(QMouseEvent *event)
{
    // Section 0 holds only the box: a press there must neither sort nor start a drag.
    if (event->button() == Qt::LeftButton && logicalIndexAt(event->position().toPoint()) == 0) {
        m_pressedOnBox = true;
        event->accept();
        return;
    }
    m_pressedOnBox = false;
    QHeaderView::mousePressEvent(event);
}

void CheckBoxHeaderView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressedOnBox) {
        m_pressedOnBox = false;
        if (event->button() == Qt::LeftButton && logicalIndexAt(event->position().toPoint()) == 0)
            requestToggle();
        event->accept();
        return;
    }
    QHeaderView::mouseReleaseEvent(event);
}

void CheckBoxHeaderView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        requestToggle();
        event->accept();
        return;
    }
    QHeaderView::keyPressEvent(event);
}

void CheckBoxHeaderView::requestToggle()
{
    if (!m_enabled)
        return;
    emit toggled(m_state == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}
