#pragma once

#include <QDialog>
#include <QString>

class QAbstractItemView;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

/// The frame shared by Revoke Invitation, Remove Users and Change User Role:
/// the subclass's content, an inline error (style.md: recoverable errors are
/// shown in the dialog, not in a chain of boxes), a progress bar, and the
/// action and Cancel buttons.
///
/// The action button does not close the dialog: it emits submitted(), and
/// whoever runs the request (BulkActionRunner) calls setBusy(), then either
/// showError() — the dialog stays open with its input for a retry — or
/// accept(). The dialog never talks to the network itself.
class BulkActionDialog : public QDialog
{
    Q_OBJECT

public:
    /// `title` is the window title (the seed's dialog name); `actionText`
    /// the action button's label ("Revoke").
    BulkActionDialog(const QString &title, const QString &actionText, QWidget *parent = nullptr);

    QPushButton *actionButton() const { return m_actionButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

    /// While a request runs: the input and the action button are disabled,
    /// the progress bar shows (`total` 0: busy without a count), Cancel stays.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    /// Progress of a long request: `done` of `total` items (total > 0).
    void setProgress(qint64 done, qint64 total);

    /// Sizes `view` (a list or tree of `rows` rows) to show up to 10 rows
    /// without scrolling, so that a short list makes a short dialog; longer
    /// lists scroll.
    static void fitToRows(QAbstractItemView *view, int rows);

    /// Resizes the dialog to `width` pixels and the height its content needs
    /// at that width (wrapped labels included); `growOnly` never shrinks it.
    void fitHeight(int width, bool growOnly = false);

    /// Shows `message` inline (an error of the last attempt), ends the busy
    /// state and keeps the input; an empty message hides it.
    void showError(const QString &message);
    QString errorText() const;

signals:
    /// The action button was pressed (and confirmed, where the dialog asks).
    void submitted();

protected:
    /// Where subclasses add their widgets (above the error and the buttons).
    QVBoxLayout *contentLayout() const { return m_content; }
    /// Subclasses report whether their input allows the action.
    void setInputValid(bool valid);
    /// Called when the action button is pressed; false keeps the dialog as it
    /// is (e.g. a confirmation was declined).
    virtual bool confirmSubmit() { return true; }

private:
    void updateButtons();

    QVBoxLayout *m_content = nullptr;
    QWidget *m_contentWidget = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_actionButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_busy = false;
    bool m_inputValid = false;
};
