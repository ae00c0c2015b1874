#include "ConnectionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to TestOps"));
    setObjectName(QStringLiteral("connectionDialog"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_localRadio = new QRadioButton(tr("&Local organization"), this);
    m_localRadio->setObjectName(QStringLiteral("localRadioButton"));
    m_localRadio->setAccessibleName(tr("Local organization"));
    m_localRadio->setAccessibleDescription(
        tr("Starts the bundled server on this computer with demonstration data."));
    auto *localHint = new QLabel(
        tr("Starts the bundled server on this computer, with demonstration data on first use."),
        this);
    localHint->setWordWrap(true);
    localHint->setIndent(24);
    localHint->setEnabled(false);

    m_serverRadio = new QRadioButton(tr("&Server"), this);
    m_serverRadio->setObjectName(QStringLiteral("serverRadioButton"));
    m_serverRadio->setAccessibleName(tr("Server"));

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("serverUrlEdit"));
    m_urlEdit->setAccessibleName(tr("Server URL"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://testops.example.com"));
    m_urlEdit->setClearButtonEnabled(true);
    // Qt's clear button inside the field has no name of its own (a11y-tree
    // showed push button ''); name it for screen readers.
    for (QToolButton *clear : m_urlEdit->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear server URL"));

    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("API token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste the token of an Owner or Admin"));

    auto *serverForm = new QFormLayout;
    serverForm->setContentsMargins(24, 0, 0, 0);
    serverForm->addRow(tr("Server &URL:"), m_urlEdit);
    serverForm->addRow(tr("API &token:"), m_tokenEdit);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setIndent(24);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Connect"));
    ok->setObjectName(QStringLiteral("connectButton"));
    ok->setAccessibleName(tr("Connect"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_localRadio);
    layout->addWidget(localHint);
    layout->addSpacing(8);
    layout->addWidget(m_serverRadio);
    layout->addLayout(serverForm);
    layout->addWidget(m_hint);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_localRadio, &QRadioButton::toggled, this, &ConnectionDialog::updateState);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);

    m_localRadio->setChecked(true);
    setMinimumWidth(460);
    updateState();
}

void ConnectionDialog::setChoice(const ConnectionChoice &choice, const QString &message)
{
    (choice.local ? m_localRadio : m_serverRadio)->setChecked(true);
    m_urlEdit->setText(choice.serverUrl.toString());
    m_tokenEdit->setText(choice.token);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    updateState();
    if (!choice.local)
        (choice.serverUrl.isValid() ? m_tokenEdit : m_urlEdit)->setFocus();
}

ConnectionChoice ConnectionDialog::choice() const
{
    ConnectionChoice choice;
    choice.local = m_localRadio->isChecked();
    if (!choice.local) {
        choice.serverUrl = parseServerUrl(m_urlEdit->text());
        choice.token = m_tokenEdit->text().trimmed();
    }
    return choice;
}

bool ConnectionDialog::isComplete() const
{
    const ConnectionChoice current = choice();
    return current.local || (current.serverUrl.isValid() && !current.token.isEmpty());
}

QUrl ConnectionDialog::parseServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return {};
    QString withScheme = trimmed;
    if (!trimmed.contains(QLatin1String("://")))
        withScheme.prepend(QLatin1String("https://"));
    QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return {};
    return url;
}

void ConnectionDialog::updateState()
{
    const bool server = m_serverRadio->isChecked();
    m_urlEdit->setEnabled(server);
    m_tokenEdit->setEnabled(server);
    QString hint;
    if (server) {
        if (!parseServerUrl(m_urlEdit->text()).isValid())
            hint = m_urlEdit->text().trimmed().isEmpty()
                       ? tr("Enter the address of the TestOps server.")
                       : tr("The server URL must start with https:// or http:// and name a host.");
        else if (m_tokenEdit->text().trimmed().isEmpty())
            hint = tr("Enter an API token. It is kept in the system keychain, never in a file.");
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}
