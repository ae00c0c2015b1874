// Failure paths of the bulk actions, on the real window: a 500, a timeout,
// the server stopped in the middle of the action, and an answer lost after
// the server made the change. Each time the dialog stays open with its input, the checks stay,
// the error is shown inline, a retry against the real server succeeds, and
// the audit log shows the change made once.

#include "BulkActionTestFixture.h"

#include <BulkResultDialog.h>
#include <ChangeUserRoleDialog.h>
#include <MessageBox.h>
#include <RemoveUsersDialog.h>
#include <RevokeInvitationDialog.h>

#include <ApiClient.h>

#include <QComboBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>

using namespace BulkActionTest;

namespace {

/// Whether `buffer` holds one whole HTTP/1.1 message (headers and a
/// Content-Length body).
bool isWholeMessage(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    qint64 length = 0;
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        if (line.trimmed().toLower().startsWith("content-length:"))
            length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    return buffer.size() >= end + 4 + length;
}

/// A loopback HTTP server with one behaviour for every request: answer 500
/// with an API error body, never answer, or pass the request on to the real
/// server and drop the connection once its answer starts (the change is made,
/// the client never hears of it).
class FaultyServer : public QObject
{
public:
    enum class Mode
    {
        Answer500,
        Silent,
        LoseAnswer,
    };

    FaultyServer(Mode mode, const QUrl &upstream = {}) : m_mode(mode), m_upstream(upstream)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    int requests() const { return m_requests; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!isWholeMessage(buffer))
            return;
        const QByteArray request = std::exchange(buffer, {});
        ++m_requests;
        switch (m_mode) {
        case Mode::Answer500: {
            const QByteArray body = R"({"error":{"code":"internal_error","message":"Boom."}})";
            socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
            break;
        }
        case Mode::Silent:
            break;
        case Mode::LoseAnswer: {
            auto *upstream = new QTcpSocket(this);
            connect(upstream, &QTcpSocket::connected, upstream,
                    [upstream, request] { upstream->write(request); });
            // The server answers after its transaction: the change is made.
            connect(upstream, &QTcpSocket::readyRead, socket, [socket, upstream] {
                socket->abort();
                upstream->abort();
            });
            upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
            break;
        }
        }
    }

    Mode m_mode;
    QUrl m_upstream;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

} // namespace

class TestBulkActionFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void removeAfterA500();
    void revokeAfterATimeout();
    void changeRoleAfterTheServerStopped();
    void lostAnswerIsNotDoneTwice();
    void resendAfterA500();

private:
    /// Two Members without teams that are still active.
    QList<qint64> twoMembers(const QList<qint64> &skip = {});
    qint64 invitationId(const QString &email);

    QTemporaryDir m_dir;
    DemoServer m_demo;
    std::unique_ptr<AppController> m_app;
};

void TestBulkActionFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_demo.start(), qPrintable(m_demo.errorString()));
    m_app = signIn(m_demo, m_demo.ownerToken(), m_dir);
    QVERIFY2(m_app, "the window did not load the demo organization");
}

void TestBulkActionFailures::cleanupTestCase()
{
    m_app.reset();
}

void TestBulkActionFailures::init()
{
    // Each test starts against the real server with the default timeout.
    if (m_app) {
        m_app->session()->client()->setBaseUrl(m_demo.process().baseUrl());
        m_app->session()->client()->setTimeout(0);
        QVERIFY(refresh(m_app.get()));
        for (UserListTab::Kind kind : {UserListTab::Kind::Active, UserListTab::Kind::Pending})
            tab(m_app.get(), kind)->model()->setAllChecked(false);
    }
}

QList<qint64> TestBulkActionFailures::twoMembers(const QList<qint64> &skip)
{
    QList<qint64> ids;
    for (const QJsonObject &member : m_demo.allMembers()) {
        const qint64 id = member.value(QLatin1String("userId")).toInteger();
        if (member.value(QLatin1String("role")).toString() == QLatin1String("MEMBER") &&
            member.value(QLatin1String("teams")).toArray().isEmpty() && !skip.contains(id))
            ids << id;
        if (ids.size() == 2)
            break;
    }
    return ids;
}

qint64 TestBulkActionFailures::invitationId(const QString &email)
{
    return m_demo.invite(email, m_demo.ownerToken())
        .value(QLatin1String("invitation"))
        .toObject()
        .value(QLatin1String("id"))
        .toInteger();
}

