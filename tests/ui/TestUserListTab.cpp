// UserListTab on its own, under the offscreen platform, with plain value
// lists in the real models (no server): the buttons of all three tabs for
// each signed-in role and check set, and what a click asks for.

#include <ActiveUsersModel.h>
#include <ListDescription.h>
#include <MessageBox.h>
#include <PendingInvitationsModel.h>
#include <RecordFilterProxyModel.h>
#include <RecordTableModel.h>
#include <RemovedUsersModel.h>
#include <UserListTab.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

Q_DECLARE_METATYPE(Role)

namespace {

Invitation pendingInvitation(qint64 id, const QString &email, Role role = Role::Member)
{
    Invitation inv;
    inv.id = id;
    inv.email = email;
    inv.role = role;
    inv.invitedBy = UserRef{1, QStringLiteral("Olivia Owner")};
    inv.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    inv.expiresAt = inv.createdAt.addSecs(24 * 3600);
    inv.status = InvitationStatus::Pending;
    inv.activationUrl = QStringLiteral("http://127.0.0.1:1/activate/%1").arg(id);
    return inv;
}

Member member(qint64 id, const QString &name, Role role, MemberStatus status = MemberStatus::Active)
{
    Member m;
    m.userId = id;
    m.fullName = name;
    m.email = name.toLower() + QStringLiteral("@example.com");
    m.role = role;
    m.status = status;
    m.joinedAt = QDateTime::currentDateTimeUtc().addDays(-30);
    return m;
}

/// Owner 1 (the signed-in user in most rows), Admin 2, Billing Manager 3, Members 4 and 5.
QList<Member> activeMembers()
{
    return {member(1, QStringLiteral("Olivia"), Role::Owner),
            member(2, QStringLiteral("Adam"), Role::Admin),
            member(3, QStringLiteral("Bill"), Role::BillingManager),
            member(4, QStringLiteral("Mia"), Role::Member),
            member(5, QStringLiteral("Max"), Role::Member)};
}

QList<qint64> ids(const QByteArray &digits)
{
    QList<qint64> list;
    for (char digit : digits)
        list << qint64(digit - '0');
    return list;
}

} // namespace

class TestUserListTab : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void resendWithHiddenCheckedRowsAsksFirst();
    void copyLinkWithHiddenCheckedRowsAsksFirst();
    void resendWithEveryCheckedRowShownAsksNothing();
    void activeUsersButtons_data();
    void activeUsersButtons();
    void pendingInvitationsButtons_data();
    void pendingInvitationsButtons();
    void removedUsersButtons_data();
    void removedUsersButtons();
    void offlineDisablesEveryAction();
    void aClickAsksWithEveryCheckedRecord();

private:
    std::unique_ptr<PendingInvitationsModel> m_pending;
    std::unique_ptr<UserListTab> m_tab;
};

void TestUserListTab::init()
{
    m_tab.reset();
    m_pending = std::make_unique<PendingInvitationsModel>();
    new QAbstractItemModelTester(
        m_pending.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_pending.get());
    m_tab = std::make_unique<UserListTab>(ListDescription::pendingInvitations(), m_pending.get());
    m_tab->setActor(Actor{1, Role::Owner});
    m_pending->setInvitations({pendingInvitation(11, QStringLiteral("ada@example.com")),
                               pendingInvitation(12, QStringLiteral("bob@example.org")),
                               pendingInvitation(13, QStringLiteral("cy@example.net"))});
    m_tab->show();
    QCOMPARE(m_tab->shownCount(), 3);
    m_tab->model()->setChecked(11, true);
    m_tab->model()->setChecked(12, true);
}

// Checked rows hidden by the search are never acted on silently. Resend has
// no dialog listing the addresses, so it asks before sending to a hidden
// one, and Cancel sends nothing.
void TestUserListTab::resendWithHiddenCheckedRowsAsksFirst()
{
    QTest::keyClicks(m_tab->searchEdit(), QStringLiteral("ada@"));
    QCOMPARE(m_tab->shownCount(), 1);
    QCOMPARE(m_tab->selectionSummary(), QStringLiteral("2 selected, 1 hidden by the search"));
    QPushButton *resend = m_tab->actionButton(UserListTab::Action::Resend);
    QVERIFY(resend->isEnabled());
    QSignalSpy requested(m_tab.get(), &UserListTab::actionRequested);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    resend->click();
    QCOMPARE(requested.count(), 0);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Resend"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 of the 2 checked invitations are "
                                                            "hidden")),
             qPrintable(MessageBox::lastText()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    resend->click();
    QCOMPARE(requested.count(), 1);
    QList<qint64> asked = requested.first().at(1).value<QList<qint64>>();
    std::sort(asked.begin(), asked.end());
    QCOMPARE(asked, (QList<qint64>{11, 12}));
}

