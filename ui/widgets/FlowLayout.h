#pragma once

#include <QLayout>
#include <QList>

/// A layout that places its items left to right (right to left under a
/// right-to-left layout direction) and wraps to a new row when the width runs
/// out, as words in a paragraph. Items in a row are centred vertically on the
/// row. Its height depends on its width (heightForWidth), so inside a
/// QScrollArea with widgetResizable it grows downwards and scrolls.
class FlowLayout : public QLayout
{
public:
    /// `spacing` is the gap in pixels between items and between rows; -1 asks
    /// the style for its default layout spacing.
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    /// Inserts `widget` before the item at `index` (0 … count(); out of range
    /// appends). The layout takes the widget as a child of its parent widget.
    void insertWidget(int index, QWidget *widget);

    /// When true (the default is false), the last item takes the rest of its
    /// row, and never less than its size hint: a text entry after chips then
    /// receives clicks anywhere to the right of the last chip.
    void setLastItemFillsRow(bool fills);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int gap() const;
    /// Lays the items out in `rect`; only measures when `apply` is false.
    /// Returns the height used, margins included.
    int doLayout(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing = -1;
    bool m_lastItemFillsRow = false;
};
