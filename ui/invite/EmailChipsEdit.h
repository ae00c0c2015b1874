#pragma once

#include <EmailAddress.h>

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

class EmailChip;
class FlowLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTimer;
class QVBoxLayout;

/// An entry for many email addresses, each shown as a chip (EmailChip) in a
/// flowing, scrolling area before a text entry (the seed's step 2: "separated
/// by a Comma, Space, Tab, Alt, Out Focus, or Enter").
/// Addresses are split and checked by the domain rules (EmailAddress::
/// splitList and check, RFC 5322 addr-spec), never here.
///
/// What turns the typed text into chips:
/// - comma, semicolon (also their full-width forms) and space, except inside
///   a display name being typed: after an unclosed `"`, `<` or `(`, or after a
///   quoted name still waiting for its `<address>`;
/// - Tab and Shift+Tab (the focus stays in the entry; with an empty entry the
///   focus moves on as usual);
/// - Enter and Return (with an empty entry the key goes on to the dialog, so
///   that its default button works);
/// - pressing Alt alone, as before a shortcut such as Alt+N (not with Ctrl,
///   which is AltGr on Windows, and not on macOS, where Option types
///   characters);
/// - the focus leaving the entry for another widget (not for a popup menu or
///   another window);
/// - pasting (Ctrl+V, the context menu, a middle click, a drop) text that holds
///   a separator: a mail client's list such as `"Doe, Jane" <jane@example.com>;
///   bob@example.org` or a spreadsheet column gives one chip per address.
///
/// Keyboard: Backspace in an empty entry focuses the last chip, and a second
/// Backspace removes it (so that nothing is lost by one key too many); Left in
/// an empty entry focuses the last chip. On a focused chip: Left and Right
/// move between chips and the entry, Home and End jump, Delete and Backspace
/// remove it, F2, Enter and Return edit it (as a double click does): its text
/// goes back into the entry, and committing it puts the chip back in its place;
/// Escape while editing restores it. Typing on a chip types into the entry.
///
/// The same address twice (EmailAddress::duplicateKey: case-insensitive,
/// Unicode domains as punycode) stays one chip, the first spelling kept, and a
/// notice ("… is already in the list.") shows below the field for a while.
class EmailChipsEdit : public QWidget
{
    Q_OBJECT

public:
    explicit EmailChipsEdit(QWidget *parent = nullptr);
    ~EmailChipsEdit() override;

    /// The addresses to send: the checked addr-specs (domains in punycode) of
    /// the valid entries, flagged ones included, in the order shown; invalid
    /// entries are left out.
    QStringList addresses() const;
    /// Every entry in the order shown, invalid ones included, with the reason.
    QList<EmailCheck> entries() const;
    /// How many entries are valid (flagged ones included): addresses().size().
    int validCount() const;
    /// How many entries are invalid and will not be sent.
    int invalidCount() const;
    /// Entries that are valid but carry a note (see setAddressNotes).
    int flaggedCount() const;

    /// Replaces the entries with `addresses` (each checked; duplicates merged
    /// silently; empty items skipped), as when Invite Again pre-fills the
    /// field. The text entry is cleared.
    void setAddresses(const QStringList &addresses);
    /// Appends the addresses found in `text` (splitList rules, as a paste),
    /// merging duplicates with a notice. Empty text does nothing.
    void addText(QStringView text);
    /// Removes every entry and the typed text.
    void clear();
    /// Turns the text still being typed into chips, e.g. before the dialog
    /// reads addresses(); nothing happens when the entry is empty.
    void commitText();

    /// Notes per duplicateKey (EmailAddress::duplicateKey of the address),
    /// e.g. "already a member" or "already invited — resend?": each matching
    /// valid chip shows its note and a warning state distinct from invalid.
    /// Replaces the previous notes; an empty hash removes them all. Chips
    /// added later get their note too.
    void setAddressNotes(const QHash<QString, QString> &notes);

    /// The text entry (for a buddy label or a test).
    QLineEdit *lineEdit() const { return m_entry; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The entries changed: added, removed, edited, replaced or cleared.
    /// Notes do not count. Emitted once per user action.
    void entriesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool handleEntryKey(QKeyEvent *event);
    void pasteIntoEntry(const QString &text);
    /// Turns `text` into chips (at the place of a chip being edited) and
    /// empties the entry.
    void commitString(const QString &text);
    void onEntryEdited(const QString &text);
    /// Adds checked entries at `index` (-1: at the end); returns the inputs
    /// left out as duplicates of existing entries.
    QStringList insertEntries(const QList<EmailCheck> &checks, int index);
    EmailChip *createChip(const EmailCheck &check, const QString &key);
    void removeChip(EmailChip *chip, int focusStep);
    void editChip(EmailChip *chip);
    void focusStep(EmailChip *from, int step);
    void focusChip(int index);
    void cancelEdit();
    void showDuplicateNotice(const QStringList &duplicates);
    void scrollToFocus();
    void retranslate();
    bool focusIsInside() const;
    int rowHeight() const;

    QVBoxLayout *m_boxLayout = nullptr; ///< the part drawn as a line edit's panel
    QScrollArea *m_scroll = nullptr;
    QWidget *m_chipsArea = nullptr;
    FlowLayout *m_flow = nullptr;
    QLineEdit *m_entry = nullptr;
    QLabel *m_notice = nullptr;
    QTimer *m_noticeTimer = nullptr;
    QList<EmailChip *> m_chips;
    QHash<QString, QString> m_notes;
    QMetaObject::Connection m_focusConnection;
    QString m_lastEntryText;
    int m_editIndex = -1;      ///< where the chip being edited was; -1 when none
    EmailCheck m_editOriginal; ///< what Escape restores
};
