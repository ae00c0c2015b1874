#pragma once

#include <QMessageBox>
#include <QString>

/// QMessageBox behind a seam, as KeePassXC's MessageBox: tests call
/// setNextAnswer() and the next box answers at once without showing, so GUI
/// flows run without a nested event loop waiting for a click.
///
///     MessageBox::setNextAnswer(QMessageBox::Yes);
///     runner->exportUsers(); // its "Replace?" question is answered Yes
class MessageBox
{
public:
    /// The answer the next box gives without being shown; QMessageBox::NoButton
    /// (the default) shows the box. The answer is used once.
    static void setNextAnswer(QMessageBox::StandardButton answer);

    /// The title and text of the last box asked for (shown or answered by the
    /// seam), for tests; empty before the first.
    static QString lastTitle();
    static QString lastText();

    /// A question (QMessageBox::question): returns the button pressed, or the
    /// seam's next answer. `buttons` and `defaultButton` as in QMessageBox.
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    /// A warning with an OK button (QMessageBox::warning), or the seam's answer.
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title,
                                               const QString &text);

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent,
                                           const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};
