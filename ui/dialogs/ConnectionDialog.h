#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

/// What the user chose in the connection dialog.
struct ConnectionChoice
{
    bool local = true; ///< the local organization (bundled server with demo data)
    QUrl serverUrl;    ///< http(s) URL of the API server, when !local
    QString token;     ///< API token, when !local; never written to settings
};

/// The first-run dialog: the local organization (the default), or a server
/// URL with an API token. OK stays disabled until the choice is complete: a
/// server URL needs the http or https scheme and a host, and a token must not
/// be empty. Leading and trailing white space of both is ignored.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    /// Pre-fills the dialog, e.g. with the last server; `message` (may be
    /// empty) is shown above the choices, e.g. why the token was asked again.
    void setChoice(const ConnectionChoice &choice, const QString &message = {});
    /// The current choice; serverUrl is invalid when the text is not a URL.
    ConnectionChoice choice() const;

    /// True when OK may be pressed.
    bool isComplete() const;

    /// Parses what the user typed as a server URL: "https://host[:port][/path]"
    /// or a bare host (https is assumed). Returns an invalid QUrl for anything
    /// else (other schemes, no host, spaces).
    static QUrl parseServerUrl(const QString &text);

private:
    void updateState();

    QLabel *m_message = nullptr;
    QRadioButton *m_localRadio = nullptr;
    QRadioButton *m_serverRadio = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
