// The About dialog: what a user reads in it and
// where its links lead.

#include <AboutDialog.h>
#include <MainWindow.h>
#include <OrganizationSession.h>
#include <Settings.h>

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheVersion();
    void showsBuildAndRuntimeQtVersions();
    void namesTheLicense();
    void linksOpenTheHomepageAndTheIssueTracker();
    void offersAboutQt();
    void helpMenuOpensIt();
};

void TestAboutDialog::showsTheVersion()
{
    AboutDialog dialog;
    QCOMPARE(dialog.versionText(), QStringLiteral("Version " TESTOPS_VERSION));
}

void TestAboutDialog::showsBuildAndRuntimeQtVersions()
{
    AboutDialog dialog;
    const QString text = dialog.qtVersionText();
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(text));
}

void TestAboutDialog::namesTheLicense()
{
    AboutDialog dialog;
    QCOMPARE(AboutDialog::licenseId(), QStringLiteral("MIT"));
    QVERIFY2(dialog.licenseText().contains(QStringLiteral("MIT License")),
             qPrintable(dialog.licenseText()));
}

void TestAboutDialog::linksOpenTheHomepageAndTheIssueTracker()
{
    AboutDialog dialog;
    QVERIFY(AboutDialog::homepageUrl().isValid());
    QCOMPARE(AboutDialog::homepageUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(AboutDialog::issuesUrl().toString(),
             AboutDialog::homepageUrl().toString() + QStringLiteral("/issues"));
    const QString links = dialog.linksText();
    QVERIFY2(
        links.contains(QStringLiteral("href=\"%1\"").arg(AboutDialog::homepageUrl().toString())),
        qPrintable(links));
    QVERIFY2(links.contains(QStringLiteral("href=\"%1\"").arg(AboutDialog::issuesUrl().toString())),
             qPrintable(links));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("linksLabel"));
    QVERIFY(label);
    QVERIFY(label->openExternalLinks()); // a click opens the browser
}

void TestAboutDialog::offersAboutQt()
{
    AboutDialog dialog;
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("aboutQtButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("About Qt"));
}

void TestAboutDialog::helpMenuOpensIt()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    OrganizationSession session;
    MainWindow window(&session, &settings);
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QVERIFY(about->isEnabled());

    // The dialog is modal: look for it once it shows, then close it.
    bool shown = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<AboutDialog *>();
        shown = dialog && dialog->isVisible();
        if (dialog)
            dialog->reject();
    });
    about->trigger();
    QVERIFY(shown);
}

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
