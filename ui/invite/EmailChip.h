#pragma once

#include <EmailAddress.h>

#include <QWidget>

class QToolButton;

/// One address in an EmailChipsEdit: a rounded chip showing the address as
/// typed, whether it is valid, and an optional note set from outside (such as
/// "already a member"), with a ✕ button that removes it.
///
/// The state is never told by colour alone: an invalid chip carries a round
/// "!" mark, a flagged one a triangular "!" mark, and both say why in the
/// tooltip and the accessible description. Colours derive from the palette
/// (dark themes included); red and amber only accent the two states.
///
/// Keys on a focused chip (the chip only asks; EmailChipsEdit acts):
/// Delete and Backspace remove it, F2, Enter and Return (and a double click)
/// edit it, Left and Right (mirrored right to left) and Home and End move the
/// focus, a printable character goes on in the text entry.
class EmailChip : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Valid,   ///< a valid address without a note
        Invalid, ///< check() refused it; the reason is EmailCheck::error
        Flagged, ///< valid, with a note from outside (e.g. already a member)
    };

    /// Focus steps for focusStepRequested(): to the first chip, or past the
    /// last chip to the text entry.
    static constexpr int FirstStep = -1000000;
    static constexpr int LastStep = 1000000;

    /// `key` is EmailAddress::duplicateKey of the input, computed once.
    EmailChip(const EmailCheck &check, const QString &key, QWidget *parent = nullptr);

    /// The address as typed and checked, with the reason when invalid.
    const EmailCheck &check() const { return m_check; }
    /// EmailAddress::duplicateKey of the typed address.
    const QString &key() const { return m_key; }
    State state() const;

    /// Sets the note shown on the chip after the address; empty removes it.
    /// An invalid chip keeps its invalid state and shows no note.
    void setNote(const QString &note);
    const QString &note() const { return m_note; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user asked to remove the chip. `focusStep` says where the focus
    /// should go: -1 the chip before, +1 the chip after, 0 the text entry.
    void removeRequested(int focusStep);
    /// The user asked to edit the chip's text in the entry.
    void editRequested();
    /// The user asked to move the focus by `focusStep` chips (negative:
    /// towards the first; FirstStep and LastStep for Home and End).
    void focusStepRequested(int focusStep);
    /// The user typed `text` on the chip; it belongs in the text entry.
    void textTyped(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    QSize computeSizeHint() const;
    int markWidth() const;
    int chipHeight() const;
    QString noteText() const;

    EmailCheck m_check;
    QString m_key;
    QString m_note;
    QToolButton *m_removeButton = nullptr;
    QSize m_sizeHint;
};
