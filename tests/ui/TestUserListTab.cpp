// UserListTab on its own, under the offscreen platform, with plain value
// lists (no server): what its action buttons do with the checked records.

#include <MessageBox.h>
#include <PendingInvitationsModel.h>
#include <RecordFilterProxyModel.h>
#include <RecordTableModel.h>
#include <UserListTab.h>

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

Invitation pendingInvitation(qint64 id, const QString &email)
{
    Invitation inv;
    inv.id = id;
    inv.email = email;
    inv.role = Role::Member;
    inv.invitedBy = UserRef{1, QStringLiteral("Olivia Owner")};
    inv.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    inv.expiresAt = inv.createdAt.addSecs(24 * 3600);
    inv.status = InvitationStatus::Pending;
    inv.activationUrl = QStringLiteral("http://127.0.0.1:1/activate/%1").arg(id);
    return inv;
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

private:
    std::unique_ptr<UserListTab> m_tab;
};

void TestUserListTab::init()
{
    m_tab = std::make_unique<UserListTab>(UserListTab::Kind::Pending);
    m_tab->setActor(Actor{1, Role::Owner});
    m_tab->setInvitations({pendingInvitation(11, QStringLiteral("ada@example.com")),
                           pendingInvitation(12, QStringLiteral("bob@example.org")),
                           pendingInvitation(13, QStringLiteral("cy@example.net"))});
    m_tab->show();
    QCOMPARE(m_tab->shownCount(), 3);
    m_tab->model()->setChecked(11, true);
    m_tab->model()->setChecked(12, true);
}

// product.md: checked rows hidden by the search are never acted on silently.
// Resend has no dialog listing the addresses, so it asks before sending to a
// hidden one, and Cancel sends nothing.
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
    QList<qint64> ids = requested.first().at(1).value<QList<qint64>>();
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{11, 12}));
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

QTEST_MAIN(TestUserListTab)
#include "TestUserListTab.moc"
