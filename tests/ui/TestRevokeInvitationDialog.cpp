// Pending Invitations against the real server: Revoke
// through the Revoke Invitation dialog (links dead afterwards; an invitation
// accepted meanwhile is reported and the lists refresh), Resend (a new link
// with its expiry per invitation) and Copy Activation Link (the clipboard
// holds the API's activationUrl, the status bar says so).

#include "BulkActionTestFixture.h"

#include <BulkResultDialog.h>
#include <OrganizationSession.h>
#include <RevokeInvitationDialog.h>

#include <QApplication>
#include <QClipboard>
#include <QListWidget>
#include <QStatusBar>

using namespace BulkActionTest;

class TestRevokeInvitationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void revokeMakesTheLinksDead();
    void invitationAcceptedMeanwhileIsReported();
    void cancelChangesNothing();
    void resendSendsNewLinks();
    void copyActivationLinkPutsTheLinkOnTheClipboard();

private:
    /// Invites `email` as the Owner; the invitation as the API answered it.
    QJsonObject invite(const QString &email);

    QTemporaryDir m_dir;
    DemoServer m_demo;
    std::unique_ptr<AppController> m_app;
};

void TestRevokeInvitationDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_app = signIn(m_demo, m_demo.ownerToken(), m_dir);
    QVERIFY2(m_app, "the window did not load the demo organization");
}

void TestRevokeInvitationDialog::cleanupTestCase()
{
    m_app.reset();
}

QJsonObject TestRevokeInvitationDialog::invite(const QString &email)
{
    const QJsonObject result = m_demo.invite(email, m_demo.ownerToken());
    return result.value(QLatin1String("invitation")).toObject();
}

void TestRevokeInvitationDialog::revokeMakesTheLinksDead()
{
    const QJsonObject first = invite(QStringLiteral("revoke-one@example.com"));
    const QJsonObject second = invite(QStringLiteral("revoke-two@example.com"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QVERIFY(refresh(m_app.get()));

    UserListTab *pending = tab(m_app.get(), UserListTab::Kind::Pending);
    const qint64 firstId = first.value(QLatin1String("id")).toInteger();
    const qint64 secondId = second.value(QLatin1String("id")).toInteger();
    check(pending, {firstId, secondId});

    BulkActionRunner *runner = m_app->window()->actions();
    QSignalSpy opened(runner, &BulkActionRunner::dialogOpened);
    QVERIFY(clickAction(pending, UserListTab::Action::Revoke));
    QCOMPARE(opened.count(), 1);
    auto *dialog = qobject_cast<RevokeInvitationDialog *>(runner->currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Revoke Invitation"));
    // The addresses to double-check, as listed.
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("emailList"));
    QVERIFY(list);
    QStringList shown;
    for (int row = 0; row < list->count(); ++row)
        shown << list->item(row)->text();
    shown.sort();
    QCOMPARE(shown, (QStringList{QStringLiteral("revoke-one@example.com"),
                                 QStringLiteral("revoke-two@example.com")}));
    QCOMPARE(dialog->actionButton()->text(), QStringLiteral("Revoke"));
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Cancel"));

    QSignalSpy finished(runner, &BulkActionRunner::actionFinished);
    QSignalSpy refreshed(m_app.get(), &AppController::refreshed);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    BulkResultDialog *summary = runner->lastResultDialog();
    QVERIFY(summary);
    QCOMPARE(summary->count(BulkOutcome::Kind::Done), 2);
    QVERIFY(summary->isVisible());
    QTRY_VERIFY(!runner->currentDialog());

    // The links no longer work: the invitee's page says revoked, accepting fails.
    const QString firstUrl = first.value(QLatin1String("activationUrl")).toString();
    QCOMPARE(linkStatus(m_demo, firstUrl), QStringLiteral("revoked"));
    QCOMPARE(linkStatus(m_demo, second.value(QLatin1String("activationUrl")).toString()),
             QStringLiteral("revoked"));
    const HttpTestResponse accept =
        m_demo.http().postJson(m_demo.api(QStringLiteral("/invitations/%1/accept")
                                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                                                  DemoServer::linkToken(firstUrl))))),
                               {{QStringLiteral("fullName"), QStringLiteral("Too Late")}});
    QCOMPARE(accept.status, 409);

    // The list refreshes without them; nothing stays checked.
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, WaitMs);
    QVERIFY(settle(m_app.get()));
    QCOMPARE(pending->model()->rowOfId(firstId), -1);
    QCOMPARE(pending->model()->rowOfId(secondId), -1);
    QCOMPARE(pending->model()->checkedCount(), 0);
    summary->close();
}