void TestBulkActionFailures::removeAfterA500()
{
    const QList<qint64> ids = twoMembers();
    QCOMPARE(ids.size(), 2);
    UserListTab *active = tab(m_app.get(), UserListTab::Kind::Active);
    check(active, ids);
    QVERIFY(clickAction(active, UserListTab::Action::RemoveUsers));
    auto *dialog = qobject_cast<RemoveUsersDialog *>(m_app->window()->actions()->currentDialog());
    QVERIFY(dialog);

    FaultyServer broken(FaultyServer::Mode::Answer500);
    m_app->session()->client()->setBaseUrl(broken.url());
    QSignalSpy failed(m_app->window()->actions(), &BulkActionRunner::actionFailed);
    QSignalSpy finished(m_app->window()->actions(), &BulkActionRunner::actionFinished);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(broken.requests(), 1);
    // The dialog stays with its users, the error inline, the checks kept.
    QCOMPARE(m_app->window()->actions()->currentDialog(), dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("500")) ||
                 dialog->errorText().contains(QStringLiteral("server")),
             qPrintable(dialog->errorText()));
    QVERIFY(dialog->errorText().contains(QStringLiteral("press Remove to try again")));
    QCOMPARE(dialog->userIds(), ids);
    QVERIFY(dialog->actionButton()->isEnabled());
    QVERIFY(active->model()->isChecked(ids.first()) && active->model()->isChecked(ids.last()));
    QCOMPARE(finished.count(), 0);

    // The retry reaches the real server and succeeds, once per user.
    m_app->session()->client()->setBaseUrl(m_demo.process().baseUrl());
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(m_app->window()->actions()->lastResultDialog()->count(BulkOutcome::Kind::Done), 2);
    for (qint64 id : ids)
        QCOMPARE(auditCount(m_demo, QStringLiteral("member.removed"), id), 1);
    QVERIFY(settle(m_app.get()));
    m_app->window()->actions()->lastResultDialog()->close();
}

void TestBulkActionFailures::revokeAfterATimeout()
{
    const qint64 id = invitationId(QStringLiteral("slow-revoke@example.com"));
    QVERIFY(id > 0);
    QVERIFY(refresh(m_app.get()));
    UserListTab *pending = tab(m_app.get(), UserListTab::Kind::Pending);
    check(pending, {id});
    QVERIFY(clickAction(pending, UserListTab::Action::Revoke));
    auto *dialog =
        qobject_cast<RevokeInvitationDialog *>(m_app->window()->actions()->currentDialog());
    QVERIFY(dialog);

    FaultyServer silent(FaultyServer::Mode::Silent);
    m_app->session()->client()->setBaseUrl(silent.url());
    m_app->session()->client()->setTimeout(400);
    QSignalSpy failed(m_app->window()->actions(), &BulkActionRunner::actionFailed);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    // Busy meanwhile: the action cannot be pressed twice.
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->actionButton()->isEnabled());
    QVERIFY(failed.wait(WaitMs));
    QVERIFY(!dialog->isBusy());
    QCOMPARE(m_app->window()->actions()->currentDialog(), dialog);
    QVERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(dialog->invitationIds(), QList<qint64>{id});
    QVERIFY(pending->model()->isChecked(id));

    m_app->session()->client()->setBaseUrl(m_demo.process().baseUrl());
    m_app->session()->client()->setTimeout(0);
    QSignalSpy finished(m_app->window()->actions(), &BulkActionRunner::actionFinished);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(m_app->window()->actions()->lastResultDialog()->count(BulkOutcome::Kind::Done), 1);
    QCOMPARE(auditCount(m_demo, QStringLiteral("invitation.revoked"), id), 1);
    QVERIFY(settle(m_app.get()));
    m_app->window()->actions()->lastResultDialog()->close();
}

