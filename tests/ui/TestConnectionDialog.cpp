// The first-run connection dialog: the local organization is the default,
// and Connect stays disabled until a server choice is complete.

#include <ConnectionDialog.h>

#include <QAbstractButton>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void localIsTheDefault();
    void serverNeedsUrlAndToken();
    void presetServerAsksForTheToken();
    void everyButtonIsNamed();
};

void TestConnectionDialog::localIsTheDefault()
{
    ConnectionDialog dialog;
    auto *local = dialog.findChild<QRadioButton *>(QStringLiteral("localRadioButton"));
    auto *connect = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(local && connect);
    QVERIFY(local->isChecked());
    QVERIFY(connect->isEnabled());
    QVERIFY(dialog.choice().local);
    QCOMPARE(local->accessibleName(), QStringLiteral("Local organization"));
}

void TestConnectionDialog::serverNeedsUrlAndToken()
{
    ConnectionDialog dialog;
    dialog.show();
    auto *server = dialog.findChild<QRadioButton *>(QStringLiteral("serverRadioButton"));
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"));
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    auto *connect = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(server && url && token && connect);
    QVERIFY(!url->isEnabled());

    // On the indicator: a radio button reacts to clicks on its box and label only.
    QTest::mouseClick(server, Qt::LeftButton, {}, QPoint(8, server->height() / 2));
    QVERIFY(url->isEnabled());
    QVERIFY(!connect->isEnabled());
    QTest::keyClicks(url, QStringLiteral("ftp://example.com"));
    QTest::keyClicks(token, QStringLiteral("  secret-token "));
    QVERIFY(!connect->isEnabled());
    url->clear();
    QTest::keyClicks(url, QStringLiteral("testops.example.com:8443"));
    QVERIFY(connect->isEnabled());
    QCOMPARE(token->echoMode(), QLineEdit::Password);

    const ConnectionChoice choice = dialog.choice();
    QVERIFY(!choice.local);
    QCOMPARE(choice.serverUrl, QUrl(QStringLiteral("https://testops.example.com:8443")));
    QCOMPARE(choice.token, QStringLiteral("secret-token"));
}

void TestConnectionDialog::presetServerAsksForTheToken()
{
    ConnectionDialog dialog;
    ConnectionChoice preset;
    preset.local = false;
    preset.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    dialog.setChoice(preset, QStringLiteral("Enter the API token."));
    auto *connect = dialog.findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(!connect->isEnabled());
    QVERIFY(!dialog.choice().local);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))->text(),
             QStringLiteral("http://127.0.0.1:9"));
}

// Every control has an accessible name, the server URL's clear
// button included.
void TestConnectionDialog::everyButtonIsNamed()
{
    ConnectionDialog dialog;
    const QList<QAbstractButton *> buttons = dialog.findChildren<QAbstractButton *>();
    QVERIFY(!buttons.isEmpty());
    for (QAbstractButton *button : buttons) {
        const QString name = button->accessibleName().isEmpty()
                                 ? button->text().remove(QLatin1Char('&'))
                                 : button->accessibleName();
        QVERIFY2(!name.isEmpty(), button->metaObject()->className());
    }
}

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
