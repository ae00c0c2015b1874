// Translations (ui/Translations.h) and Settings ▸ Language… (LanguageDialog):
// the built .qm files load for each language, plurals follow the language,
// English loads nothing, the choice is saved for the next start, and the
// dialogs still show every label and button whole in each language.

#include <AboutDialog.h>
#include <ChangeUserRoleDialog.h>
#include <ConnectionDialog.h>
#include <InviteUsersDialog.h>
#include <LanguageDialog.h>
#include <RemoveUsersDialog.h>
#include <RevokeInvitationDialog.h>
#include <Role.h>
#include <Settings.h>
#include <Translations.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

namespace {

const QStringList qmDir = {QStringLiteral(TESTOPS_QM_DIR)};

// Removes what Translations::install added, so that each test starts in English.
void uninstallTranslations()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators)
        delete translator; // ~QTranslator removes it from the application
    QLocale::setDefault(QLocale::c());
}

QList<Member> sampleMembers()
{
    QList<Member> members;
    const QList<std::pair<Role, QString>> people = {
        {Role::Member, QStringLiteral("Zoë Müller-Lüdenscheidt")},
        {Role::BillingManager, QStringLiteral("Łukasz Nowak")},
        {Role::Admin, QStringLiteral("Amelia Hartmann")}};
    qint64 id = 10;
    for (const auto &[role, name] : people) {
        Member member;
        member.userId = ++id;
        member.fullName = name;
        member.email =
            name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
        member.role = role;
        member.machineCount = 2;
        member.licenses = {QStringLiteral("KSE")};
        member.teams = {QStringLiteral("QA Team")};
        members.append(member);
    }
    return members;
}

// Texts a user cannot read whole: a button or a one-line label narrower than
// the text it shows.
QStringList cutTexts(QWidget *dialog)
{
    QStringList cut;
    const QList<QAbstractButton *> buttons = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisible() && !button->text().isEmpty() &&
            button->width() < button->sizeHint().width())
            cut.append(button->text());
    }
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty() &&
            label->width() < label->sizeHint().width())
            cut.append(label->text());
    }
    return cut;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void init() { uninstallTranslations(); }
    void cleanup() { uninstallTranslations(); }

    void installsEachLanguage_data();
    void installsEachLanguage();
    void englishLoadsNothing();
    void pluralFormsFollowTheLanguage();
    void standardButtonsWithoutQtTranslation();
    void localeForFallsBackToTheSystem();
    void languageDialogSavesTheChoiceForTheNextStart();
    void dialogsShowTheirTextsWhole_data();
    void dialogsShowTheirTextsWhole();
};

void TestTranslations::installsEachLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("activeUsers");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Inhaber")
                        << QStringLiteral("Aktive Benutzer");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Propriétaire")
                        << QStringLiteral("Utilisateurs actifs");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("オーナー")
                        << QStringLiteral("アクティブなユーザー");
    QTest::newRow("vi") << QStringLiteral("vi") << QStringLiteral("Chủ sở hữu")
                        << QStringLiteral("Người dùng đang hoạt động");
}

void TestTranslations::installsEachLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, owner);
    QFETCH(QString, activeUsers);
    QCOMPARE(Translations::install(qApp, Translations::localeFor(code), qmDir), code);
    QCOMPARE(Roles::displayName(Role::Owner), owner);
    QCOMPARE(QCoreApplication::translate("UserListTab", "Active Users"), activeUsers);
    // Numbers and dates follow the language too.
    QCOMPARE(QLocale().language(), QLocale(code).language());
}

void TestTranslations::englishLoadsNothing()
{
    QVERIFY(Translations::install(qApp, QLocale(QStringLiteral("en_GB")), qmDir).isEmpty());
    QVERIFY(qApp->findChildren<QTranslator *>().isEmpty());
    QCOMPARE(Roles::displayName(Role::BillingManager), QStringLiteral("Billing Manager"));
    // A language without a translation shows English as well.
    QVERIFY(Translations::install(qApp, QLocale(QStringLiteral("pt_BR")), qmDir).isEmpty());
    QCOMPARE(Roles::displayName(Role::BillingManager), QStringLiteral("Billing Manager"));
}

void TestTranslations::pluralFormsFollowTheLanguage()
{
    QCOMPARE(Translations::install(qApp, QLocale(QStringLiteral("de_DE")), qmDir),
             QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("DateText", "%n minutes ago", nullptr, 1),
             QStringLiteral("vor 1 Minute"));
    QCOMPARE(QCoreApplication::translate("DateText", "%n minutes ago", nullptr, 5),
             QStringLiteral("vor 5 Minuten"));
    uninstallTranslations();
    QCOMPARE(Translations::install(qApp, QLocale(QStringLiteral("fr_FR")), qmDir),
             QStringLiteral("fr"));
    // French: 0 and 1 take the singular.
    QCOMPARE(QCoreApplication::translate("DateText", "in %n days", nullptr, 0),
             QStringLiteral("dans 0 jour"));
    QCOMPARE(QCoreApplication::translate("DateText", "in %n days", nullptr, 3),
             QStringLiteral("dans 3 jours"));
}

