// Active Users → Change Role against the real server:
// the roles dropdown, roles and users the signed-in admin may not change
// shown disabled with the server rule's reason, the Billing Manager teams
// confirmation (removeFromTeams), and the Owner's transfer of ownership
// after a confirmation that says the current Owner becomes Admin.

#include "BulkActionTestFixture.h"

#include <BulkResultDialog.h>
#include <ChangeUserRoleDialog.h>
#include <MessageBox.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeWidget>

using namespace BulkActionTest;

namespace {

QString roleOf(DemoServer &demo, const QString &email)
{
    return demo.member(email).value(QLatin1String("role")).toString();
}

/// The row of the user list in the dialog for `userId`.
QTreeWidgetItem *rowOf(ChangeUserRoleDialog *dialog, qint64 userId)
{
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("userList"));
    for (int row = 0; list && row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->data(0, Qt::UserRole).toLongLong() == userId)
            return list->topLevelItem(row);
    }
    return nullptr;
}

/// Chooses the dropdown entry `text` as a keyboard user does; false when it is disabled.
bool chooseRole(ChangeUserRoleDialog *dialog, const QString &text)
{
    QComboBox *combo = dialog->roleCombo();
    const int index = combo->findText(text, Qt::MatchStartsWith);
    if (index < 0)
        return false;
    const auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    if (!model->item(index)->isEnabled())
        return false;
    combo->setCurrentIndex(index);
    return true;
}

} // namespace

class TestChangeUserRoleDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ownerMakesAMemberAdmin();
    void billingManagerAsksToLeaveTheTeams();
    void refusedRolesAndUsersAreDisabledWithTheReason();
    void ownerTransfersOwnershipAfterConfirming();

private:
    ChangeUserRoleDialog *openDialog(AppController *app, const QList<qint64> &ids);

    QTemporaryDir m_dir;
    DemoServer m_demo;
    std::unique_ptr<AppController> m_app;
};

void TestChangeUserRoleDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_app = signIn(m_demo, m_demo.ownerToken(), m_dir);
    QVERIFY2(m_app, "the window did not load the demo organization");
}

void TestChangeUserRoleDialog::cleanupTestCase()
{
    m_app.reset();
}

ChangeUserRoleDialog *TestChangeUserRoleDialog::openDialog(AppController *app,
                                                           const QList<qint64> &ids)
{
    UserListTab *active = tab(app, UserListTab::Kind::Active);
    active->model()->setAllChecked(false);
    check(active, ids);
    if (!clickAction(active, UserListTab::Action::ChangeRole))
        return nullptr;
    return qobject_cast<ChangeUserRoleDialog *>(app->window()->actions()->currentDialog());
}

void TestChangeUserRoleDialog::ownerMakesAMemberAdmin()
{
    QJsonObject target;
    for (const QJsonObject &member : m_demo.allMembers()) {
        if (member.value(QLatin1String("role")).toString() == QLatin1String("MEMBER") &&
            member.value(QLatin1String("teams")).toArray().isEmpty()) {
            target = member;
            break;
        }
    }
    QVERIFY(!target.isEmpty());
    const qint64 id = target.value(QLatin1String("userId")).toInteger();
    const QString email = target.value(QLatin1String("email")).toString();

    ChangeUserRoleDialog *dialog = openDialog(m_app.get(), {id});
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Change User Role"));
    QCOMPARE(dialog->actionButton()->text(), QStringLiteral("Change Role"));
    // The four roles; nothing chosen yet, so nothing to confirm.
    QCOMPARE(dialog->roleCombo()->count(), 4);
    QCOMPARE(dialog->roleCombo()->currentIndex(), -1);
    QVERIFY(!dialog->actionButton()->isEnabled());
    QVERIFY(chooseRole(dialog, QStringLiteral("Admin")));
    QVERIFY(dialog->actionButton()->isEnabled());

    QSignalSpy finished(m_app->window()->actions(), &BulkActionRunner::actionFinished);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    BulkResultDialog *summary = m_app->window()->actions()->lastResultDialog();
    QCOMPARE(summary->count(BulkOutcome::Kind::Done), 1);
    QCOMPARE(summary->textFor(id), QStringLiteral("Now Admin"));
    QCOMPARE(roleOf(m_demo, email), QStringLiteral("ADMIN"));
    QCOMPARE(auditCount(m_demo, QStringLiteral("member.role_changed"), id), 1);
    // The list refreshes with the new role; the user is unchecked.
    UserListTab *active = tab(m_app.get(), UserListTab::Kind::Active);
    QTRY_COMPARE_WITH_TIMEOUT(
        active->model()->index(active->model()->rowOfId(id), 3).data().toString(),
        QStringLiteral("Admin"), WaitMs);
    QVERIFY(!active->model()->isChecked(id));
    QVERIFY(settle(m_app.get()));
    summary->close();
}