void TestBulkActionFailures::changeRoleAfterTheServerStopped()
{
    const QList<qint64> ids = twoMembers();
    QCOMPARE(ids.size(), 2);
    UserListTab *active = tab(m_app.get(), UserListTab::Kind::Active);
    check(active, ids);
    QVERIFY(clickAction(active, UserListTab::Action::ChangeRole));
    auto *dialog =
        qobject_cast<ChangeUserRoleDialog *>(m_app->window()->actions()->currentDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->setRole(Role::BillingManager));

    // The server stops while the dialog is open.
    m_demo.stop();
    QSignalSpy failed(m_app->window()->actions(), &BulkActionRunner::actionFailed);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(m_app->window()->actions()->currentDialog(), dialog);
    QVERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(dialog->role(), std::optional<Role>(Role::BillingManager));
    QCOMPARE(dialog->choice().userIds, ids);
    QVERIFY(active->model()->isChecked(ids.first()) && active->model()->isChecked(ids.last()));

    // It comes back (same database, a new port); the retry succeeds.
    QVERIFY2(m_demo.process().start({QStringLiteral("--demo")}),
             qPrintable(m_demo.process().errorString()));
    m_app->session()->client()->setBaseUrl(m_demo.process().baseUrl());
    QSignalSpy finished(m_app->window()->actions(), &BulkActionRunner::actionFinished);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(m_app->window()->actions()->lastResultDialog()->count(BulkOutcome::Kind::Done), 2);
    for (qint64 id : ids)
        QCOMPARE(auditCount(m_demo, QStringLiteral("member.role_changed"), id), 1);
    QVERIFY(settle(m_app.get()));
    m_app->window()->actions()->lastResultDialog()->close();
}

void TestBulkActionFailures::lostAnswerIsNotDoneTwice()
{
    // Members, skipping those the earlier tests changed.
    QList<qint64> ids = twoMembers();
    QVERIFY(!ids.isEmpty());
    const qint64 id = ids.first();
    UserListTab *active = tab(m_app.get(), UserListTab::Kind::Active);
    check(active, {id});
    QVERIFY(clickAction(active, UserListTab::Action::RemoveUsers));
    auto *dialog = qobject_cast<RemoveUsersDialog *>(m_app->window()->actions()->currentDialog());
    QVERIFY(dialog);

    FaultyServer proxy(FaultyServer::Mode::LoseAnswer, m_demo.process().baseUrl());
    m_app->session()->client()->setBaseUrl(proxy.url());
    QSignalSpy failed(m_app->window()->actions(), &BulkActionRunner::actionFailed);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(m_app->window()->actions()->currentDialog(), dialog);
    // The server did remove the user; the app could not know.
    QCOMPARE(auditCount(m_demo, QStringLiteral("member.removed"), id), 1);

    m_app->session()->client()->setBaseUrl(m_demo.process().baseUrl());
    QSignalSpy finished(m_app->window()->actions(), &BulkActionRunner::actionFinished);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QVERIFY(finished.wait(WaitMs));
    BulkResultDialog *summary = m_app->window()->actions()->lastResultDialog();
    QCOMPARE(summary->count(BulkOutcome::Kind::Skipped), 1);
    QCOMPARE(summary->textFor(id), QStringLiteral("Already removed"));
    QCOMPARE(auditCount(m_demo, QStringLiteral("member.removed"), id), 1);
    QVERIFY(settle(m_app.get()));
    summary->close();
}

void TestBulkActionFailures::resendAfterA500()
{
    const qint64 id = invitationId(QStringLiteral("resend-retry@example.com"));
    QVERIFY(id > 0);
    QVERIFY(refresh(m_app.get()));
    UserListTab *pending = tab(m_app.get(), UserListTab::Kind::Pending);
    check(pending, {id});

    FaultyServer broken(FaultyServer::Mode::Answer500);
    m_app->session()->client()->setBaseUrl(broken.url());
    QSignalSpy failed(m_app->window()->actions(), &BulkActionRunner::actionFailed);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(clickAction(pending, UserListTab::Action::Resend));
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Resend"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("press Resend to try again")));
    QVERIFY(m_app->window()->statusBar()->currentMessage().startsWith(
        QStringLiteral("Resend failed: ")));
    QVERIFY(pending->model()->isChecked(id));
    QCOMPARE(auditCount(m_demo, QStringLiteral("invitation.resent"), id), 0);

    m_app->session()->client()->setBaseUrl(m_demo.process().baseUrl());
    QSignalSpy finished(m_app->window()->actions(), &BulkActionRunner::actionFinished);
    QVERIFY(clickAction(pending, UserListTab::Action::Resend));
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(m_app->window()->actions()->lastResultDialog()->count(BulkOutcome::Kind::Done), 1);
    QCOMPARE(auditCount(m_demo, QStringLiteral("invitation.resent"), id), 1);
    QVERIFY(!pending->model()->isChecked(id));
    QVERIFY(settle(m_app.get()));
    m_app->window()->actions()->lastResultDialog()->close();
}

QTEST_MAIN(TestBulkActionFailures)
#include "TestBulkActionFailures.moc"
