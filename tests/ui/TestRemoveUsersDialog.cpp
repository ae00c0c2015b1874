// Active Users → Remove Users against the real server:
// the dialog lists the users and what follows (N registered machines
// released, licenses freed, …), Remove removes them, the Removed Users tab
// shows them, their machines are released; users the signed-in admin may
// not remove are listed greyed with the server's reason and not sent.

#include "BulkActionTestFixture.h"

#include <BulkResultDialog.h>
#include <RemoveUsersDialog.h>

#include <QElapsedTimer>
#include <QProgressBar>
#include <QTreeWidget>

using namespace BulkActionTest;

class TestRemoveUsersDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void removeReleasesMachinesAndListsThemAsRemoved();
    void refusedUsersAreGreyedWithTheReason();
    void manyUsersGoInBatchesWithProgress();

private:
    QTemporaryDir m_dir;
    DemoServer m_demo;
    std::unique_ptr<AppController> m_app;
};

void TestRemoveUsersDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_app = signIn(m_demo, m_demo.ownerToken(), m_dir);
    QVERIFY2(m_app, "the window did not load the demo organization");
}

void TestRemoveUsersDialog::cleanupTestCase()
{
    m_app.reset();
}

void TestRemoveUsersDialog::removeReleasesMachinesAndListsThemAsRemoved()
{
    // Two Members with registered machines, from the server's own list.
    QList<QJsonObject> targets;
    for (const QJsonObject &member : m_demo.allMembers()) {
        if (member.value(QLatin1String("role")).toString() == QLatin1String("MEMBER") &&
            member.value(QLatin1String("machineCount")).toInt() > 0 &&
            member.value(QLatin1String("email")).toString() != DemoServer::MemberEmail)
            targets << member;
        if (targets.size() == 2)
            break;
    }
    QCOMPARE(targets.size(), 2);
    QList<qint64> ids;
    int machines = 0;
    for (const QJsonObject &member : targets) {
        ids << member.value(QLatin1String("userId")).toInteger();
        machines += member.value(QLatin1String("machineCount")).toInt();
    }

    UserListTab *active = tab(m_app.get(), UserListTab::Kind::Active);
    UserListTab *removed = tab(m_app.get(), UserListTab::Kind::Removed);
    check(active, ids);
    QCOMPARE(active->actionButton(UserListTab::Action::RemoveUsers)->text(),
             QStringLiteral("Remove Users (2)"));
    BulkActionRunner *runner = m_app->window()->actions();
    QVERIFY(clickAction(active, UserListTab::Action::RemoveUsers));
    auto *dialog = qobject_cast<RemoveUsersDialog *>(runner->currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Remove Users"));
    QCOMPARE(dialog->actionButton()->text(), QStringLiteral("Remove"));
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Cancel"));
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("userList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    QStringList emails;
    for (int row = 0; row < 2; ++row)
        emails << list->topLevelItem(row)->text(1);
    for (const QJsonObject &member : targets)
        QVERIFY(emails.contains(member.value(QLatin1String("email")).toString()));

    // What follows, with the machine count summed over the users.
    QCOMPARE(dialog->machineCount(), machines);
    const QString consequences = dialog->consequencesText();
    QVERIFY(consequences.contains(QStringLiteral("can no longer sign in to the organization")));
    QVERIFY(consequences.contains(QStringLiteral("data they created in the organization stays")));
    QVERIFY2(consequences.contains(QStringLiteral("%1 registered machine").arg(machines)),
             qPrintable(consequences));
    QVERIFY(consequences.contains(QStringLiteral("licenses are freed")) ||
            consequences.contains(QStringLiteral("hold no licenses")));
    QVERIFY(consequences.contains(
        QStringLiteral("Pending invitations to their addresses are revoked")));
    QVERIFY(consequences.contains(QStringLiteral("invite them again at any time")));

    QSignalSpy finished(runner, &BulkActionRunner::actionFinished);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    BulkResultDialog *summary = runner->lastResultDialog();
    QVERIFY(summary);
    QCOMPARE(summary->count(BulkOutcome::Kind::Done), 2);
    QVERIFY(summary->textFor(ids.first()).startsWith(QStringLiteral("Removed; ")));

    // The Removed Users tab shows them; the Active Users tab does not.
    QTRY_VERIFY_WITH_TIMEOUT(removed->model()->rowOfId(ids.first()) >= 0 &&
                                 removed->model()->rowOfId(ids.last()) >= 0,
                             WaitMs);
    QVERIFY(settle(m_app.get()));
    QCOMPARE(active->model()->rowOfId(ids.first()), -1);
    QCOMPARE(active->model()->checkedCount(), 0);
    // Their machines are released from the Registered Machine list.
    for (qint64 id : ids) {
        const HttpTestResponse machineList = m_demo.get(
            QStringLiteral("/organizations/%1/machines?userId=%2").arg(m_demo.orgId()).arg(id),
            m_demo.ownerToken());
        QVERIFY_STATUS(machineList, 200);
        QCOMPARE(machineList.items().size(), 0);
        QCOMPARE(auditCount(m_demo, QStringLiteral("member.removed"), id), 1);
    }
    summary->close();
}

void TestRemoveUsersDialog::refusedUsersAreGreyedWithTheReason()
{
    // The Admin checks the Owner, another Admin, themselves and a Member.
    const QString adminToken = m_demo.token(DemoServer::AdminEmail);
    QVERIFY(!adminToken.isEmpty());
    QTemporaryDir dir;
    auto app = signIn(m_demo, adminToken, dir);
    QVERIFY(app);
    UserListTab *active = tab(app.get(), UserListTab::Kind::Active);
    const qint64 ownerId = idOfEmail(active, DemoServer::OwnerEmail);
    const qint64 selfId = idOfEmail(active, DemoServer::AdminEmail);
    const qint64 memberId = idOfEmail(active, DemoServer::MemberEmail);
    QVERIFY(ownerId && selfId && memberId);
    check(active, {ownerId, selfId, memberId});
    // The button counts only whom the Admin may remove.
    QCOMPARE(active->actionButton(UserListTab::Action::RemoveUsers)->text(),
             QStringLiteral("Remove Users (1)"));
    QVERIFY(clickAction(active, UserListTab::Action::RemoveUsers));
    auto *dialog = qobject_cast<RemoveUsersDialog *>(app->window()->actions()->currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->userIds(), QList<qint64>{memberId});
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("userList"));
    QHash<qint64, QTreeWidgetItem *> rows;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        rows.insert(list->topLevelItem(row)->data(0, Qt::UserRole).toLongLong(),
                    list->topLevelItem(row));
    QCOMPARE(rows.size(), 3);
    QVERIFY(!rows.value(memberId)->isDisabled());
    QVERIFY(rows.value(ownerId)->isDisabled());
    QCOMPARE(rows.value(ownerId)->toolTip(0),
             QStringLiteral("The Owner cannot be removed; transfer ownership first."));
    QVERIFY(rows.value(selfId)->isDisabled());
    QCOMPARE(rows.value(selfId)->toolTip(0), QStringLiteral("You cannot remove yourself."));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!app->window()->actions()->currentDialog());
    QCOMPARE(auditCount(m_demo, QStringLiteral("member.removed"), memberId), 0);
}