void TestChangeUserRoleDialog::billingManagerAsksToLeaveTheTeams()
{
    const QJsonObject member = m_demo.member(DemoServer::MemberEmail);
    const QStringList teams = member.value(QLatin1String("teams")).toVariant().toStringList();
    QVERIFY(!teams.isEmpty());
    const qint64 id = member.value(QLatin1String("userId")).toInteger();

    ChangeUserRoleDialog *dialog = openDialog(m_app.get(), {id});
    QVERIFY(dialog);
    QVERIFY(dialog->teamsText().isEmpty());
    QVERIFY(chooseRole(dialog, QStringLiteral("Billing Manager")));
    // The teams are named, and nothing is sent until the user agrees.
    for (const QString &team : teams)
        QVERIFY2(dialog->teamsText().contains(team), qPrintable(dialog->teamsText()));
    QCheckBox *leave = dialog->removeFromTeamsCheckBox();
    QVERIFY(leave->isVisible());
    QCOMPARE(leave->text().remove(QLatin1Char('&')),
             QStringLiteral("Take them out of these teams"));
    QVERIFY(!dialog->actionButton()->isEnabled());
    leave->click();
    QVERIFY(dialog->actionButton()->isEnabled());
    QVERIFY(dialog->choice().removeFromTeams);
    // Back to Member: no teams question.
    QVERIFY(chooseRole(dialog, QStringLiteral("Member")));
    QVERIFY(dialog->teamsText().isEmpty());
    QVERIFY(!dialog->choice().removeFromTeams);
    QVERIFY(chooseRole(dialog, QStringLiteral("Billing Manager")));
    QVERIFY(!dialog->actionButton()->isEnabled());
    leave->click();

    QSignalSpy finished(m_app->window()->actions(), &BulkActionRunner::actionFinished);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    const QJsonObject after = m_demo.member(DemoServer::MemberEmail);
    QCOMPARE(after.value(QLatin1String("role")).toString(), QStringLiteral("BILLING_MANAGER"));
    QVERIFY(after.value(QLatin1String("teams")).toArray().isEmpty());
    QVERIFY(settle(m_app.get()));
    m_app->window()->actions()->lastResultDialog()->close();
}

