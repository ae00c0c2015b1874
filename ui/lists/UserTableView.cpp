#include "UserTableView.h"

#include "CheckBoxHeaderView.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

UserTableView::UserTableView(QWidget *parent)
    : QTableView(parent), m_header(new CheckBoxHeaderView(this))
{
    setHorizontalHeader(m_header);
    m_header->setSectionsMovable(true);
    m_header->setStretchLastSection(true);
    m_header->setMinimumSectionSize(24);
    m_header->setDefaultSectionSize(140);
    m_header->setSortIndicatorShown(true);
    m_header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Column 0 is the check box: fixed, and it stays first.
    m_header->setFirstSectionMovable(false);

    // Fixed row height: the view never measures rows, which keeps scrolling
    // and resets constant-time at 100,000 rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->hide();

    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void UserTableView::setEmptyMessage(const QString &message)
{
    if (message == m_emptyMessage)
        return;
    m_emptyMessage = message;
    viewport()->update();
}

void UserTableView::setCopyColumns(int nameColumn, int emailColumn)
{
    m_nameColumn = nameColumn;
    m_emailColumn = emailColumn;
}

void UserTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        toggleCurrentRow();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        emit checkAllShownRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void UserTableView::toggleCurrentRow()
{
    if (!model() || !currentIndex().isValid())
        return;
    const QModelIndex box = model()->index(currentIndex().row(), 0);
    if (!(model()->flags(box) & Qt::ItemIsUserCheckable) ||
        !(model()->flags(box) & Qt::ItemIsEnabled))
        return;
    const auto state = box.data(Qt::CheckStateRole).value<Qt::CheckState>();
    model()->setData(box, state == Qt::Checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void UserTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_emptyMessage.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.65f);
    painter.setPen(color);
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    painter.setFont(font);
    const QRect area = viewport()->rect().adjusted(24, 40, -24, -24);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyMessage);
}

void UserTableView::contextMenuEvent(QContextMenuEvent *event)
{
    // A mouse event arrives through the viewport, in its coordinates; the
    // Menu key acts on the current row.
    const QModelIndex index =
        event->reason() == QContextMenuEvent::Keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid())
        return;
    const int row = index.row();
    QMenu menu(this);
    menu.setAccessibleName(tr("Row actions"));
    if (m_nameColumn >= 0) {
        QAction *copyName = menu.addAction(tr("Copy Name"));
        connect(copyName, &QAction::triggered, this, [=] { copyCell(row, m_nameColumn); });
    }
    if (m_emailColumn >= 0) {
        QAction *copyEmail = menu.addAction(tr("Copy Email"));
        connect(copyEmail, &QAction::triggered, this, [=] { copyCell(row, m_emailColumn); });
    }
    if (menu.isEmpty())
        return;
    menu.exec(event->globalPos());
}

void UserTableView::copyCell(int row, int column) const
{
    if (!model())
        return;
    const QString text = model()->index(row, column).data(Qt::DisplayRole).toString();
    QApplication::clipboard()->setText(text);
}
