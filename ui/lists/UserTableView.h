#pragma once

#include <QTableView>

class CheckBoxHeaderView;

/// The table of one tab: a checkbox column (logical column 0) with a
/// tri-state header box, fixed row height, elided text (the model gives the
/// full text as Qt::ToolTipRole), a context menu to copy a name or an email,
/// and a message drawn over the empty viewport that says why nothing shows.
///
/// Keyboard: Space toggles the check of the current row; Ctrl+A asks to check
/// every shown row (checkAllShownRequested), instead of selecting.
class UserTableView : public QTableView
{
    Q_OBJECT

public:
    explicit UserTableView(QWidget *parent = nullptr);

    CheckBoxHeaderView *checkBoxHeader() const { return m_header; }

    /// The sentence drawn centred over the viewport while the model has no
    /// row, e.g. "No users match “xyz”."; empty draws nothing.
    void setEmptyMessage(const QString &message);
    QString emptyMessage() const { return m_emptyMessage; }

    /// Logical columns whose display text the context menu copies; -1 hides
    /// that entry (Pending Invitations has no name).
    void setCopyColumns(int nameColumn, int emailColumn);

signals:
    /// Ctrl+A: check every row the table shows.
    void checkAllShownRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void toggleCurrentRow();
    void copyCell(int row, int column) const;

    CheckBoxHeaderView *m_header = nullptr;
    QString m_emptyMessage;
    int m_nameColumn = -1;
    int m_emailColumn = -1;
};