void TestChangeUserRoleDialog::refusedRolesAndUsersAreDisabledWithTheReason()
{
    const QString adminToken = m_demo.token(DemoServer::AdminEmail);
    QTemporaryDir dir;
    auto app = signIn(m_demo, adminToken, dir);
    QVERIFY(app);
    UserListTab *active = tab(app.get(), UserListTab::Kind::Active);
    const qint64 ownerId = idOfEmail(active, DemoServer::OwnerEmail);
    const qint64 selfId = idOfEmail(active, DemoServer::AdminEmail);
    const qint64 billingId = idOfEmail(active, DemoServer::BillingEmail);
    QVERIFY(ownerId && selfId && billingId);

    ChangeUserRoleDialog *dialog = openDialog(app.get(), {ownerId, selfId, billingId});
    QVERIFY(dialog);
    // The button counted only the user the Admin may change.
    QCOMPARE(active->actionButton(UserListTab::Action::ChangeRole)->text(),
             QStringLiteral("Change Role (1)"));

    // Admin and Owner are listed but cannot be chosen; the reason is shown.
    const auto *roles = qobject_cast<QStandardItemModel *>(dialog->roleCombo()->model());
    QVERIFY(!roles->item(Roles::rank(Role::Admin))->isEnabled());
    QCOMPARE(roles->item(Roles::rank(Role::Admin))->toolTip(),
             QStringLiteral("Only the Owner can grant or take away the Admin role."));
    QVERIFY(!roles->item(Roles::rank(Role::Owner))->isEnabled());
    QCOMPARE(roles->item(Roles::rank(Role::Owner))->toolTip(),
             QStringLiteral("Only the Owner can transfer ownership."));
    QVERIFY(roles->item(Roles::rank(Role::Member))->isEnabled());
    QVERIFY(!dialog->setRole(Role::Admin));
    QVERIFY(!chooseRole(dialog, QStringLiteral("Admin")));
    auto *unavailable = dialog->findChild<QLabel *>(QStringLiteral("unavailableRolesLabel"));
    QVERIFY(unavailable->text().contains(QStringLiteral("Only the Owner can grant")));

    // The Owner's row and the Admin's own row are greyed with the reason.
    QVERIFY(chooseRole(dialog, QStringLiteral("Member")));
    QVERIFY(rowOf(dialog, ownerId)->isDisabled());
    QCOMPARE(rowOf(dialog, ownerId)->text(3),
             QStringLiteral("The Owner's role changes only by transferring ownership."));
    QVERIFY(rowOf(dialog, selfId)->isDisabled());
    QCOMPARE(rowOf(dialog, selfId)->text(3), QStringLiteral("You cannot change your own role."));
    QVERIFY(!rowOf(dialog, billingId)->isDisabled());
    QCOMPARE(dialog->choice().userIds, QList<qint64>{billingId});

    QSignalSpy finished(app->window()->actions(), &BulkActionRunner::actionFinished);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    BulkResultDialog *summary = app->window()->actions()->lastResultDialog();
    QCOMPARE(summary->count(BulkOutcome::Kind::Done), 1);
    QCOMPARE(summary->count(BulkOutcome::Kind::Skipped), 2);
    QCOMPARE(summary->textFor(selfId), QStringLiteral("You cannot change your own role."));
    QCOMPARE(roleOf(m_demo, DemoServer::BillingEmail), QStringLiteral("MEMBER"));
    QCOMPARE(roleOf(m_demo, DemoServer::OwnerEmail), QStringLiteral("OWNER"));
    QVERIFY(settle(app.get()));
    summary->close();
}

void TestChangeUserRoleDialog::ownerTransfersOwnershipAfterConfirming()
{
    UserListTab *active = tab(m_app.get(), UserListTab::Kind::Active);
    const qint64 adminId = idOfEmail(active, DemoServer::AdminEmail);
    QVERIFY(adminId);
    ChangeUserRoleDialog *dialog = openDialog(m_app.get(), {adminId});
    QVERIFY(dialog);
    QVERIFY(chooseRole(dialog, QStringLiteral("Owner")));
    QVERIFY(dialog->choice().transferOwnership);

    // Declining the confirmation sends nothing and keeps the dialog.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Transfer Ownership"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("current Owner, become Admin")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!dialog->isBusy());
    QCOMPARE(m_app->window()->actions()->currentDialog(), dialog);
    QCOMPARE(roleOf(m_demo, DemoServer::OwnerEmail), QStringLiteral("OWNER"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QSignalSpy finished(m_app->window()->actions(), &BulkActionRunner::actionFinished);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(m_app->window()->actions()->lastResultDialog()->count(BulkOutcome::Kind::Done), 1);
    QCOMPARE(roleOf(m_demo, DemoServer::AdminEmail), QStringLiteral("OWNER"));
    QCOMPARE(roleOf(m_demo, DemoServer::OwnerEmail), QStringLiteral("ADMIN"));
    // The window now applies the Admin's rules to its former Owner.
    QCOMPARE(active->actor().role, Role::Admin);
    QVERIFY(settle(m_app.get()));
    m_app->window()->actions()->lastResultDialog()->close();
}

QTEST_MAIN(TestChangeUserRoleDialog)
#include "TestChangeUserRoleDialog.moc"
