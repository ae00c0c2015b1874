#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    if (index < 0 || index > m_items.size())
        index = int(m_items.size());
    m_items.insert(index, new QWidgetItem(widget));
    invalidate();
}

void FlowLayout::setLastItemFillsRow(bool fills)
{
    m_lastItemFillsRow = fills;
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // Wide enough for the widest item; one row high.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    return minimumSize();
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::gap() const
{
    if (m_spacing >= 0)
        return m_spacing;
    const QWidget *parent = parentWidget();
    if (!parent)
        return 4;
    return parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent);
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    const int spacing = qMax(0, gap());
    const bool mirrored = parentWidget() && parentWidget()->layoutDirection() == Qt::RightToLeft;

    int y = area.y();
    qsizetype first = 0;
    // One row at a time: measure the items that fit, then place them centred
    // on the row's height.
    while (first < m_items.size()) {
        int rowWidth = 0;
        int rowHeight = 0;
        qsizetype end = first;
        while (end < m_items.size()) {
            const QSize hint = m_items.at(end)->sizeHint();
            const int needed = (end == first ? 0 : rowWidth + spacing) + hint.width();
            if (end > first && needed > area.width())
                break;
            rowWidth = needed;
            rowHeight = qMax(rowHeight, hint.height());
            ++end;
        }
        if (apply) {
            int x = area.x();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = m_items.at(i);
                QSize size = item->sizeHint();
                if (m_lastItemFillsRow && i == m_items.size() - 1)
                    size.setWidth(qMax(size.width(), area.right() + 1 - x));
                size.setWidth(qMin(size.width(), area.width()));
                QRect placed(x, y + (rowHeight - size.height()) / 2, size.width(), size.height());
                if (mirrored)
                    placed.moveLeft(area.x() + area.right() - placed.right());
                item->setGeometry(placed);
                x += size.width() + spacing;
            }
        }
        y += rowHeight;
        first = end;
        if (first < m_items.size())
            y += spacing;
    }
    return y - rect.y() + margins.bottom();
}