void TestRemoveUsersDialog::manyUsersGoInBatchesWithProgress()
{
    // 2,500 members: three requests of at most 1,000 ids, with progress.
    DemoServer big;
    QVERIFY2(big.start({QStringLiteral("--demo-members"), QStringLiteral("2500")}),
             qPrintable(big.errorString()));
    QTemporaryDir dir;
    auto app = signIn(big, big.ownerToken(), dir);
    QVERIFY(app);
    UserListTab *active = tab(app.get(), UserListTab::Kind::Active);
    const qint64 total = active->totalCount();
    QVERIFY(total >= 2500);
    active->model()->setAllChecked(true);
    QVERIFY(clickAction(active, UserListTab::Action::RemoveUsers));
    auto *dialog = qobject_cast<RemoveUsersDialog *>(app->window()->actions()->currentDialog());
    QVERIFY(dialog);
    // Everyone but the Owner (who is also the signed-in user).
    QCOMPARE(dialog->userIds().size(), total - 1);
    QCOMPARE(dialog->refused().size(), 1);

    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    QVERIFY(progress);
    QList<int> steps;
    connect(progress, &QProgressBar::valueChanged, this, [&steps, progress](int value) {
        if (progress->maximum() > 0)
            steps << value;
    });
    QSignalSpy finished(app->window()->actions(), &BulkActionRunner::actionFinished);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs * 4));
    qInfo("removing %lld users took %lld ms", total - 1, clock.elapsed());
    QVERIFY2(steps.size() >= 2, qPrintable(QString::number(steps.size())));
    QVERIFY(steps.first() > 0 && steps.first() < 1000);
    BulkResultDialog *summary = app->window()->actions()->lastResultDialog();
    QCOMPARE(summary->count(BulkOutcome::Kind::Done), total - 1);
    QCOMPARE(summary->count(BulkOutcome::Kind::Skipped), 1);
    QCOMPARE(big.total(QStringLiteral("/members?status=active")), 1);
    QVERIFY(settle(app.get()));
    QCOMPARE(tab(app.get(), UserListTab::Kind::Removed)->totalCount(),
             big.total(QStringLiteral("/members?status=removed")));
    summary->close();
}

QTEST_MAIN(TestRemoveUsersDialog)
#include "TestRemoveUsersDialog.moc"
