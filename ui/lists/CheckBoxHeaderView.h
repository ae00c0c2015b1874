#pragma once

#include <QHeaderView>

/// A horizontal header that paints a tri-state check box in logical section
/// 0 (the table's checkbox column). Clicking that section, or pressing Space
/// while the header has focus, emits toggled(); the owner decides what that
/// means (check every shown row, or clear them) and reports the resulting
/// state back through setCheckState(). Clicking section 0 never sorts.
class CheckBoxHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit CheckBoxHeaderView(QWidget *parent = nullptr);

    /// The state painted: Unchecked (no shown row checked), PartiallyChecked
    /// (some), Checked (all, and at least one row shown).
    Qt::CheckState checkState() const { return m_state; }
    void setCheckState(Qt::CheckState state);

    /// Disabled while the table shows no row or no change is allowed.
    void setCheckBoxEnabled(bool enabled);
    bool isCheckBoxEnabled() const { return m_enabled; }

    /// The width in pixels that section 0 needs for the box and its margins.
    int checkBoxSectionWidth() const;

signals:
    /// The user clicked the box or pressed Space on the header. `wanted` is
    /// the state the user asks for: Checked when the box was not fully
    /// checked, Unchecked otherwise.
    void toggled(Qt::CheckState wanted);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    void requestToggle();

    Qt::CheckState m_state = Qt::Unchecked;
    bool m_enabled = true;
    bool m_pressedOnBox = false;
};