void TestTranslations::standardButtonsWithoutQtTranslation()
{
    // Qt has no Vietnamese translation of its own here: the app's answers
    // for OK, Cancel and the rest of QDialogButtonBox and QMessageBox.
    QCOMPARE(Translations::install(qApp, QLocale(QStringLiteral("vi_VN")), qmDir),
             QStringLiteral("vi"));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
}

void TestTranslations::localeForFallsBackToTheSystem()
{
    QCOMPARE(Translations::localeFor(QString()), QLocale::system());
    QCOMPARE(Translations::localeFor(QStringLiteral("xx")), QLocale::system());
    QCOMPARE(Translations::localeFor(QStringLiteral("ja")).language(), QLocale::Japanese);
    QCOMPARE(Translations::localeFor(QStringLiteral("vi")).language(), QLocale::Vietnamese);
    const QList<Translations::Language> languages = Translations::available();
    QCOMPARE(languages.size(), 5);
    QCOMPARE(languages.first().code, QStringLiteral("en"));
}

void TestTranslations::languageDialogSavesTheChoiceForTheNextStart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(settings.language().isEmpty()); // the system's language until chosen
    {
        LanguageDialog dialog(settings);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(combo->itemText(0), QStringLiteral("System default"));
        QStringList names;
        for (int i = 1; i < combo->count(); ++i)
            names.append(combo->itemText(i));
        QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"),
                                     QStringLiteral("Français"), QStringLiteral("日本語"),
                                     QStringLiteral("Tiếng Việt")}));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Tiếng Việt")));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNoteLabel"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(QLatin1String("restart")), qPrintable(note->text()));
        dialog.accept();
    }
    QCOMPARE(Settings(dir.filePath(QStringLiteral("settings.ini"))).language(),
             QStringLiteral("vi"));
    {
        // Reopened, it shows the saved choice; Cancel keeps it.
        LanguageDialog dialog(settings);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(combo->currentText(), QStringLiteral("Tiếng Việt"));
        combo->setCurrentIndex(0);
        dialog.reject();
    }
    QCOMPARE(settings.language(), QStringLiteral("vi"));
}

void TestTranslations::dialogsShowTheirTextsWhole_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : {"en", "de", "fr", "ja", "vi"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestTranslations::dialogsShowTheirTextsWhole()
{
    QFETCH(QString, code);
    Translations::install(qApp, Translations::localeFor(code), qmDir);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QList<Member> members = sampleMembers();
    Invitation invitation;
    invitation.id = 1;
    invitation.email = QStringLiteral("new.colleague@example.com");
    const Actor actor{99, Role::Owner};
    InviteUsersRequest invite;
    invite.organization.name = QStringLiteral("Example QA");
    invite.organization.licensePools = {
        {QStringLiteral("KSE"), QStringLiteral("Katalon Studio Enterprise"), 10, 9, 1},
        {QStringLiteral("KRE"), QStringLiteral("Katalon Runtime Engine"), 1, 0, 0}};
    invite.actorRole = Role::Owner;
    invite.addresses = {QStringLiteral("new.colleague@example.com"),
                        QStringLiteral("not an address")};

    const QList<std::pair<const char *, std::function<QDialog *()>>> dialogs = {
        {"ConnectionDialog", [] { return new ConnectionDialog; }},
        {"LanguageDialog", [&settings] { return new LanguageDialog(settings); }},
        {"AboutDialog", [] { return new AboutDialog; }},
        {"RemoveUsersDialog", [&] { return new RemoveUsersDialog(members, actor); }},
        {"ChangeUserRoleDialog", [&] { return new ChangeUserRoleDialog(members, actor); }},
        {"RevokeInvitationDialog",
         [&] {
             return new RevokeInvitationDialog({invitation, invitation});
         }},
        {"InviteUsersDialog", [&] { return new InviteUsersDialog(invite, nullptr); }},
        {"InviteUsersDialog-licenses",
         [&] {
             auto *dialog = new InviteUsersDialog(invite, nullptr);
             if (auto *next = dialog->findChild<QAbstractButton *>(QStringLiteral("nextButton")))
                 next->click();
             return dialog;
         }},
    };
    // TESTOPS_I18N_SHOTS=<folder> keeps a picture of each, to look at.
    const QString shots = qEnvironmentVariable("TESTOPS_I18N_SHOTS");
    for (const auto &[name, make] : dialogs) {
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        if (!shots.isEmpty())
            dialog->grab().save(
                QDir(shots).filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(name), code)));
        const QStringList cut = cutTexts(dialog.get());
        QVERIFY2(cut.isEmpty(),
                 qPrintable(QStringLiteral("%1 cuts: %2")
                                .arg(QLatin1String(name), cut.join(QStringLiteral(" | ")))));
    }
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
