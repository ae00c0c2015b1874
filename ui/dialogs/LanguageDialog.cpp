#include "LanguageDialog.h"

#include "Settings.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

LanguageDialog::LanguageDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_savedLanguage(settings.language())
{
    setObjectName(QStringLiteral("languageDialog"));
    setWindowTitle(tr("Language"));

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setAccessibleName(tr("Interface language"));
    m_languageCombo->addItem(tr("System default"), QString());
    for (const Translations::Language &language : Translations::available())
        m_languageCombo->addItem(language.nativeName, language.code);
    const int saved = m_languageCombo->findData(m_savedLanguage);
    m_languageCombo->setCurrentIndex(saved < 0 ? 0 : saved);

    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("languageNoteLabel"));
    m_noteLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LanguageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LanguageDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_languageCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_noteLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &LanguageDialog::updateNote);
    updateNote();
    setMinimumWidth(380);
}

QString LanguageDialog::chosenLanguage() const
{
    return m_languageCombo->currentData().toString();
}

void LanguageDialog::accept()
{
    m_settings.setLanguage(chosenLanguage());
    m_settings.sync();
    QDialog::accept();
}

void LanguageDialog::updateNote()
{
    // Said up front, so that nobody waits for the window to change.
    m_noteLabel->setText(chosenLanguage() == m_savedLanguage
                             ? tr("The language applies when the app starts.")
                             : tr("The new language applies when you restart the app."));
}
