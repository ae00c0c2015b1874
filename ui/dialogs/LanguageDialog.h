#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class Settings;

/// Settings ▸ Language…: the interface language, "System default" or one of
/// Translations::available(), each named in itself. OK writes the choice to
/// Settings::setLanguage(); it applies at the next start, as the dialog says
/// (texts already shown are not retranslated).
class LanguageDialog : public QDialog
{
    Q_OBJECT

public:
    /// Shows the choice saved in `settings`, which must outlive the dialog.
    explicit LanguageDialog(Settings &settings, QWidget *parent = nullptr);

    /// The code of the language chosen ("de"), or empty for the system default.
    QString chosenLanguage() const;

    /// Saves the choice, then closes.
    void accept() override;

private:
    void updateNote();

    Settings &m_settings;
    QString m_savedLanguage;
    QComboBox *m_languageCombo;
    QLabel *m_noteLabel;
};