void TestRevokeInvitationDialog::invitationAcceptedMeanwhileIsReported()
{
    const QString email = QStringLiteral("accepts-meanwhile@example.com");
    const QJsonObject invitation = invite(email);
    QVERIFY(!invitation.isEmpty());
    QVERIFY(refresh(m_app.get()));
    UserListTab *pending = tab(m_app.get(), UserListTab::Kind::Pending);
    UserListTab *active = tab(m_app.get(), UserListTab::Kind::Active);
    const qint64 id = invitation.value(QLatin1String("id")).toInteger();
    QVERIFY(pending->model()->rowOfId(id) >= 0);
    QCOMPARE(idOfEmail(active, email), 0);
    check(pending, {id});

    // The invitee joins while the admin looks at the list.
    const QString url = invitation.value(QLatin1String("activationUrl")).toString();
    const HttpTestResponse accepted = m_demo.http().postJson(
        m_demo.api(
            QStringLiteral("/invitations/%1/accept")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(DemoServer::linkToken(url))))),
        {{QStringLiteral("fullName"), QStringLiteral("Quick Joiner")}});
    QVERIFY_STATUS(accepted, 200);

    BulkActionRunner *runner = m_app->window()->actions();
    QVERIFY(clickAction(pending, UserListTab::Action::Revoke));
    QVERIFY(runner->currentDialog());
    QSignalSpy finished(runner, &BulkActionRunner::actionFinished);
    QTest::mouseClick(runner->currentDialog()->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    BulkResultDialog *summary = runner->lastResultDialog();
    QVERIFY(summary);
    QCOMPARE(summary->count(BulkOutcome::Kind::Skipped), 1);
    QCOMPARE(summary->textFor(id), QStringLiteral("Already accepted — now an active member"));

    // The lists refresh: the invitation is gone, the member is active.
    QTRY_VERIFY_WITH_TIMEOUT(idOfEmail(active, email) != 0, WaitMs);
    QVERIFY(settle(m_app.get()));
    QCOMPARE(pending->model()->rowOfId(id), -1);
    summary->close();
}

void TestRevokeInvitationDialog::cancelChangesNothing()
{
    const QJsonObject invitation = invite(QStringLiteral("kept@example.com"));
    QVERIFY(refresh(m_app.get()));
    UserListTab *pending = tab(m_app.get(), UserListTab::Kind::Pending);
    const qint64 id = invitation.value(QLatin1String("id")).toInteger();
    check(pending, {id});
    QVERIFY(clickAction(pending, UserListTab::Action::Revoke));
    QPointer<BulkActionDialog> dialog = m_app->window()->actions()->currentDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(linkStatus(m_demo, invitation.value(QLatin1String("activationUrl")).toString()),
             QStringLiteral("pending"));
    QVERIFY(pending->model()->isChecked(id));
    pending->model()->setChecked(id, false);
}

void TestRevokeInvitationDialog::resendSendsNewLinks()
{
    const QJsonObject invitation = invite(QStringLiteral("resend-me@example.com"));
    QVERIFY(refresh(m_app.get()));
    UserListTab *pending = tab(m_app.get(), UserListTab::Kind::Pending);
    const qint64 id = invitation.value(QLatin1String("id")).toInteger();
    const QString oldUrl = invitation.value(QLatin1String("activationUrl")).toString();
    check(pending, {id});

    BulkActionRunner *runner = m_app->window()->actions();
    QSignalSpy finished(runner, &BulkActionRunner::actionFinished);
    QVERIFY(clickAction(pending, UserListTab::Action::Resend));
    QVERIFY(finished.wait(WaitMs));
    BulkResultDialog *summary = runner->lastResultDialog();
    QVERIFY(summary);
    QCOMPARE(summary->count(BulkOutcome::Kind::Done), 1);
    QVERIFY2(summary->textFor(id).startsWith(QStringLiteral("New link sent; it expires ")),
             qPrintable(summary->textFor(id)));
    QVERIFY(m_app->window()->statusBar()->currentMessage().startsWith(
        QStringLiteral("Resend: 1 done")));

    // The old link stops working; the refreshed list carries the new one.
    QVERIFY(settle(m_app.get()));
    QVERIFY(refresh(m_app.get()));
    QVERIFY(linkStatus(m_demo, oldUrl) != QStringLiteral("pending"));
    const QList<Invitation> now = m_app->session()->invitations({id});
    QCOMPARE(now.size(), 1);
    QVERIFY(now.first().activationUrl != oldUrl);
    QCOMPARE(linkStatus(m_demo, now.first().activationUrl), QStringLiteral("pending"));
    QCOMPARE(auditCount(m_demo, QStringLiteral("invitation.resent"), id), 1);
    QVERIFY(!pending->model()->isChecked(id));
    summary->close();
}

void TestRevokeInvitationDialog::copyActivationLinkPutsTheLinkOnTheClipboard()
{
    const QString email = QStringLiteral("copy-link@example.com");
    const QJsonObject invitation = invite(email);
    QVERIFY(refresh(m_app.get()));
    UserListTab *pending = tab(m_app.get(), UserListTab::Kind::Pending);
    const qint64 id = invitation.value(QLatin1String("id")).toInteger();
    check(pending, {id});
    QApplication::clipboard()->clear();
    QVERIFY(clickAction(pending, UserListTab::Action::CopyActivationLink));
    QCOMPARE(QApplication::clipboard()->text(),
             invitation.value(QLatin1String("activationUrl")).toString());
    QCOMPARE(m_app->window()->statusBar()->currentMessage(),
             QStringLiteral("Activation link for %1 copied").arg(email));
    pending->model()->setChecked(id, false);
}

QTEST_MAIN(TestRevokeInvitationDialog)
#include "TestRevokeInvitationDialog.moc"