void TestUserListTab::copyLinkWithHiddenCheckedRowsAsksFirst()
{
    QApplication::clipboard()->setText(QStringLiteral("untouched"));
    QTest::keyClicks(m_tab->searchEdit(), QStringLiteral("bob@"));
    QCOMPARE(m_tab->shownCount(), 1);
    QSignalSpy requested(m_tab.get(), &UserListTab::actionRequested);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_tab->actionButton(UserListTab::Action::CopyActivationLink)->click();
    QCOMPARE(requested.count(), 0);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Copy Activation Link"));
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("untouched"));
}

void TestUserListTab::resendWithEveryCheckedRowShownAsksNothing()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QSignalSpy requested(m_tab.get(), &UserListTab::actionRequested);
    // No search: both checked rows are shown, so no question (a shown box
    // would block here; the seam is off).
    const QString before = MessageBox::lastText();
    m_tab->actionButton(UserListTab::Action::Resend)->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(MessageBox::lastText(), before);
}

void TestUserListTab::activeUsersButtons_data()
{
    QTest::addColumn<Role>("actor"); // user 1 is the Owner; the actor is user 1 or 2
    QTest::addColumn<QByteArray>("checked");
    QTest::addColumn<QString>("remove"); // the button's text
    QTest::addColumn<QString>("changeRole");
    QTest::addColumn<QString>("removeTip"); // a part of the tooltip; empty: none

    QTest::newRow("nothing checked")
        << Role::Owner << QByteArray() << QStringLiteral("Remove Users")
        << QStringLiteral("Change Role") << QStringLiteral("Check the users this applies to.");
    QTest::newRow("Owner: two Members")
        << Role::Owner << QByteArray("45") << QStringLiteral("Remove Users (2)")
        << QStringLiteral("Change Role (2)") << QString();
    QTest::newRow("Owner: self and a Member")
        << Role::Owner << QByteArray("14") << QStringLiteral("Remove Users (1)")
        << QStringLiteral("Change Role (1)")
        << QStringLiteral("1 checked record is left out: You cannot remove yourself.");
    QTest::newRow("Owner: only self")
        << Role::Owner << QByteArray("1") << QStringLiteral("Remove Users")
        << QStringLiteral("Change Role") << QStringLiteral("You cannot remove yourself.");
    QTest::newRow("Admin: the Owner, self, a Billing Manager, a Member")
        << Role::Admin << QByteArray("1234") << QStringLiteral("Remove Users (2)")
        << QStringLiteral("Change Role (2)")
        << QStringLiteral("2 checked records are left out: The Owner cannot be removed");
    QTest::newRow("Billing Manager: anything")
        << Role::BillingManager << QByteArray("45") << QStringLiteral("Remove Users")
        << QStringLiteral("Change Role")
        << QStringLiteral("User Management needs the Owner or Admin role.");
}

void TestUserListTab::activeUsersButtons()
{
    QFETCH(Role, actor);
    QFETCH(QByteArray, checked);
    QFETCH(QString, remove);
    QFETCH(QString, changeRole);
    QFETCH(QString, removeTip);
    ActiveUsersModel model;
    UserListTab tab(ListDescription::activeUsers(), &model);
    model.setMembers(activeMembers());
    // The Owner acts as user 1; the others as user 2 (the Admin's row).
    tab.setActor(Actor{actor == Role::Owner ? 1 : 2, actor});
    model.setIdsChecked(ids(checked), true);
    QPushButton *removeButton = tab.actionButton(UserListTab::Action::RemoveUsers);
    QPushButton *changeRoleButton = tab.actionButton(UserListTab::Action::ChangeRole);
    QCOMPARE(removeButton->text(), remove);
    QCOMPARE(removeButton->isEnabled(), remove.contains(QLatin1Char('(')));
    QCOMPARE(changeRoleButton->text(), changeRole);
    QCOMPARE(changeRoleButton->isEnabled(), changeRole.contains(QLatin1Char('(')));
    if (removeTip.isEmpty())
        QVERIFY2(removeButton->toolTip().isEmpty(), qPrintable(removeButton->toolTip()));
    else
        QVERIFY2(removeButton->toolTip().startsWith(removeTip),
                 qPrintable(removeButton->toolTip()));
    QCOMPARE(removeButton->accessibleDescription(), removeButton->toolTip());
    QCOMPARE(tab.actionButton(UserListTab::Action::Revoke), nullptr);
}

void TestUserListTab::pendingInvitationsButtons_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<QByteArray>("checked"); // 1: to be Admin, 2: to be Member
    QTest::addColumn<int>("count");          // of each of the three buttons
    QTest::addColumn<QString>("tip");

    QTest::newRow("Owner, both") << Role::Owner << QByteArray("12") << 2 << QString();
    QTest::newRow("Admin, both")
        << Role::Admin << QByteArray("12") << 1
        << QStringLiteral(
               "1 checked record is left out: Only the Owner can manage invitations for Admins.");
    QTest::newRow("Admin, the Admin invitation")
        << Role::Admin << QByteArray("1") << 0
        << QStringLiteral("Only the Owner can manage invitations for Admins.");
    QTest::newRow("Member") << Role::Member << QByteArray("2") << 0
                            << QStringLiteral("User Management needs the Owner or Admin role.");
    QTest::newRow("nothing checked") << Role::Owner << QByteArray() << 0
                                     << QStringLiteral("Check the invitations this applies to.");
}

void TestUserListTab::pendingInvitationsButtons()
{
    QFETCH(Role, actor);
    QFETCH(QByteArray, checked);
    QFETCH(int, count);
    QFETCH(QString, tip);
    PendingInvitationsModel model;
    UserListTab tab(ListDescription::pendingInvitations(), &model);
    model.setInvitations(
        {pendingInvitation(1, QStringLiteral("admin-to-be@example.com"), Role::Admin),
         pendingInvitation(2, QStringLiteral("member-to-be@example.com"))});
    tab.setActor(Actor{100, actor});
    model.setIdsChecked(ids(checked), true);
    for (const auto &[action, label] :
         {std::pair{UserListTab::Action::Revoke, QStringLiteral("Revoke")},
          std::pair{UserListTab::Action::Resend, QStringLiteral("Resend")},
          std::pair{UserListTab::Action::CopyActivationLink,
                    QStringLiteral("Copy Activation Link")}}) {
        QPushButton *button = tab.actionButton(action);
        QVERIFY(button);
        QCOMPARE(button->text(),
                 count > 0 ? QStringLiteral("%1 (%2)").arg(label).arg(count) : label);
        QCOMPARE(button->isEnabled(), count > 0);
        QCOMPARE(button->toolTip(), tip);
    }
}

void TestUserListTab::removedUsersButtons_data()
{
    QTest::addColumn<Role>("actor");
    QTest::addColumn<QString>("inviteAgain");
    QTest::newRow("Owner") << Role::Owner << QStringLiteral("Invite Again (2)");
    QTest::newRow("Admin") << Role::Admin << QStringLiteral("Invite Again (2)");
    QTest::newRow("Billing Manager") << Role::BillingManager << QStringLiteral("Invite Again");
}

void TestUserListTab::removedUsersButtons()
{
    QFETCH(Role, actor);
    QFETCH(QString, inviteAgain);
    RemovedUsersModel model;
    UserListTab tab(ListDescription::removedUsers(), &model);
    QCOMPARE(tab.totalCount(), -1); // before the first load
    model.setMembers({member(7, QStringLiteral("Ruth"), Role::Admin, MemberStatus::Removed),
                      member(8, QStringLiteral("Rick"), Role::Member, MemberStatus::Removed)});
    QCOMPARE(tab.totalCount(), 2);
    tab.setActor(Actor{1, actor});
    model.setAllChecked(true);
    QPushButton *button = tab.actionButton(UserListTab::Action::InviteAgain);
    QCOMPARE(button->text(), inviteAgain);
    QCOMPARE(button->isEnabled(), inviteAgain.contains(QLatin1Char('(')));
}

void TestUserListTab::offlineDisablesEveryAction()
{
    m_tab->setOffline(true, QStringLiteral("Offline — changes are possible again once the server "
                                           "answers."));
    for (UserListTab::Action action : {UserListTab::Action::Revoke, UserListTab::Action::Resend,
                                       UserListTab::Action::CopyActivationLink}) {
        QVERIFY(!m_tab->actionButton(action)->isEnabled());
        QVERIFY(m_tab->actionButton(action)->toolTip().startsWith(QStringLiteral("Offline")));
    }
    m_tab->setOffline(false, {});
    QCOMPARE(m_tab->actionButton(UserListTab::Action::Revoke)->text(),
             QStringLiteral("Revoke (2)"));
}

void TestUserListTab::aClickAsksWithEveryCheckedRecord()
{
    // The Admin checks the Owner, a Member and a hidden Billing Manager:
    // Remove Users asks with all three (its dialog lists the refused one).
    ActiveUsersModel model;
    UserListTab tab(ListDescription::activeUsers(), &model);
    model.setMembers(activeMembers());
    tab.setActor(Actor{2, Role::Admin});
    tab.show();
    model.setIdsChecked({1, 3, 4}, true);
    QTest::keyClicks(tab.searchEdit(), QStringLiteral("mia"));
    QCOMPARE(tab.shownCount(), 1);
    QSignalSpy requested(&tab, &UserListTab::actionRequested);
    tab.actionButton(UserListTab::Action::RemoveUsers)->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).value<UserAction::Kind>(), UserAction::Kind::RemoveUsers);
    QList<qint64> asked = requested.first().at(1).value<QList<qint64>>();
    std::sort(asked.begin(), asked.end());
    QCOMPARE(asked, (QList<qint64>{1, 3, 4}));
}

QTEST_MAIN(TestUserListTab)
#include "TestUserListTab.moc"
